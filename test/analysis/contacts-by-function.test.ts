/**
 * Sixty-first run, defect 5: `missing-points-of-contact` on ETS 20 (1955), whose Art. 3 names both
 * ends of the exchange by their function: "The appropriate Ministry in the country responsible for
 * the requesting cripple shall transmit such request for entry directly to the appropriate Ministry
 * in the country able to provide the necessary treatment" (read: BWBV0005100). The rule's own
 * exemption accepts such ends from CETS 182 Art. 11(1) ("the competent authorities of a Party may …
 * forward to the competent authorities of another Party"); ETS 20 is the same pattern, and so is
 * the reviewer's probe with "competent authority". Near misses: "the Ministry" (no function named),
 * and a mere mention of the competent authorities, keep the finding.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const ets20 = repoText('test/real-instruments/coe-ets20-war-cripples-exchange-1955.entente');
const art3 = 'directly to the appropriate Ministry in the country able to provide';
const contacts = (text: string) => diagnose(text).filter((d) => d.code === 'missing-points-of-contact').length;
const inClause = (from: string, to: string) => {
  // Art. 3 as a clause (the channel's `exchange` words are the same sentence; only clauses are read for designations).
  const at = ets20.lastIndexOf(from);
  assert.ok(at > ets20.indexOf('clause '), 'the clause holds the words');
  return ets20.slice(0, at) + to + ets20.slice(at + from.length);
};

describe('r61, defect 5: ends of an exchange named by their function', () => {
  it('ETS 20 Art. 3: "to the appropriate Ministry in the country able to provide …": not reported', () => {
    assert.equal(contacts(ets20), 0);
  });
  it('the probe: "to the competent authority in the country able to provide …": not reported', () => {
    assert.equal(contacts(inClause(art3, 'directly to the competent authority in the country able to provide')), 0);
  });
  it('near misses: "to the Ministry in the country …"; a mere mention of the competent authorities', () => {
    const bare = inClause(art3, 'directly to the Ministry in the country able to provide').replace(/The appropriate Ministry in the country responsible/g, 'The Ministry in the country responsible');
    assert.equal(contacts(bare), 1);
    assert.equal(contacts(inClause(art3, 'directly, and report promptly to the competent authorities, able to provide')), 1);
  });
});
