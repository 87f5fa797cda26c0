/**
 * The thirtieth real-instrument run (test/real-instruments/THIRTIETH-RUN.md): the Ireland–Netherlands
 * letters of 1987 (BWBV0002666) state their duration and the way out in their own words, and are
 * made under an enabling provision of a Union act in the words real arrangements use; ICSANT 2005
 * (BWBV0004602) relays the outcome of proceedings through the depositary to all States Parties.
 * Each test is built from the texts' own sentences, with the near misses that must stay.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';

const ienl = 'test/real-instruments/ie-nl-unemployment-reimbursement-waiver-letters-1987.entente';

function require_(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

const codes = (text: string, wanted: readonly string[]) => diagnose(text).filter((d) => wanted.includes(d.code)).map((d) => d.code).sort();

/** The letters without their `duration` header line (the reviewer's probe 5). */
const withoutDuration = (text: string) => text.replace(/^ {2}duration [^\n]*\n/mu, '');

/** A one-letter exchange whose letter ends with `sentences` (the letter and header as the 1987 letters have them). */
const letters = (sentences: string, header = '') => `treaty "Letters" {
  status binding
  form exchange-of-letters
  effect on reply${header}
}
party IE "the competent authority of Ireland" {
  kind government-agency
  jurisdiction IE
}
party NL "the competent authority of the Kingdom of the Netherlands" {
  kind government-agency
  jurisdiction NL
}
letter LetterI "Nr. I" from IE to NL on 1987-04-22 """
  I have the honour to propose that this letter together with your reply to that effect be regarded as placing on record the understanding of the competent authorities in this matter.
  ${sentences}
"""
letter LetterII "Nr. II" from NL to IE on 1987-07-27 answering LetterI """
  I agree to the proposals made in your letter.
"""
`;

const finalClauses = ['missing-duration', 'missing-termination'];

describe('thirtieth real-instrument run', () => {
  describe('item 6: duration and termination read from the letters\' own words', () => {
    const nrI =
      'This arrangement will enter into force on the date of your letter in reply with retrospective effect from 1 January 1987. The arrangement will remain in force for a period of three years and thereafter it will continue to be in force from year to year unless either the competent authority of the Kingdom of the Netherlands or the competent authority of Ireland give at least six months notice of termination.';

    it('raises neither missing-termination (error) nor missing-duration on the real letters without the duration line (probe 5)', () => {
      const text = withoutDuration(require_(ienl));
      assert.doesNotMatch(text, /^ {2}duration /mu, 'the probe has no duration line');
      assert.deepEqual(codes(text, finalClauses), []);
      assert.deepEqual(codes(letters(nrI), finalClauses), []);
    });

    it('reads "the arrangement" as this one once the text has called it "this arrangement", and only then', () => {
      // Without "This arrangement" before it, "The arrangement" may be another: both are asked.
      const bare = 'The arrangement will remain in force for a period of three years and thereafter it will continue to be in force from year to year unless either competent authority gives at least six months notice of termination.';
      assert.deepEqual(codes(letters(bare), finalClauses), finalClauses);
      // Another instrument named after the definite noun is not this one.
      const other = 'This arrangement will enter into force on the date of your letter in reply. The Arrangement between the two authorities of 1980 will remain in force for a period of three years and thereafter from year to year unless either gives six months notice of termination.';
      assert.deepEqual(codes(letters(other), finalClauses), finalClauses);
    });

    it('takes a term renewed "unless … notice" as an exit only when the notice is one of ending', () => {
      const amendments = 'This arrangement will remain in force for a period of three years and thereafter it will continue to be in force from year to year unless either authority gives notice of amendments.';
      assert.deepEqual(codes(letters(amendments), finalClauses), ['missing-termination'], 'a term renewed without a way out still has none (VCLT Art. 56)');
      const byAgreement = 'This arrangement will continue to be in force from year to year unless terminated earlier by agreement.';
      assert.deepEqual(codes(letters(byAgreement), ['missing-termination']), ['missing-termination']);
      const intention = 'This arrangement will remain in force for five years and will continue in force thereafter unless either authority notifies the other in writing of its intention not to renew it.';
      assert.deepEqual(codes(letters(intention), finalClauses), []);
    });

    it('reads a term or an indefinite life as the duration, not a date of entry into force', () => {
      const term = 'This arrangement will remain in force for a period of three years. Either competent authority may terminate this arrangement on six months notice.';
      assert.deepEqual(codes(letters(term), finalClauses), []);
      const indefinite = 'This arrangement shall remain in force for an indefinite period.';
      assert.deepEqual(codes(letters(indefinite), ['missing-duration']), []);
      // Entry into force alone says nothing of how long it lasts.
      const entryOnly = 'This arrangement will enter into force on the date of your letter in reply with retrospective effect from 1 January 1987.';
      assert.deepEqual(codes(letters(entryOnly), finalClauses), finalClauses);
    });

    it('leaves the committed file (with its duration line) as it was', () => {
      assert.deepEqual(codes(require_(ienl), finalClauses), []);
    });
  });

  describe('item 1: an arrangement made under a Union act, in the words of the 1987 letters', () => {
    const relation = ['missing-relation-to-other-obligations'];

    it('is silent on the real letters: "shall be mutually waived on the basis of the provisions of article 70, paragraph 3 of the Regulation"', () => {
      assert.deepEqual(codes(require_(ienl), relation), []);
      const para1 =
        'The reimbursement of the costs of unemployment benefits provided in accordance with the provisions of Article 69, paragraph 1 of the Regulation shall be mutually waived on the basis of the provisions of article 70, paragraph 3 of the Regulation.';
      assert.deepEqual(codes(letters(para1, '\n  duration indefinite'), relation), []);
      const para2 = 'The reimbursement of the costs entailed in administrative checks shall be mutually waived on the basis of the provisions of article 105, paragraph 2 of Regulation 574/72.';
      assert.deepEqual(codes(letters(para2, '\n  duration indefinite'), relation), []);
    });

    it('counts "on the basis of the provisions of" and "Regulation (E.E.C.)" in the forms already recognised', () => {
      const arrangement = 'This arrangement is made on the basis of the provisions of article 70, paragraph 3 of Regulation (E.E.C.) No. 1408/71.';
      assert.deepEqual(codes(letters(arrangement, '\n  duration indefinite'), relation), []);
      const regard = 'Having regard to the provisions of Article 70, paragraph 3 of Regulation (EEC) No. 1408/71, the competent authorities agree as follows.';
      assert.deepEqual(codes(letters(regard, '\n  duration indefinite'), relation), []);
    });

    it('still asks where the act is only applied to the parties, not a room for their own agreement', () => {
      const citation = 'Personal data shall be processed on the basis of Article 6 of Regulation (EU) 2016/679.';
      assert.deepEqual(codes(letters(citation, '\n  duration indefinite'), relation), relation);
      const paid = 'The costs shall be reimbursed on the basis of article 70, paragraph 1 of the Regulation.';
      assert.deepEqual(codes(letters(paid, '\n  duration indefinite'), relation), relation);
    });
  });
});
