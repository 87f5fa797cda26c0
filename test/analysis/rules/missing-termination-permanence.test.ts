/**
 * Hundred-and-third real-instrument run (test/real-instruments/HUNDRED-AND-THIRD-RUN.md), defects 1–2:
 * the NL–US Agreement concerning American Military Cemeteries (1970; read: BWBV0004383) grants "the
 * full and free use, in perpetuity, … of the land required for a permanent United States military
 * cemetery" (Art. II(1)), to "give permanent character to the arrangements" (preamble), and says
 * nothing on termination. As a draft, missing-termination was an error offering "add `termination
 * with notice of 6 months`", which would make the perpetual grant revocable at will; concluded, a
 * warning. Silent, it "is not subject to denunciation or withdrawal" unless the parties intended it
 * or its nature implies it (VCLT Art. 56(1); read: BWBV0003441), and words of perpetuity point to
 * neither. Now: a warning with no notice period on a draft, a note on the concluded text. Near
 * misses: the same draft without those words, or with "valid for an indefinite period" only, keeps
 * the error and the notice period; "permanent" alone (a permanent cemetery, staff assigned
 * permanently) is not read so.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const cemeteries = repoText('test/real-instruments/nl-us-american-military-cemeteries-1970.entente');
/** The run's probe p3: the same text as a draft (no signature date, a formula with blanks). */
const draft = replaced(
  replaced(cemeteries, 'done at "the Hague" on 1970-05-04 in duplicate', 'done at "the Hague" in duplicate'),
  '  DONE at the Hague, in duplicate, this fourth day of May 1970.',
  '  DONE at the Hague, in duplicate, this … day of … 2027.',
);
/** The draft without its words of permanence. */
const ordinaryDraft = replaced(replaced(draft, 'give permanent character to the arrangements', 'give effect to the arrangements'), 'the full and free use, in perpetuity, without', 'the full and free use, without');

const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'] as const;

function termination(text: string, profile?: string) {
  const found = diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-termination');
  assert.equal(found.length, 1, `${profile}: ${found.length}`);
  return found[0];
}

const noticePeriod = /notice of \d+ months|termination with notice/;

describe('hundred-and-third run, defects 1–2: missing-termination on a treaty whose own words grant in perpetuity', () => {
  it('the draft (probe p3): a warning under every profile, saying that the silence means no denunciation, and no notice period offered', () => {
    for (const profile of profiles) {
      const finding = termination(draft, profile);
      assert.equal(finding.severity, 'warning', profile);
      assert.match(finding.message, /its own words make what it grants or arranges permanent \("give permanent character to the arrangements"; "in perpetuity"\)/);
      assert.match(finding.message, /not subject to denunciation or withdrawal unless .*\(VCLT Art\. 56\(1\)/);
      assert.match(finding.message, /terminated only by agreement between the Parties/);
      assert.doesNotMatch(finding.message, noticePeriod);
      assert.deepEqual(finding.fixes.filter((f) => f.effect !== 'mechanical').map((f) => f.title), [], profile);
    }
  });

  it('the concluded text: a note under every profile, that the words point to Art. 56(1)’s rule, not to a gap', () => {
    for (const profile of profiles) {
      const finding = termination(cemeteries, profile);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /The silence is that rule, not a gap/);
      assert.match(finding.message, /VCLT Art\. 56\(1\), only so far as it states customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980/);
      assert.deepEqual(finding.fixes.filter((f) => f.effect !== 'mechanical'), []);
    }
  });

  // (No fix either way on this text: its Art. VII is a clause on duration, whose words a header exit could contradict; support/final-clause-fit.ts.)
  it('near miss: the same draft without the words of permanence keeps the error and the notice period, though it is "valid for an indefinite period"', () => {
    assert.ok(ordinaryDraft.includes('shall be valid for an indefinite period'));
    const finding = termination(ordinaryDraft);
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /add `termination with notice of 6 months`/);
    // "a permanent United States military cemetery", "assigned permanently": "permanent" alone is no word of the treaty's life.
    assert.ok(ordinaryDraft.includes('a permanent United States military cemetery') && ordinaryDraft.includes('assigned permanently'));
  });

  it('near miss: the concluded text without those words stays a warning (the silence of Art. 56, as before)', () => {
    const ordinary = replaced(replaced(cemeteries, 'give permanent character to the arrangements', 'give effect to the arrangements'), 'the full and free use, in perpetuity, without', 'the full and free use, without');
    const finding = termination(ordinary);
    assert.equal(finding.severity, 'warning');
    assert.doesNotMatch(finding.message, /permanent/);
  });

  it('the other words of permanence are read; a body "of a permanent character" or a Permanent Representative is not', () => {
    for (const words of ['The present Agreement shall remain in force permanently.', 'The Parties establish a perpetual right of way over the road.', 'This Agreement is permanent.']) {
      assert.equal(termination(replaced(ordinaryDraft, 'shall be valid for an indefinite period', `shall be valid for an indefinite period. ${words} It`)).severity, 'warning', words);
    }
    for (const words of ['The Commission shall be of a permanent character.', 'The Permanent Representative of the Netherlands shall be informed.', 'This Agreement shall remain in force indefinitely.', 'Each Party grants the other a perpetual licence to the tools exchanged.']) {
      assert.equal(termination(replaced(ordinaryDraft, 'shall be valid for an indefinite period', `shall be valid for an indefinite period. ${words} It`)).severity, 'error', words);
    }
  });
  it('a minimal draft treaty: the header fix `termination with notice of 6 months` is offered, and withheld once a clause grants in perpetuity', () => {
    const plain = 'treaty "Agreement" {\n  status binding\n  effect on signature\n}\n\nclause Grant "Article 1" """\n  The Government of A grants the Government of B the use of the land described in the Annex.\n"""\n';
    const before = termination(plain);
    assert.equal(before.severity, 'error');
    assert.ok(before.fixes.some((f) => /termination with notice of 6 months/.test(f.title)), before.fixes.map((f) => f.title).join('; '));
    const after = termination(plain.replace('the use of the land', 'the use, in perpetuity, of the land'));
    assert.equal(after.severity, 'warning');
    assert.deepEqual(after.fixes.filter((f) => f.effect !== 'mechanical').map((f) => f.title), []);
  });
  // Treaty lawyer lr25, defect 1: "in perpetuity" in a sentence that keeps or protects something, is
  // negated, or speaks of the treaty's end, says nothing of how long the treaty lasts.
  it('lr25 D1: "in perpetuity" negated, about a duty to protect, or beside the treaty\'s termination keeps the error and the notice period', () => {
    const plain = 'treaty "Agreement" {\n  status binding\n  effect on signature\n}\n\nclause Data "Article 1" """\n  WORDS\n"""\n';
    for (const words of [
      'Personal data received under this Agreement shall not be retained in perpetuity.',
      'Classified information received under this Agreement shall be protected in perpetuity, notwithstanding the termination of this Agreement.',
      'The obligations of confidentiality shall survive in perpetuity.',
      'Each Party shall protect the information received in perpetuity.',
    ]) {
      const finding = termination(plain.replace('WORDS', words));
      assert.equal(finding.severity, 'error', words);
      assert.ok(finding.fixes.some((f) => /termination with notice of 6 months/.test(f.title)), words);
      assert.doesNotMatch(finding.message, /permanent/, words);
    }
  });

  it('lr25 D4: the concluded text\'s note gives Art. 54(b) whole ("after consultation with the other contracting States")', () => {
    assert.match(termination(cemeteries).message, /by consent of all the parties after consultation with the other contracting States \(the same Convention, Art\. 54\(b\)\)/);
  });
});
