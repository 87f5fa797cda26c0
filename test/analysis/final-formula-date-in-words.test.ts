/**
 * Hundred-and-fourth real-instrument run (test/real-instruments/HUNDRED-AND-FOURTH-RUN.md), defect 1:
 * a final formula dated in words ("DONE at Nairobi this eleventh day of September 1970", NL–Kenya
 * 1970) was not read as a date, so that with no header date the signed Agreement was taken for a
 * draft and missing-amendment rose to a warning with a drafting fix. Now the day as an ordinal in
 * words, and the year in words too ("this twenty-eighth day of April in the year one thousand nine
 * hundred and seventy"), date the text (util/dates-in-words.ts, util/number-words.ts); "the eleventh
 * day after …" is no date, and a draft's blank or a future date keeps it a draft.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';
import { firstDateInWords } from '../../server/src/language/util/dates-in-words';
import { cardinalValue, ordinalValue } from '../../server/src/language/util/number-words';
import { ordinal } from '../../server/src/language/render/words';
import { monthNames } from '../../server/src/language/util/month-names';

const kenya = repoText('test/real-instruments/nl-ke-economic-cooperation-1970.entente');
/** The Kenya Agreement as a transcriber who leaves out the header date writes it (the run's probe p10). */
const undatedKenya = replaced(kenya, 'done at "Nairobi" on 1970-09-11 in 2 originals', 'done at "Nairobi" in 2 originals');
const formula = 'DONE at Nairobi this eleventh day of September 1970, in two originals, in the English language';

const amendment = (text: string) => {
  const found = diagnose(text).filter((d) => d.code === 'missing-amendment');
  assert.equal(found.length, 1);
  return found[0];
};

/** A year as the series writes it in words: "one thousand nine hundred and seventy-three", "two thousand and five". */
function yearInWords(year: number): string {
  const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const belowHundred = (n: number) => (n < 20 ? units[n] : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${units[n % 10]}` : ''}`);
  const thousands = Math.floor(year / 1000);
  const hundreds = Math.floor((year % 1000) / 100);
  const rest = year % 100;
  return [`${units[thousands]} thousand`, hundreds ? `${units[hundreds]} hundred` : '', rest ? `and ${belowHundred(rest)}` : ''].filter(Boolean).join(' ');
}

describe('hundred-and-fourth run, defect 1: a final formula dated in words dates the text', () => {
  it('NL–Kenya 1970 without a header date: concluded by "this eleventh day of September 1970", missing-amendment an info with no fix', () => {
    assert.ok(undatedKenya.includes(formula), 'the transcription still prints its final formula');
    const finding = amendment(undatedKenya);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /The text is concluded \(its final formula dates it 1970-09-11\)/);
    assert.deepEqual(finding.fixes.filter((f) => f.effect !== 'mechanical'), []);
  });

  it('the other forms the corpus prints are read as whole dates', () => {
    const cases: [string, string][] = [
      ['this eleventh day of September 1970, in two originals', '1970-09-11'],
      ['the 1st June, 1988', '1988-06-01'],
      ['this twenty-first day of May, one thousand nine hundred and seventy-two.', '1972-05-21'],
      ['this fourth day of October, one thousand ninehundred and ninety-one.', '1991-10-04'],
      ['on this twenty-eighth day of April in the year one thousand nine hundred and seventy, in four originals', '1970-04-28'],
      ['this twenty-first day of September nineteen hundred and seventy three, in the English', '1973-09-21'],
      ['on this twenty-ninth day of January, two thousand.', '2000-01-29'],
      ['this sixth day of June A.D. 1972 corresponding to B.E. 2515', '1972-06-06'],
      ['this Seventh Day of July, 1968.', '1968-07-07'],
      ['this first day of\n  July, 1988', '1988-07-01'],
      ['on July 16th, 1993', '1993-07-16'],
    ];
    for (const [words, iso] of cases) {
      const found = firstDateInWords(words)?.date;
      assert.ok(found, words);
      assert.equal(`${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`, iso, words);
    }
  });

  it('near misses: an ordinal day with no month, a day the month lacks, a draft’s blanks or a future date are no signing date', () => {
    for (const words of ['on the eleventh day after the date of the last notification', 'the thirty-first day of April 1990', 'this eleventh day of September', 'the first of the two Parties']) {
      assert.equal(firstDateInWords(words), undefined, words);
    }
    for (const draft of ['DONE at Nairobi this … day of September 1970, in two originals, in the English language', 'DONE at Nairobi this eleventh day of September 2030, in two originals, in the English language', 'The Parties shall meet on the eleventh day after signature. DONE at Nairobi in two originals, in the English language']) {
      const finding = amendment(replaced(undatedKenya, formula, draft));
      assert.equal(finding.severity, 'warning', draft);
      assert.doesNotMatch(finding.message, /The text is concluded/, draft);
    }
  });

  it('property: every day of every month, with the day as an ordinal in words and the year in figures or in words, reads back as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean(), (year, month, day, yearWords) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const words = `DONE at Nairobi this ${ordinal(day)} day of ${monthNames[month - 1]}, ${yearWords ? yearInWords(year) : year}, in two originals.`;
        const found = firstDateInWords(words)?.date;
        if (day > days) assert.equal(found, undefined, words);
        else assert.deepEqual(found, { year, month, day }, words);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the number words read back what render/words.ts writes, and run-together words too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        assert.equal(ordinalValue(ordinal(n)), n);
        assert.equal(ordinalValue(ordinal(n).replace('-', '')), n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), (year) => {
        assert.equal(cardinalValue(yearInWords(year)), year);
        assert.equal(cardinalValue(yearInWords(year).replace(/ hundred/, 'hundred').replace('-', '')), year);
      }),
    );
    // Words in an order English does not write them are no number.
    for (const words of ['seventy nineteen', 'three seventy', 'hundred hundred', 'twenty eleventh']) assert.equal(cardinalValue(words) ?? ordinalValue(words), undefined, words);
  });
});
