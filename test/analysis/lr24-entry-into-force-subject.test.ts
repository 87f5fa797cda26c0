/**
 * lr24 (D1, D2, D6): the words that give this instrument's entry into force a day before its signature
 * are read in their ordinary forms — "shall be deemed to have entered into force on" (the canonical
 * retroactive clause), "The Agreement", "This Agreement and its Annex", "This Agreement between …",
 * the exchange-of-notes formula "… shall constitute an Agreement between our two Governments which
 * shall enter into force on …" — and a negation in a leading condition or in a relative clause closed
 * before the verb does not govern it. Another named instrument, a part of this one and a governing
 * negation still leave both findings (lr23, D4, D5). VCLT Arts. 24(1), 28 (read: BWBV0003441). The
 * header is lr24's probe header: signed 2020-06-01, effect on and recorded in force on 2019-01-01.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (effect: string, words: string, title = 'Agreement between the Kingdom of the Netherlands and the Republic of Estonia on cooperation in cyber security') => `treaty "${title}" {
  status binding
  languages English authentic
  done at "Tallinn" on 2020-06-01 in duplicate
${effect}  entered into force on 2019-01-01 "Trb. 2020, 99"
  termination with notice of 6 months
}
party NL "the Kingdom of the Netherlands" { jurisdiction NL }
party EE "the Republic of Estonia" { jurisdiction EE }
clause Art1 "Article 1" """
  ${words}
"""
`;
const codes = ['invalid-entry-into-force-record', 'effect-before-signature'];
const both = (words: string, title?: string) =>
  diagnose(treaty('  effect on 2019-01-01\n', words, title), {})
    .filter((d) => codes.includes(d.code))
    .map((d) => `${d.code} ${d.severity}`)
    .sort();
const reported = ['effect-before-signature warning', 'invalid-entry-into-force-record warning'];
const byEvent = (words: string) =>
  diagnose(treaty('  effect after last notification\n', words), {})
    .filter((d) => d.code === 'invalid-entry-into-force-record')
    .map((d) => d.severity);

describe('lr24: this instrument\'s entry into force on an earlier day, in its ordinary words', () => {
  describe('D1: "shall be deemed to have entered into force on" the day — neither rule reports', () => {
    for (const words of [
      'This Agreement shall be deemed to have entered into force on 1 January 2019.',
      'It is agreed that this Agreement shall be deemed to have entered into force on 1 January 2019.',
      'The Agreement shall be deemed to have entered into force on 1 January 2019.',
      'This Agreement shall be considered to have entered into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), []));
    }
    it('near miss: deemed to have entered into force on another day — effect-before-signature stays', () =>
      assert.deepEqual(both('This Agreement shall be deemed to have entered into force on 1 February 2019.'), ['effect-before-signature warning']));
    it('near miss: "shall be deemed not to have entered into force on" the day — both report', () =>
      assert.deepEqual(both('This Agreement shall be deemed not to have entered into force on 1 January 2019.'), reported));
  });

  describe('D2: this instrument as the subject in its ordinary forms — neither reports', () => {
    for (const words of [
      "This Note and Your Excellency's reply shall constitute an Agreement between our two Governments which shall enter into force on 1 January 2019.",
      'The Agreement shall enter into force on 1 January 2019.',
      'This Agreement and its Annex shall enter into force on 1 January 2019.',
      'This Agreement between the Kingdom of the Netherlands and the Republic of Estonia shall enter into force on 1 January 2019.',
      'The provisions of this Agreement shall enter into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), []));
    }
    it('"The Convention" in a Convention is the instrument itself', () =>
      assert.deepEqual(both('The Convention shall enter into force on 1 January 2019.', 'Convention between the Kingdom of the Netherlands and the Republic of Estonia on cyber security'), []));
  });

  describe('D2 near misses: another named instrument, a part of this one, a governing negation — both report', () => {
    for (const words of [
      'The Convention shall enter into force on 1 January 2019.',
      'The Agreement of 1990 shall enter into force on 1 January 2019.',
      'Article 5 of this Agreement shall enter into force on 1 January 2019.',
      'The Annex shall enter into force on 1 January 2019.',
      'This Agreement replaces an Agreement which entered into force on 1 January 2019.',
      "This Note and Your Excellency's reply shall constitute an Agreement between our two Governments which shall not enter into force on 1 January 2019.",
      'Under Article 5 of this Agreement the Protocol shall enter into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), reported));
    }
  });

  describe('D6: a negation in a leading condition or in a closed relative clause does not govern the main verb', () => {
    for (const words of [
      'If, within thirty days, neither Party objects, by mutual consent this Agreement shall be deemed to have entered into force on 1 January 2019.',
      'If the Parties so agree, this Agreement, other than Article 3 which shall not apply, shall be deemed to have entered into force on 1 January 2019.',
    ]) {
      it(`neither reports: ${words}`, () => assert.deepEqual(both(words), []));
      it(`no error beside an event-based entry into force: ${words}`, () => assert.deepEqual(byEvent(words), []));
    }
    for (const words of [
      'If the Parties so agree, no provision of this Agreement, other than Article 3, shall be deemed to have entered into force on 1 January 2019.',
      'If, within thirty days, neither Party objects, by mutual consent no provision of this Agreement shall be deemed to have entered into force on 1 January 2019.',
      'If the Parties so agree, no provision of this Agreement, other than Article 3 which shall apply, shall be deemed to have entered into force on 1 January 2019.',
      'If the Parties so agree, this Agreement, other than Article 3 which shall apply, shall not be deemed to have entered into force on 1 January 2019.',
    ]) {
      it(`near miss, the error stays: ${words}`, () => assert.deepEqual(byEvent(words), ['error']));
    }
  });
});
