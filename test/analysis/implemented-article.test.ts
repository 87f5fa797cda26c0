/**
 * `implements "<file>" article N`: the article is checked against the implemented file where it is
 * in the workspace and numbers its articles (unknown-implemented-article). Near misses: Roman and
 * Arabic numbers for one article (`article VI`), a point inside an article (`article "2.g"`), an
 * article below the highest one a transcription designates (written as a declaration), a treaty
 * named by its title, a file not in the workspace, a file that numbers no article. The treaty's side,
 * `implemented by "<file>" article N`, is checked against the treaty's own articles (lc30).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articleNumber } from '../../server/src/language/util/article-number';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const code = 'unknown-implemented-article';
const arrangement = (target: string) => `arrangement "Security Arrangement" {\n  status binding\n  implements ${target}\n}\n`;

/** A treaty whose drafter numbers its articles in Roman numbers; Article I is written as definitions, not a clause. */
const romanTreaty =
  'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\n' +
  'define "Classified Information" means "information that requires protection"\n' +
  'clause ArtII "Article II – Protection" """\n  The Parties shall protect Classified Information.\n"""\n' +
  'clause ArtsIIItoV "Final provisions" """\n  Article III\n  The Parties may conclude implementing arrangements.\n  Article IV\n  Each Party bears its own costs.\n  Article VI\n  This Agreement enters into force on signature.\n"""\n';

/** A new treaty: the renderer numbers its articles (a channel and a clause: two articles, and the header's). */
const newTreaty =
  'treaty "Agreement on Cyber Defence" {\n  status binding\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\n' +
  'channel Exchange between EE, LV {\n  carries indicators\n}\nclause Costs about costs """\n  Each Party shall bear its own costs.\n"""\n';

describe('unknown-implemented-article', () => {
  it('reports an article beyond the last one a drafter-numbered treaty designates, naming the file and its articles', () => {
    const text = 'arrangement "Security Arrangement" {\n  status binding\n  implements "treaty.entente" article VII\n//                                    ^^^ ' + code + '\n}\n';
    const [finding] = checkDiagnostics(text, { files: { 'treaty.entente': romanTreaty } });
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.message, '"treaty.entente" has no Article VII: it has articles up to Article VI, as its clauses number them. Cite the article this arrangement is concluded under.');
    assert.equal(diagnose(arrangement('"treaty.entente" article 12'), { files: { 'treaty.entente': romanTreaty } }).filter((d) => d.code === code).length, 1);
  });

  it('near misses on a drafter-numbered treaty: Roman or Arabic for one article, a point inside it, an article written as a declaration', () => {
    const files = { 'treaty.entente': romanTreaty };
    for (const target of ['"treaty.entente" article VI', '"treaty.entente" article 6', '"treaty.entente" article vi', '"treaty.entente" article "2.g"', '"treaty.entente" article "IV(2)"', '"treaty.entente" article I', '"treaty.entente" article 3', '"treaty.entente" article A']) {
      checkNoDiagnostics(arrangement(target), [code], { files });
    }
  });

  it('reads the renderer\'s numbers where the treaty does not number its clauses', () => {
    const files = { 'treaty.entente': newTreaty };
    const found = diagnose(arrangement('"treaty.entente" article 9'), { files }).filter((d) => d.code === code);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^"treaty\.entente" has no Article 9: it has Articles 1–\d, as its export numbers them\./);
    checkNoDiagnostics(arrangement('"treaty.entente" article 1'), [code], { files });
    checkNoDiagnostics(arrangement('"treaty.entente" article "2.g"'), [code], { files });
    checkNoDiagnostics(arrangement('"treaty.entente" article II'), [code], { files });
    assert.equal(diagnose(arrangement('"treaty.entente" article "9.g"'), { files }).filter((d) => d.code === code).length, 1);
    assert.equal(diagnose(arrangement('"treaty.entente" article 0'), { files }).filter((d) => d.code === code).length, 1);
  });

  it('is silent where the file is absent, named by its title, numbers no article, or is an MoU in paragraphs', () => {
    checkNoDiagnostics(arrangement('"treaty.entente" article 99'), [code]);
    checkNoDiagnostics(arrangement('"Convention on the Prohibition of Chemical Weapons" article XCIX'), [code]);
    const sections = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nclause S1 "Section 1 – Purpose" """\n  The Parties shall cooperate.\n"""\n';
    checkNoDiagnostics(arrangement('"treaty.entente" article 9'), [code], { files: { 'treaty.entente': sections } });
    const mou = 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nparticipant LV "Latvia"\nclause Costs about costs """\n  Each Participant will bear its own costs.\n"""\n';
    checkNoDiagnostics(arrangement('"mou.entente" article 9'), [code], { files: { 'mou.entente': mou } });
  });

  it('stays silent on the real and sample arrangements that implement a file (nl-se 1984 MoU under Article 7; ee-lv under Article 6)', () => {
    const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}`, import.meta.url), 'utf8');
    checkNoDiagnostics(real('nl-se-classified-military-1984-mou.entente'), [code], { files: { 'nl-se-classified-military-1984.entente': real('nl-se-classified-military-1984.entente') } });
    const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
    checkNoDiagnostics(sample('ee-lv-security-arrangement.entente'), [code], { files: { 'ee-lv-classified-threat-agreement.entente': sample('ee-lv-classified-threat-agreement.entente') } });
    // The same arrangement citing an article the sample treaty does not have is reported.
    const wrong = sample('ee-lv-security-arrangement.entente').replace('article 6 with', 'article 60 with');
    assert.equal(diagnose(wrong, { files: { 'ee-lv-classified-threat-agreement.entente': sample('ee-lv-classified-threat-agreement.entente') } }).filter((d) => d.code === code).length, 1);
  });

  it('reads article numbers as drafters write them', () => {
    assert.deepEqual(['12', '6A', '16 bis', 'VI', 'vi', 'XIV', '2.g', 'IV(2)', 'A', 'bis'].map(articleNumber), [12, 6, 16, 6, 6, 14, 2, 4, undefined, undefined]);
  });
});

describe('unknown-implemented-article on the treaty\'s side: `implemented by "…" article N` (lc30)', () => {
  // N is an article of the treaty itself: "… concluded under Article 7 of this Agreement" (the
  // export), NL–Sweden 1984 Art. 7. It is checked against this text's own articles, read as the
  // implemented file's are; the arrangement's file plays no part (its sections are not the treaty's articles).
  const implementedBy = (treaty: string, target: string) => treaty.replace('{ status binding }', `{\n  status binding\n  implemented by ${target}\n}`).replace('{\n  status binding\n  effect on signature\n}', `{\n  status binding\n  effect on signature\n  implemented by ${target}\n}`);

  it('reports an article beyond the last one this drafter-numbered treaty designates, with or without the arrangement\'s file', () => {
    const text = implementedBy(romanTreaty, '"arrangement.entente" article VII');
    const found = diagnose(text).filter((d) => d.code === code);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].message, 'This treaty has no Article VII: it has articles up to Article VI, as its clauses number them. Cite the article of this treaty "arrangement.entente" is concluded under.');
    const lines = text.split('\n');
    assert.equal(lines[found[0].range.start.line].slice(found[0].range.start.character, found[0].range.end.character), 'VII');
    const withFile = diagnose(text, { files: { 'arrangement.entente': arrangement('"treaty.entente" article VII') } }).filter((d) => d.code === code);
    assert.equal(withFile.length, 1);
  });

  it('reads the renderer\'s numbers where the treaty does not number its clauses', () => {
    const found = diagnose(implementedBy(newTreaty, '"arrangement.entente" article 9')).filter((d) => d.code === code);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^This treaty has no Article 9: it has Articles 1–\d, as its export numbers them\./);
  });

  it('near misses: an article the treaty has (Roman or Arabic, a point inside it, one written as a declaration); a letter; a text that numbers no article; no article', () => {
    for (const target of ['"arrangement.entente" article VI', '"arrangement.entente" article 6', '"arrangement.entente" article "IV(2)"', '"arrangement.entente" article I', '"arrangement.entente" article A', '"arrangement.entente"']) {
      checkNoDiagnostics(implementedBy(romanTreaty, target), [code]);
    }
    checkNoDiagnostics(implementedBy(newTreaty, '"arrangement.entente" article 1'), [code]);
    const sections = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nclause S1 "Section 1 – Purpose" """\n  The Parties shall cooperate.\n"""\n';
    checkNoDiagnostics(implementedBy(sections, '"arrangement.entente" article 9'), [code]);
  });

  it('stays silent on the real and sample treaties that name their arrangements (NL–Sweden 1984 Article 7; EE–LV Article 6)', () => {
    const real = readFileSync(new URL('../real-instruments/nl-se-classified-military-1984.entente', import.meta.url), 'utf8');
    assert.match(real, /implemented by "nl-se-classified-military-1984-mou\.entente" article 7/);
    checkNoDiagnostics(real, [code]);
    const sample = readFileSync(new URL('../../samples/ee-lv-classified-threat-agreement.entente', import.meta.url), 'utf8');
    assert.match(sample, /implemented by "ee-lv-security-arrangement\.entente" article 6/);
    checkNoDiagnostics(sample, [code]);
    // The same treaty citing an article it does not have is reported.
    assert.equal(diagnose(real.replace('  implemented by "nl-se-classified-military-1984-mou.entente" article 7\n', '  implemented by "nl-se-classified-military-1984-mou.entente" article 70\n')).filter((d) => d.code === code).length, 1);
  });
});
