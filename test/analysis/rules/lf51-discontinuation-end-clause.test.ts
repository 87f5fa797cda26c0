/**
 * lf51, treaty lawyer lr29 defect D7: the Brawijaya–Wageningen Letter of Intent 1979, point 4
 * (read: BWBV0003313): "The agreement of cooperation will not end before the partners and the
 * NUFFIC in mutual consultation will have completed the last project ever started under this
 * Cooperative Relationship." The text settles its end — jointly, on completion, not before — and
 * `missing-discontinuation` asked for a six-month unilateral exit, at warning, without the
 * concluded-text sentence. A clause on the instrument's life that says how it ends settles the
 * exit; a duration clause that says no more is still reported, without a notice period, and as a
 * note on a signed text.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const memo = (signed: boolean, clause: string) =>
  `memorandum "Letter of Intent for an Agreement for Cooperation" {\n  status non-binding\n  ${signed ? 'signed on 1979-05-01' : 'effect after last signature'}\n  amendment by written decision\n}\n` +
  `participant UB "Universitas Brawijaya" {\n  kind government-agency\n  jurisdiction ID\n}\nparticipant LHW "Agricultural University of Wageningen" {\n  kind government-agency\n  jurisdiction NL\n}\n` +
  clause;
const s4 = (words: string) => `clause S4 "4 Starting and ending of the agreement" about entry-into-force, duration """\n  ${words}\n"""\n`;
const realWords =
  'This Letter of Intent establishes a formal basis for a long-term Cooperative Relationship. The agreement of cooperation will not end before the partners and the NUFFIC in mutual consultation will have completed the last project ever started under this Cooperative Relationship.';
const discontinuation = (text: string) => diagnose(text).filter((d) => d.code === 'missing-discontinuation');

describe('lf51 D7: a clause on the instrument\'s life that says how it ends settles the exit', () => {
  it('the real file: no missing-discontinuation', () => {
    assert.deepEqual(discontinuation(repoText('test/real-instruments/id-nl-brawijaya-wageningen-letter-of-intent-1979.entente')), []);
  });

  it('the real words, signed or in a draft: nothing asked', () => {
    assert.deepEqual(discontinuation(memo(true, s4(realWords))), []);
    assert.deepEqual(discontinuation(memo(false, s4(realWords))), []);
  });

  it('"shall end upon the completion of the project" in a duration clause settles it too', () => {
    assert.deepEqual(discontinuation(memo(false, s4('This Memorandum shall end upon the completion of the project.'))), []);
  });

  it('near miss: a duration clause that states only a term is still reported, with no notice period; a note when signed', () => {
    const term = s4('This Letter of Intent will remain in force for three years.');
    const [draft] = discontinuation(memo(false, term));
    assert.equal(draft.severity, 'warning');
    assert.doesNotMatch(draft.message, /notice of 6 months/);
    assert.match(draft.message, /no notice period is suggested/);
    const [signed] = discontinuation(memo(true, term));
    assert.equal(signed.severity, 'info');
    assert.match(signed.message, /The text is concluded/);
  });

  it('near miss: the same words in a clause not on the instrument\'s life, or no clause at all, keep the warning and the notice period', () => {
    const untagged = `clause S3 "3 Projects" """\n  ${realWords}\n"""\n`;
    for (const text of [memo(false, untagged), memo(false, '')]) {
      const [finding] = discontinuation(text);
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /discontinue with notice of 6 months/);
    }
  });
});
