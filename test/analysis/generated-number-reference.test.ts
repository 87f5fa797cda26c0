/**
 * `generated-number-reference` wherever the export numbers the provisions (ex6 item 2): a new
 * treaty's articles and a new MoU's paragraphs, not only the terms of a proposal note. The Baltic
 * sample's reservation cited "Article 6, paragraph 1" — the mutual assistance article — by the
 * number the export gives it; one channel added before it and "Article 6" cites another article.
 * The finding offers the `§Name` form, and a quick fix only where one provision has that number
 * today and a name cites it, so the export prints the same words. Near misses: citations of
 * another text, a paragraph of a cited article, a treaty's "paragraph 2" (a paragraph of the
 * article), a clause's own numbered paragraphs, texts whose drafter numbers the provisions, and
 * concluded texts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { applyCodeFix } from '../helpers/edits';
import { diagnose } from '../helpers/fixture';
import { repoRoot } from '../render/render-fixtures';

const code = 'generated-number-reference';
const found = (text: string) => diagnose(text).filter((d) => d.code === code);
const words = (text: string) => found(text).map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character));
const uri = 'file:///t/n.entente';
function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service.render(uri, 'markdown')!.replace(/\s+/g, ' ');
}
const baltic = readFileSync(join(repoRoot, 'samples/baltic-cyber-convention.entente'), 'utf8');
const balticAsBefore = baltic.replace('in §assistance, paragraph 1', 'in Article 6, paragraph 1');
const reservation = /are those provided for in (Article \d+), paragraph 1 \(hours of the 24\/7 Network\)/;

const treaty = (clauses: string) => `treaty "Agreement between Estonia and Finland" {
  status binding
  amendment by exchange of notes
  disputes by negotiation
}
party EE "The Republic of Estonia" { kind state jurisdiction EE }
party FI "The Republic of Finland" { kind state jurisdiction FI }
${clauses}`;
const clause = (id: string, heading: string, body: string) => `clause ${id} "${heading}" """\n  ${body}\n"""\n`;
const costs = clause('Costs', 'Costs', 'Each Party shall bear its own costs.');
const training = clause('Training', 'Training', 'The Parties shall train their officers together; the costs are borne as provided in Article 1, and disputes are settled under Article 3, paragraph 2 of which does not apply.');

describe('generated-number-reference where the export numbers articles or paragraphs', () => {
  it('the Baltic sample as it was: "Article 6" in the reservation is reported, and the fix cites §assistance, which the export writes "Article 6"', () => {
    assert.deepEqual(words(balticAsBefore), ['Article 6']);
    const [finding] = found(balticAsBefore);
    assert.match(finding.message, /§assistance for the one numbered 6 today/);
    const [fix] = finding.fixes;
    assert.equal(fix.title, 'Cite it as §assistance (Article 6 today)');
    // Only the drafter knows the number was the one meant: offered, never applied by fix all.
    assert.equal(fix.effect, 'factual');
    const fixed = applyCodeFix(balticAsBefore, fix);
    assert.equal(fixed, baltic, 'the sample now reads so');
    assert.deepEqual(found(fixed), []);
    assert.equal(reservation.exec(markdown(fixed))?.[1], 'Article 6');
    assert.equal(reservation.exec(markdown(balticAsBefore))?.[1], 'Article 6', 'the same words in the export');
  });

  it('a channel added before the assistance article moves it to Article 7: §assistance follows it, the bare number does not', () => {
    const channel = 'channel Extra between EE, FI, LV, LT, PL {\n  carries indicators\n  marking TLP:GREEN\n  onward sharing none\n  purpose "early warning"\n}\n\n';
    const at = 'assistance {';
    assert.ok(baltic.includes(at));
    assert.equal(reservation.exec(markdown(baltic.replace(at, `${channel}${at}`)))?.[1], 'Article 7');
    assert.equal(reservation.exec(markdown(balticAsBefore.replace(at, `${channel}${at}`)))?.[1], 'Article 6');
  });

  it('a new treaty: "Article 1" and "Article 3" cite the export\'s numbers; the fixes write the names of the provisions so numbered', () => {
    const text = treaty(costs + training);
    assert.deepEqual(words(text), ['Article 1', 'Article 3']);
    const titles = found(text).map((d) => d.fixes.map((f) => f.title));
    const md = markdown(text);
    assert.match(md, /## Article 1 — Costs/);
    assert.match(md, /## Article 3 — Settlement of disputes|## Article 3 — Amendment/);
    const third = /## Article 3 — (Settlement of disputes|Amendment)/.exec(md)![1];
    assert.deepEqual(titles, [['Cite it as §Costs (Article 1 today)'], [`Cite it as §${third === 'Amendment' ? 'amendment' : 'disputes'} (Article 3 today)`]]);
    // Both fixes applied: the export prints the same words as before.
    let fixed = text;
    for (;;) {
      const next = found(fixed).find((d) => d.fixes.length > 0);
      if (!next) break;
      fixed = applyCodeFix(fixed, next.fixes[0]);
    }
    assert.deepEqual(found(fixed), []);
    // The same words; only the draft line counts two warnings fewer.
    const body = (m: string) => m.replace(/^> \*\*DRAFT[^*]*\*\*/, '');
    assert.equal(body(markdown(fixed)), body(md));
  });

  it('no fix where the number cites no provision, or several', () => {
    const text = treaty(costs + clause('Use', 'Use', 'Information is used as provided in Article 40, and in Articles 1 and 2.'));
    assert.deepEqual(words(text), ['Article 40', 'Articles 1 and 2']);
    assert.ok(found(text).every((d) => d.fixes.length === 0));
  });

  it('a new MoU: "paragraph 2" is reported, with the fix', () => {
    const mou = `memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\n${clause('Costs', 'Costs', 'Each Participant will bear its own costs.')}${clause('Use', 'Use', 'Costs of exchanges are borne under paragraph 1.')}`;
    assert.deepEqual(words(mou), ['paragraph 1']);
    assert.deepEqual(found(mou)[0].fixes.map((f) => f.title), ['Cite it as §Costs (paragraph 1 today)']);
  });

  it('near misses: another text\'s articles, a paragraph of a cited article, a treaty\'s own "paragraph 2", a clause\'s own numbered paragraphs', () => {
    const others = clause('Other', 'Other', 'This is without prejudice to Article 102 of the Charter of the United Nations, Article 46 GDPR and Article 6, paragraph 1 of the Convention; paragraph 2 of this Article applies.');
    assert.deepEqual(words(treaty(costs + others)), []);
    const numbered = `memorandum "M" {\n  status non-binding\n}\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\n${clause('Use', 'Use', '1. Each Participant will use information for its purpose.\n  2. Paragraph 1 does not limit national law.')}`;
    assert.deepEqual(words(numbered), []);
  });

  it('never on a text whose drafter numbers it, nor on a concluded text', () => {
    const ownNumbers = treaty(clause('Costs', 'Article 1 – Costs', 'Each Party shall bear its own costs.') + clause('Training', 'Article 2 – Training', 'Costs are borne under Article 1.'));
    assert.deepEqual(words(ownNumbers), []);
    const signed = treaty(costs + training).replace('  disputes by negotiation\n', '  disputes by negotiation\n  signed at "Tallinn" on 2020-03-01\n');
    assert.deepEqual(words(signed), []);
  });

  it('the independent EE–GE treaty as it was: "Articles 9 to 11 of this Treaty" cites the export\'s consent, entry into force and duration articles', () => {
    const path = join(repoRoot, 'test/independent/fixtures/ee-ge-mla-cybercrime-treaty.entente');
    const now = readFileSync(path, 'utf8');
    assert.deepEqual(words(now), []);
    const before = now.replace('"§PersonalData of this Treaty:', '"Articles 9 to 11 of this Treaty:');
    assert.notEqual(before, now);
    assert.ok(words(before).includes('Articles 9 to 11'), words(before).join());
    const md = markdown(before);
    assert.match(md, /## Article 4 — Protection of personal data/);
    assert.match(md, /## Article 9 — (?!Protection of personal data)/);
  });
});

describe('§assistance: the mutual assistance block cited by its keyword', () => {
  const at = (text: string, needle: string, offset: number) => {
    const index = text.indexOf(needle) + offset;
    const before = text.slice(0, index).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  it('hover says what it cites and the number the export writes; completion after § offers it; go to definition reaches the block', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, baltic);
    const hover = service.hover(uri, at(baltic, '§assistance', 3));
    assert.match(hover?.contents ?? '', /^\*\*§assistance\*\* — cites the provision generated from the `assistance \{ … \}` block; the export writes \*\*Article 6\*\* in its place\./);
    const typed = baltic.replace('in §assistance, paragraph 1', 'in §assi, paragraph 1');
    service.update(uri, typed);
    const item = service.complete(uri, at(typed, '§assi,', 5)).find((i) => i.label === 'assistance');
    assert.equal(item?.detail, 'the provision generated from the `assistance { … }` block — Article 6');
    service.update(uri, baltic);
    const definition = service.definition(uri, at(baltic, '§assistance', 3));
    assert.ok(definition && definition.length > 0 && baltic.split('\n')[definition[0].range.start.line].startsWith('assistance {'), JSON.stringify(definition));
  });

  it('near miss: two assistance blocks — the keyword names neither, and is reported', () => {
    const two = baltic.replace('assistance {', 'assistance {\n  preservation for 90 days\n}\n\nassistance {');
    assert.deepEqual(diagnose(two).filter((d) => d.code === 'unknown-provision-reference').map((d) => two.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)), ['§assistance']);
  });
});
