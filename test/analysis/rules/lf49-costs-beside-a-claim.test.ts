/**
 * lr27, D1: lf44's fix of lr26 D9 threw out every costs sentence that mentions a claim, damage or
 * liability, so "Each Participant will bear its own costs of participation in the exercise and waives
 * any claims against the other Participant" was no costs clause and `missing-costs` asked for a second
 * one. Only the costs allocated decide: a sentence is left out where what is borne or shared is the
 * liability itself ("costs of compensation", "compensation costs"), not where a claim is named beside it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../../helpers/fixture';
import { wordsAllocateCosts } from '../../../server/src/language/rules/support/costs-in-words';

const mou = (clause: string) => `memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nexercise Shield annually led by EE\nclause Liability "${clause}"\n`;
const missingCosts = (clause: string) => diagnose(mou(clause)).filter((d) => d.code === 'missing-costs');

describe('missing-costs: a costs clause that also names claims still allocates costs (lr27 D1)', () => {
  it('the probe’s words (costs5): own costs of participation, and a waiver of claims', () => {
    const words = 'Each Participant will bear its own costs of participation in the exercise and waives any claims against the other Participant.';
    assert.equal(wordsAllocateCosts(words), true);
    assert.deepEqual(missingCosts(words), []);
  });

  it('the probe’s words (costs4): own costs, including any claims', () => {
    const words = 'Each Participant will bear its own costs, including any claims arising from its personnel.';
    assert.equal(wordsAllocateCosts(words), true);
    assert.deepEqual(missingCosts(words), []);
  });

  it('costs borne by a signatory, with damage named in another part of the sentence', () => {
    assert.equal(wordsAllocateCosts('The costs of the exercise, including compensation for damage, shall be borne by each Participant.'), true);
    assert.equal(wordsAllocateCosts('Claims of third parties are excluded and the costs of the exercise shall be borne by the Party leading it.'), true);
  });

  it('property: a liability named after the costs allocated, past a comma or "and", leaves the allocation counted', () => {
    const allocations = ['Each Participant will bear its own costs', 'The costs of the exercise will be shared equally', 'Costs of participation shall be borne by each Party'];
    const liabilities = ['any claims against the other Participant', 'compensation for damage', 'liability towards third parties', 'damages', 'any indemnity'];
    const joins = [', including', ', excluding', ' and waives', ', without prejudice to', ' and neither accepts'];
    fc.assert(
      fc.property(fc.constantFrom(...allocations), fc.constantFrom(...joins), fc.constantFrom(...liabilities), (allocation, join, what) =>
        wordsAllocateCosts(`${allocation}${join} ${what}.`),
      ),
    );
  });

  describe('near misses: the liability is what is borne or shared', () => {
    it('the costs of compensation, borne by a signatory that bears them', () => {
      const words = 'Each Participant will bear the costs of any compensation paid to third parties.';
      assert.equal(wordsAllocateCosts(words), false);
      assert.equal(missingCosts(words).length, 1);
    });
    it('compensation costs, and costs arising from claims', () => {
      assert.equal(wordsAllocateCosts('Any compensation costs will be shared equally.'), false);
      assert.equal(wordsAllocateCosts('Each Participant will bear its own costs arising from claims against its personnel.'), false);
    });
    it('the lr26 sentence stays out', () => {
      assert.equal(wordsAllocateCosts('Any costs of compensation paid to third parties for damage caused during the exercise will be shared equally.'), false);
    });
  });
});
