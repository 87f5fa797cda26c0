/**
 * Treaty lawyer lr28, D2 and D11, on `missing-costs`.
 * D2: a payment is a dispute's only where what is paid is the dispute's (the arbitrators, the tribunal,
 * its chairman, counsel, the proceedings' costs). Compensation paid "in accordance with the judgment of
 * the competent courts" is a liability the text allocates, and a reimbursement of the exercise's costs
 * "unless the dispute settlement body decides otherwise" is the exercise's: both are quoted as payments
 * the text allocates, never as "only for the settlement of a dispute".
 * D11: "Each Party shall otherwise bear its own costs." after a rule on compensation is the general
 * costs clause: an adverb between the modal and "bear" ("otherwise", "in all other respects", "also")
 * leaves the allocation standing.
 * lr29 D2: nor is compensation whose amount an arbitral tribunal fixes; D3: the adverbs set off by commas
 * ("shall, in all other respects, bear") and "in other cases" leave the allocation standing too.
 * D6: a clause written in one pair of double quotes is quoted without them ("Each Party …", never
 * ""Each Party …"").
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { exerciseCostsDraft } from '../../helpers/exercise-costs-draft';

const draft = exerciseCostsDraft;
const costs = (clause: string) => diagnose(draft(clause)).filter((d) => d.code === 'missing-costs');

describe('lr28 D2: a payment beside a court or a dispute body is not a dispute\'s', () => {
  for (const [clause, quoted] of [
    ['Compensation for damage caused to third parties during the exercise shall be paid by the sending Party in accordance with the judgment of the competent courts of the receiving Party.', 'compensation'],
    ['Each Party shall reimburse the other Party for the costs of the exercise that the other Party incurs on its behalf, unless the dispute settlement body decides otherwise.', 'reimburse'],
    // lr29 D2: the tribunal only fixes the amount; what is paid is a liability to third parties.
    ['Compensation for damage caused to third parties during the exercise shall be paid by the sending Party in the amount fixed by the arbitral tribunal referred to in Article 12.', 'compensation'],
  ] as const) {
    it(clause, () => {
      const [finding, ...rest] = costs(clause);
      assert.equal(rest.length, 0);
      assert.doesNotMatch(finding.message, /settlement of a dispute/u);
      assert.match(finding.message, new RegExp(`^The text already allocates some payments \\("${quoted}"\\) but not who bears the costs of exercise Shield`, 'u'));
    });
  }
  for (const clause of [
    'Each Party shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings.',
    'The costs of the arbitration shall be shared equally by the Parties.',
    'In the arbitration, the chairman\'s fees shall be shared equally by the Parties.',
    'Each Party shall bear the costs of its member of the arbitral tribunal.',
  ]) {
    it(`near miss: what the tribunal costs stays a dispute's: ${clause}`, () => {
      const [finding] = costs(clause);
      assert.match(finding.message, /^The text says who pays only for the settlement of a dispute or legal proceedings/u);
    });
  }
});

describe('lr28 D11: an adverb between the modal and "bear" leaves the costs clause standing', () => {
  for (const adverb of ['otherwise', 'in all other respects', 'also']) {
    it(`"Each Party shall ${adverb} bear its own costs."`, () => {
      assert.deepEqual(costs(`The costs of compensation for damage caused during the exercise shall be shared equally by the Parties. Each Party shall ${adverb} bear its own costs.`), []);
    });
  }
  // lr29 D3: the same adverbs set off by commas, and "in other cases".
  for (const words of ['shall, in all other respects, bear', 'shall, otherwise, bear', 'shall in other cases bear', 'shall, in all other cases, bear']) {
    it(`"Each Party ${words} its own costs."`, () => {
      assert.deepEqual(costs(`The costs of compensation for damage caused during the exercise shall be shared equally by the Parties. Each Party ${words} its own costs.`), []);
    });
  }
  it('the passive with a comma adverb: "shall, in all other respects, be borne by each Party"', () => {
    assert.deepEqual(costs('The costs of compensation for damage caused during the exercise shall be shared equally by the Parties. All other costs shall, in all other respects, be borne by each Party.'), []);
  });
  it('near miss: a sentence on compensation alone still leaves the exercise\'s costs unsaid', () => {
    assert.equal(costs('The costs of compensation for damage caused during the exercise shall be shared equally by the Parties.').length, 1);
  });
  // lr30 D2: any short aside between commas ("unless otherwise agreed", "subject to paragraph 1", "save as
  // otherwise provided in this Article") leaves the sentence saying who bears the costs.
  for (const sentence of [
    'Each Party shall, unless otherwise agreed, bear its own costs.',
    'Each Party shall, subject to paragraph 1, bear its own costs.',
    'Each Party shall, save as otherwise provided in this Article, bear its own costs.',
    'All other costs shall, unless otherwise agreed, be borne by the Party incurring them.',
  ]) {
    it(`lr30 D2: "${sentence}"`, () => {
      assert.deepEqual(costs(`The costs of compensation for damage caused during the exercise shall be shared equally by the Parties. ${sentence}`), []);
    });
  }
});

describe('lr28 D6: a clause in single double quotes is quoted without its delimiters', () => {
  it('the arbitrators\' sentence, quoted once', () => {
    const text = draft('x').replace('clause C1 """x"""', 'clause C1 "Each Party shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings."');
    const [finding] = diagnose(text).filter((d) => d.code === 'missing-costs');
    assert.match(finding.message, /\("Each Party shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings"\)/u);
    assert.doesNotMatch(finding.message, /""/u);
  });
});
