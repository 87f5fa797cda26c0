/**
 * An untagged clause that says in its own words who bears costs counts as a costs clause
 * (rules/support/costs-in-words.ts) in the real forms of the transcriptions and the Dutch treaty
 * series (note-40, "Left for the next session"): a share in equal parts or shares, "shared equally by
 * the Parties" (Cospas-Sarsat 1988 Art. 6.2), a cost that "will continue to be borne by the Receiving
 * State" (NL–Norway prison 2015 Art. 26), one borne "entirely" by a Party (NL–US 2012 Art. 10), a
 * Government that "will bear all expense incident to" what it sets up (NL–US cemeteries 1970 Art.
 * II(3)), costs "borne by that Party" (European Convention on Extradition 1957 Art. 24(1)).
 *
 * Near misses: every "borne in equal parts" found in the treaty series (BWBV0003393, BWBV0002345,
 * BWBV0004242, BWBV0001948, BWBV0002346) shares an arbitration's costs, and "The cost of the chairman
 * and the remaining costs" after the arbitrators' sentence is the tribunal's, not the instrument's;
 * costs shared by an applicant and a respondent, a negation, and compensation for investments taken
 * (r105 D4) stay no costs clause.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { wordsAllocateCosts } from '../../../server/src/language/rules/support/costs-in-words';

/** A draft that runs an exercise (a costly activity), with one untagged clause. */
const draft = (words: string) => `treaty "Agreement on Cyber Exercises" {
  status binding
  consent by ratification
  effect after last ratification
  termination with notice of 6 months
  disputes by negotiation
}
party A "Kingdom of the Netherlands" { kind state }
party B "Republic of Estonia" { kind state }
exercise Shield every 12 months led by A with B
clause Funding "Article 9" """
  ${words}
"""
`;
const missingCosts = (words: string) => diagnose(draft(words)).filter((d) => d.code === 'missing-costs');

describe('lf42: untagged costs "borne in equal parts" and the other real forms count as a costs clause', () => {
  for (const words of [
    'The costs of the exercises shall be borne in equal parts by the Parties.',
    'The costs of the exercises shall be borne in equal shares by the Contracting Parties.',
    'Common costs associated with the organization, administration and coordination of the Programme, as agreed in the Council, including those incurred in financing the activities of the Council and the Secretariat, shall be shared equally by the Parties.',
    'The costs of the exercises will be shared equally.',
    'The costs of the exercises shall be borne in equal parts.',
    'Costs of the security of the exercise grounds will continue to be borne by the Receiving State.',
    'The following costs shall be borne entirely by the Party incurring the costs: the costs of its own personnel.',
    'The Government of the Kingdom of the Netherlands will bear all expense incident to the establishment of the exercise grounds and their future maintenance.',
    'The Sending State shall bear all costs of its participation in an exercise.',
    'Expenses incurred in the territory of the host Party by reason of an exercise shall be borne by that Party.',
    'each Party shall bear its own costs.',
    // A chairman who is no arbitration's.
    'The costs of the chairman of the Joint Committee shall be borne in equal parts by the Parties.',
  ]) {
    it(`counts: ${words.slice(0, 90)}`, () => assert.deepEqual(missingCosts(words), []));
  }

  describe('near misses: no costs clause, missing-costs stays', () => {
    for (const words of [
      // NL–Singapore 1972 Art. XV(8) (BWBV0003393), untagged: the chairman and the remaining costs are the tribunal's.
      'The tribunal shall reach its decision by a majority of votes. Such decision shall be final and binding on the Contracting Parties. Each Contracting Party shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings. The cost of the chairman and the remaining costs shall be borne in equal parts by the Contracting Parties.',
      // NL–Hungary 1987 Art. 9(9) (BWBV0002345).
      'Each Contracting Party shall bear the cost of the arbitrator appointed by itself and of its representation. The cost of the chairman as well as the other costs will be borne in equal parts by the Contracting Parties.',
      // NL–Sudan 1970 Art. XVII(7) (BWBV0004242): the share after a semicolon.
      'Each Contracting Party shall bear the costs of its own arbitrator and of its counsel in the arbitral proceedings; the cost of the umpire and the remaining costs shall be borne in equal parts by both Contracting Parties.',
      'The costs of the review shall be borne in equal parts by the applicant and the respondent.',
      'The costs of the exercises shall be shared equally between the organisers.',
      'The Parties shall not bear the costs of the exercises.',
      // r105 D4: compensation for investments taken is owed to the investors (NL–Singapore 1972 Art. IX(c)).
      'Neither Contracting Party shall take any measures depriving nationals of the other Contracting Party of their investments unless the measures are accompanied by provisions for the payment of just compensation. Such compensation shall be paid and made transferable, without undue delay, to the country of the nationals affected.',
    ]) {
      it(`does not count: ${words.slice(0, 90)}`, () => assert.equal(missingCosts(words).length, 1));
    }
  });

  it('the words alone: a dispute\'s chairman only after a dispute\'s sentence', () => {
    assert.equal(wordsAllocateCosts('The cost of the chairman and the remaining costs shall be borne in equal parts by the Contracting Parties.'), true);
    assert.equal(wordsAllocateCosts('Each Contracting Party shall bear the cost of its own arbitrator. The cost of the chairman and the remaining costs shall be borne in equal parts by the Contracting Parties.'), false);
    // One sentence on, a new subject: the Parties' own costs after the arbitration's count again.
    assert.equal(wordsAllocateCosts('Each Contracting Party shall bear the cost of its own arbitrator. The Joint Committee shall meet once a year. The remaining costs of the cooperation shall be borne in equal parts by the Contracting Parties.'), true);
  });
});
