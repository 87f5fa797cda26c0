/**
 * HUNDRED-AND-TWENTIETH-RUN.md defect 3: on the NL–UN and ten organisations technical assistance
 * Agreement (1967; BWBV0004484) `provisional-application-end` said "the text states no earlier end",
 * while Art. VII(1)(b), tagged `about provisional-application`, reads "the Government of the Kingdom
 * and the Organizations shall provisionally apply the provisions of the present Agreement for a
 * period not exceeding one year from the date on which the Agreement is signed". A clause that limits
 * provisional application in time (a period, "not exceeding", "until" a date other than entry into
 * force) states its end: nothing is reported. Near misses: "until its entry into force" states only
 * the end Art. 25(1) gives anyway, and a period in another sentence (the treaty's duration) is not
 * provisional application's: both are still reported.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const code = 'provisional-application-end';
const path = 'test/real-instruments/nl-un-organizations-technical-assistance-1967.entente';
const agreement = repoText(path);
const limit = 'shall provisionally apply the provisions of the present Agreement for a period not exceeding one year from the date on which the Agreement is signed.';

describe('rf120 D3: provisional application limited in time by a clause states its end', () => {
  it('NL–UN organisations 1967, Art. VII(1)(b): "for a period not exceeding one year" — no finding', () => {
    assert.ok(agreement.includes(limit));
    assert.deepEqual(findingsOf(agreement, code), []);
  });

  it('other limits in time: "until 31 December 1968", "for a maximum period of two years", "applied provisionally … not longer than"', () => {
    for (const words of [
      'shall provisionally apply the provisions of the present Agreement until 31 December 1968.',
      'shall provisionally apply the provisions of the present Agreement for a maximum period of two years.',
      'shall be applied provisionally for not longer than one year from the date on which the Agreement is signed.',
    ]) assert.deepEqual(findingsOf(replaced(agreement, limit, words), code), [], words);
  });

  it('near miss: "until its entry into force" states no earlier end, and the finding still says so', () => {
    const [finding] = findingsOf(replaced(agreement, limit, 'shall provisionally apply the provisions of the present Agreement until its entry into force.'), code);
    assert.match(finding?.message ?? '', /^Provisional application ends on entry into force, and the text states no earlier end, so the default rule governs/);
  });

  it('near miss: a period in the next sentence (duration) is not provisional application\'s', () => {
    const words = 'shall provisionally apply the provisions of the present Agreement from the date on which it is signed. It shall remain in force for a period of five years.';
    assert.equal(findingsOf(replaced(agreement, limit, words), code).length, 1);
  });
});
