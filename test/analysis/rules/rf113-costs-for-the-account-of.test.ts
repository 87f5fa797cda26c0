/**
 * "For the account of" a signatory allocates costs as "borne by" does (rules/support/costs-in-words.ts;
 * hundred-and-thirteenth run, defect 3): NL–Poland veterinary 1978 Art. 4(3) (BWBV0003961), "The costs
 * resulting from the application of this Article are for the account of the state which in its own
 * interest sends out its representatives and specialists in the veterinary sphere", counts as a costs
 * clause untagged as it does tagged, and `missing-body-costs` then says it does not reach the mixed
 * committee's meetings (Art. 5), instead of `missing-costs` saying that the text allocates no costs.
 *
 * Near misses: the account of a person who is not a Party — an employer, a shipowner (the ILO
 * seafarers' texts in the treaty series), an expert, a third party — and stocks held "for the account of
 * undertakings" (NL–Cyprus oil stocks 2008, preamble), which are no costs at all.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';
import { wordsAllocateCosts } from '../../../server/src/language/rules/support/costs-in-words';

const poland = 'test/real-instruments/nl-poland-veterinary-1978.entente';
const untagged = () => replaced(repoText(poland), 'clause Art4 "Article 4" about costs """', 'clause Art4 "Article 4" """');
const codes = (text: string) => diagnose(text).map((d) => d.code);

describe('rf113 (r113 D3): costs "for the account of" a Party count as a costs clause', () => {
  it('NL–Poland 1978 with Art. 4 untagged: missing-body-costs on the committee, as tagged; no missing-costs', () => {
    const tagged = codes(repoText(poland));
    const found = codes(untagged());
    assert.ok(tagged.includes('missing-body-costs'));
    assert.ok(!found.includes('missing-costs'), found.join(', '));
    assert.ok(found.includes('missing-body-costs'), found.join(', '));
  });

  for (const words of [
    'The costs resulting from the application of this Article are for the account of the state which in its own interest sends out its representatives and specialists in the veterinary sphere.',
    'The travel expenses of the delegations shall be for the account of the sending Party.',
    'The costs of the visits will be for the account of the Contracting Party which requested them.',
    'Costs of the training are entirely for the account of the Government of the Kingdom of the Netherlands.',
  ]) {
    it(`counts: ${words.slice(0, 90)}`, () => assert.equal(wordsAllocateCosts(words), true));
  }

  describe('near misses: not an allocation between the Parties', () => {
    for (const words of [
      'Subsistence and other costs directly involved in his return there shall be for the account of the employer.',
      'Subsistence and other costs directly involved should be for the account of the shipowner.',
      'The costs of the second opinion are for the account of the expert who asks for it.',
      'The costs of the inspection shall be for the account of the third Party concerned.',
      'Having regard to Article 7 of the Directive which envisages the establishment of stocks within the territory of a Member State for the account of undertakings.',
      // A dispute's costs stay the dispute's.
      'The costs of the arbitration are for the account of the Contracting Parties in equal parts.',
    ]) {
      it(`does not count: ${words.slice(0, 90)}`, () => assert.equal(wordsAllocateCosts(words), false));
    }

    it('NL–Poland 1978 with Art. 4(3) for the account of the specialists: missing-costs stays', () => {
      const text = replaced(untagged(), 'are for the account of the state which in its own interest sends out', 'are for the account of the specialists whom the state in its own interest sends out');
      assert.ok(codes(text).includes('missing-costs'));
    });
  });
});
