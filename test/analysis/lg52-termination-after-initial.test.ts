/**
 * lg52 (hundred-and-twelfth run, defect 2): what the checks read of `termination after initial
 * period` — a right to leave that runs only once the initial period of the duration has ended
 * (NL–Bangladesh 1977 Art. VI(b); read: BWBV0005634). It is a provision on termination
 * (missing-termination asks nothing); its notice runs in the renewal, so it is not compared with the
 * initial term (notice-not-shorter-than-term); without an initial period the instrument outlasts it
 * says nothing (termination-after-no-initial-period); a misspelt word is value-out-of-range; the
 * editor's hint never dates a notice given today before the initial period ends.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { fixture, mainUri } from '../features/feature-fixture';

const treaty = (lines: string) =>
  `treaty "Agreement" {\n  status binding\n  consent by approval\n  effect after last notification\n${lines}\n  amendment by written agreement\n  disputes by negotiation\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty BD "The Government of the People's Republic of Bangladesh" { kind government jurisdiction BD }\n`;
const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

describe('lg52: the checks on `termination after initial period`', () => {
  it('NL–Bangladesh 1977: a provision on termination, and no finding of the new check', () => {
    const text = treaty('  duration 2 years renewable tacitly for 1 years unless notice of 3 months\n  termination after initial period with notice of 3 months');
    assert.deepEqual(found(text, 'missing-termination'), []);
    assert.deepEqual(found(text, 'termination-after-no-initial-period'), []);
    assert.deepEqual(found(treaty('  duration 10 years renewable tacitly for indefinite period\n  termination after initial period with notice of 6 months'), 'missing-termination'), []);
  });

  it('no initial period the instrument outlasts: no duration, an indefinite one, or a term not renewed', () => {
    const none = found(treaty('  termination after initial period with notice of 3 months'), 'termination-after-no-initial-period');
    assert.equal(none.length, 1);
    assert.match(none[0]!.message, /states no duration/u);
    assert.match(found(treaty('  duration indefinite\n  termination after initial period with notice of 3 months'), 'termination-after-no-initial-period')[0]!.message, /states no fixed term/u);
    const fixed = found(treaty('  duration 2 years\n  termination after initial period with notice of 3 months'), 'termination-after-no-initial-period');
    assert.equal(fixed.length, 1);
    assert.equal(fixed[0]!.severity, 'warning');
    assert.match(fixed[0]!.message, /the term \(2 years\) is not renewed or extended/u);
    // Near misses: renewed by a new decision, or a right without `after`.
    assert.deepEqual(found(treaty('  duration 2 years renewable\n  termination after initial period with notice of 3 months'), 'termination-after-no-initial-period'), []);
    assert.deepEqual(found(treaty('  duration 2 years\n  termination with notice of 3 months'), 'termination-after-no-initial-period'), []);
  });

  it('a notice used after the initial period is not compared with it; without `after` it still is (near miss)', () => {
    assert.deepEqual(found(treaty('  duration 1 year renewable tacitly for 1 year\n  termination after initial period with notice of 12 months'), 'notice-not-shorter-than-term'), []);
    assert.equal(found(treaty('  duration 1 year renewable tacitly for 1 year\n  termination with notice of 12 months'), 'notice-not-shorter-than-term').length, 1);
  });

  it('a misspelt `initial` or `period` is value-out-of-range, on the word', () => {
    const words = found(treaty('  duration 2 years renewable tacitly for 1 years\n  termination after intial perod with notice of 3 months'), 'value-out-of-range');
    assert.deepEqual(words.map((d) => d.message.split(':')[0]), ["'intial' is not a period after which a Party may leave", "'perod' is not a word after `initial`"]);
  });

  it('the notice hint counts from the end of the initial period while it runs, from today after it', () => {
    const text = `memorandum "M" {\n  signed at "Tallinn" on 2027-01-31\n  effect on signature\n  duration 2 years renewable tacitly for 1 year\n  discontinue after initial period with notice of 3 months\n}\n`;
    const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const labels = (today: string) => fixture(text).service.inlayHints(mainUri, whole, today).map((h) => h.label);
    assert.ok(labels('2028-03-15').includes('notice given when the initial period ends (2029-01-31) takes effect 2029-04-30'), labels('2028-03-15').join('\n'));
    assert.ok(labels('2029-03-15').includes('notice given today takes effect 2029-06-15'), labels('2029-03-15').join('\n'));
    const unknown = fixture(text.replace('  signed at "Tallinn" on 2027-01-31\n', '')).service.inlayHints(mainUri, whole, '2028-03-15').map((h) => h.label);
    assert.ok(!unknown.some((label) => label.startsWith('notice given')), unknown.join('\n'));
  });
});
