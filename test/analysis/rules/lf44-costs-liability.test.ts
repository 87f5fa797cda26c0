/**
 * lr26, D9: "Any costs of compensation paid to third parties for damage caused during the exercise
 * shall be shared equally" was read as a costs clause (`sharedEqually`) and silenced `missing-costs`.
 * It settles who pays for damage, a liability, as the Netherlands–Somalia letters 2008 do, and
 * docs/rules.md says the finding stays there. Near misses: "The costs of the exercise shall be borne in
 * equal parts" still counts, and so does a costs sentence beside a liability sentence.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { wordsAllocateCosts } from '../../../server/src/language/rules/support/costs-in-words';

const mou = (clause: string) => `memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nexercise Shield annually led by EE\nclause Liability "${clause}"\n`;
const missingCosts = (clause: string) => diagnose(mou(clause)).filter((d) => d.code === 'missing-costs');

describe('missing-costs: a share of third-party compensation is no costs clause (lr26 D9)', () => {
  it('the probe’s words leave the finding', () => {
    const words = 'Any costs of compensation paid to third parties for damage caused during the exercise shall be shared equally.';
    assert.equal(wordsAllocateCosts(words), false);
    assert.equal(missingCosts(words).length, 1);
  });

  it('claims and liability sentences, with a bearer named, leave it too', () => {
    assert.equal(wordsAllocateCosts('The costs of settling claims for damage shall be borne by the Party whose personnel caused it.'), false);
    assert.equal(wordsAllocateCosts('Costs arising from liability towards third parties shall be borne in equal parts.'), false);
  });

  describe('near misses', () => {
    it('the costs of the exercise, shared equally, still count', () => {
      const words = 'The costs of the exercise shall be borne in equal parts.';
      assert.equal(wordsAllocateCosts(words), true);
      assert.deepEqual(missingCosts(words), []);
    });
    it('a costs sentence beside a liability sentence counts', () => {
      assert.equal(wordsAllocateCosts('Compensation for damage to third parties shall be shared equally. Each Participant will bear its own costs.'), true);
    });
  });
});
