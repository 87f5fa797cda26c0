/**
 * The library clause a missing exit is offered (thirty-first real-instrument run, point 4 for the
 * engineers): a termination clause that also says information exchanged stays protected after
 * termination binds the parties beyond the end, where VCLT Art. 70(1)(a) releases them "from any
 * obligation further to perform the treaty" unless the treaty otherwise provides. Offered on a
 * draft that exchanges no protected information, it adds a duty nobody asked for; so the plain
 * clause is offered there, and the clause with the survival paragraph only where the survival
 * checks would ask for that sentence once the text can end (classified or TLP:RED/AMBER
 * information, nothing said of its protection after the end). Texts read as the drafts they were.
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import type { CodeFix } from '../../server/src/language/rules/rule';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftOf, findingsOf, inserted, repoText } from '../helpers/fix-review';

const survivalWords = /continue to (?:be )?protect|shall not affect the protection/;

/** The library fix offered for a finding of `code` in `text`. */
function libraryFix(text: string, code: string): CodeFix {
  const findings = findingsOf(text, code);
  assert.equal(findings.length, 1, `one ${code}`);
  const fix = findings[0].fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
  assert.ok(fix, `a library clause is offered for ${code}: ${findings[0].fixes.map((f) => f.title).join(', ')}`);
  return fix;
}

/** The id a library fix inserts, and the text the drafter then has (the written body, else the approved text). */
function takenClause(fix: CodeFix): { id: string; text: string } {
  const id = [...fix.title.matchAll(/\(([a-z0-9-]+\/[a-z0-9/-]+)\)/g)].pop()![1];
  const body = /"""([\s\S]*)"""/.exec(inserted(fix))?.[1];
  return { id, text: body ?? builtInLibrary().get(id)!.text };
}

const codesAfter = (text: string, fix: CodeFix) => diagnose(applyCodeFix(text, fix)).map((d) => d.code);

describe('termination clauses offered by a quick fix add no survival duty the text does not call for', () => {
  // Not the Aruba 1994 draft, which lg26 first used: one transfer is one performance, and since
  // fix-review-3 its draft is offered no exit at all (performed-instrument.ts).
  it('the NL–Moldova 2014 Europol liaison draft (no protected information) is offered the plain termination clause', () => {
    const draft = draftOf(repoText('test/real-instruments/nl-md-europol-liaison-officers-2014.entente'));
    const fix = libraryFix(draft, 'missing-termination');
    const { id, text } = takenClause(fix);
    assert.equal(id, 'termination/treaty-plain');
    assert.match(text, /may terminate this Agreement/);
    assert.doesNotMatch(text, survivalWords);
    const after = codesAfter(draft, fix);
    assert.ok(!after.includes('missing-termination'));
    assert.ok(!after.includes('missing-survival') && !after.includes('missing-confidentiality-survival'));
  });

  // The NL–Sweden Agreement of 1984 on classified military information, without its exit (the
  // header's notice and Art. 11, whose second sentence is its survival clause): a draft that
  // exchanges classified information and says nothing of it after the end.
  const nlse = draftOf(repoText('test/real-instruments/nl-se-classified-military-1984.entente'))
    .replace('  termination with notice of 6 months\n', '')
    .replace(/clause Art11 "Article 11" """[\s\S]*?"""\n/, '');

  it('the NL–Sweden 1984 draft without its exit, which exchanges classified information, is offered termination with continued protection, so labelled', () => {
    const fix = libraryFix(nlse, 'missing-termination');
    const { id, text } = takenClause(fix);
    assert.equal(id, 'termination/treaty');
    assert.match(fix.title, /with continued protection of information/);
    assert.match(text, survivalWords);
    // What missing-survival would ask as soon as the text can end is then said.
    const after = codesAfter(nlse, fix);
    assert.ok(!after.includes('missing-termination') && !after.includes('missing-survival'), after.join(', '));
  });

  it('near miss: the same draft that already says classified information stays protected after termination gets the plain clause', () => {
    // NL–US 2012 Art. 20(6), as the survival check's rationale quotes it.
    const withSurvival = `${nlse}clause Survival about survival """\n  All Classified Information exchanged under this Agreement shall continue to be protected in the event of the termination of this Agreement.\n"""\n`;
    const { id, text } = takenClause(libraryFix(withSurvival, 'missing-termination'));
    assert.equal(id, 'termination/treaty-plain');
    assert.doesNotMatch(text, survivalWords);
  });

  it('the plain clause on a classified draft leaves the survival finding to say what is missing, with its own clause', () => {
    // The header's exit alone (the preferred fix) makes the text able to end: missing-survival asks, and offers survival/treaty.
    const header = findingsOf(nlse, 'missing-termination')[0].fixes.find((f) => f.title.startsWith('Add `termination'))!;
    const survival = findingsOf(applyCodeFix(nlse, header), 'missing-survival');
    assert.equal(survival.length, 1);
    assert.ok(survival[0].fixes.some((f) => f.title.includes('(survival/treaty)')), survival[0].fixes.map((f) => f.title).join(', '));
  });

  // The CERT-EE–NCSC-FI memorandum (samples), without its notice: TLP:AMBER threat information.
  const mou = repoText('samples/cert-cert-mou.entente').replace('  discontinue with notice of 6 months\n', '').replace('  duration 5 years renewable for 5 years\n', '');

  it('an MoU that already keeps TLP:AMBER information confidential after it ends (its confidentiality clause) gets the plain discontinuation clause', () => {
    const { id, text } = takenClause(libraryFix(mou, 'missing-discontinuation'));
    assert.equal(id, 'termination/mou-plain');
    assert.doesNotMatch(text, survivalWords);
  });

  it('near miss: the same MoU without its confidentiality clause, TLP:AMBER information unprotected after the end, gets discontinuation with continued protection', () => {
    const bare = mou.replace('clause Confidentiality from library "confidentiality/mou"\n', '');
    const fix = libraryFix(bare, 'missing-discontinuation');
    const { id, text } = takenClause(fix);
    assert.equal(id, 'termination/mou');
    assert.match(fix.title, /with continued protection of information/);
    assert.match(text, survivalWords);
  });

  it('near miss: marked TLP:GREEN, it exchanges nothing whose protection must outlive it: the plain clause', () => {
    const green = mou.replace('clause Confidentiality from library "confidentiality/mou"\n', '').replace('marking TLP:AMBER', 'marking TLP:GREEN');
    const { id, text } = takenClause(libraryFix(green, 'missing-discontinuation'));
    assert.equal(id, 'termination/mou-plain');
    assert.doesNotMatch(text, survivalWords);
  });

  const convention = (channel: string) =>
    `treaty "Convention" {\n  status binding\n  effect on signature\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\nchannel Alerts between EE, FI, LV {\n  carries incident-reports\n  ${channel}\n}\n`;

  it('a multilateral convention exchanging TLP:CLEAR incident reports is offered denunciation without a survival paragraph (Budapest Art. 47)', () => {
    const { id, text } = takenClause(libraryFix(convention('marking TLP:CLEAR'), 'missing-termination'));
    assert.equal(id, 'termination/treaty-denunciation-plain');
    assert.doesNotMatch(text, survivalWords);
  });

  it('near miss: the same convention exchanging TLP:RED reports is offered denunciation that keeps their protection', () => {
    const fix = libraryFix(convention('marking TLP:RED'), 'missing-termination');
    assert.equal(takenClause(fix).id, 'termination/treaty-denunciation');
    assert.match(fix.title, /with continued protection of information/);
  });

  it('library-clause-scope offers the variant that says the same of information after the exit: plain for plain', () => {
    // The probe of the eighteenth run: a three-State convention that took the bilateral clause.
    const probe = repoText('test/probes/eighteenth/baltic-three-states-bilateral-clauses.entente');
    const titles = (text: string) => findingsOf(text, 'library-clause-scope').filter((d) => /termination/.test(d.message)).flatMap((d) => d.fixes.map((f) => f.title));
    assert.deepEqual(titles(probe), ['Take "termination/treaty-denunciation" instead (Denunciation)']);
    const plain = probe.replace('from library "termination/treaty"', 'from library "termination/treaty-plain"');
    assert.deepEqual(titles(plain), ['Take "termination/treaty-denunciation-plain" instead (Denunciation)']);
  });

  it('the clauses taken by reference keep their text: only the catalogue titles say what they carry', () => {
    const library = builtInLibrary();
    for (const id of ['termination/treaty', 'termination/mou', 'termination/mou-multilateral', 'termination/treaty-denunciation']) {
      const clause = library.get(id)!;
      assert.match(clause.text, survivalWords, id);
      assert.deepEqual(clause.topics, ['termination', 'survival'], id);
      assert.ok(!clause.heading.includes('protection'), `${id}: the signed text is headed ${clause.heading}`);
      const plain = library.get(`${id}-plain`)!;
      assert.doesNotMatch(plain.text, survivalWords, `${id}-plain`);
      assert.equal(plain.heading, clause.heading, `${id}-plain`);
    }
  });
});
