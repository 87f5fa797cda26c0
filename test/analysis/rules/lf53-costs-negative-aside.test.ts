/**
 * Treaty lawyer lr31, D7 (research/lr31/REPORT.md): since lr30 D2, any aside of up to eight words after the
 * modal counted as an allocation of costs, a negative one too: "Each Party shall, in no case, bear the costs
 * of the other Party" silenced `missing-costs`, though it says only who does NOT bear them, and the costs of
 * the exercise stay unallocated (the same sentence without the aside, "shall not bear", draws the warning).
 * Near misses: "shall, unless otherwise agreed, bear its own costs" and "shall, if not otherwise agreed,
 * bear its own costs" allocate them.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { exerciseCostsDraft } from '../../helpers/exercise-costs-draft';

/** The lawyer's probe l3n, with its second sentence as given. */
const probe = (second: string) => exerciseCostsDraft(`The costs of compensation for damage caused during the exercise shall be shared equally by the Parties. ${second}`);
const costs = (second: string) => diagnose(probe(second)).filter((d) => d.code === 'missing-costs');

describe('lr31 D7: a negative aside after the modal allocates no costs', () => {
  for (const second of ['Each Party shall, in no case, bear the costs of the other Party.', 'Each Party shall, under no circumstances, bear the costs of the other Party.', 'Each Party shall, in any event, not bear the costs of the other Party.'])
    it(second, () => assert.equal(costs(second).length, 1));

  for (const second of ['Each Party shall, unless otherwise agreed, bear its own costs.', 'Each Party shall, if not otherwise agreed, bear its own costs.'])
    it(`near miss: ${second}`, () => assert.deepEqual(costs(second), []));
});
