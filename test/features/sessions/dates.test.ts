/**
 * Inlay hints and code lenses on the samples with `today` fixed at 29 February 2028 (a leap day,
 * so month and year arithmetic must clamp). Each expected date is computed by hand in the
 * comment beside it.
 */
import assert from 'node:assert/strict';
import { diskService, read, uriOf } from './session-helpers';

const today = '2028-02-29';
const everything = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };

function hints(path: string): string[] {
  const service = diskService();
  const uri = uriOf(path);
  const text = read(path);
  service.open(uri, text);
  const lines = text.split('\n');
  return service
    .inlayHints(uri, everything, today)
    .sort((a, b) => a.position.line - b.position.line)
    .map((h) => `${lines[h.position.line].slice(0, h.position.character).trim().split(/\s+/).slice(-3).join(' ')} → ${h.label}`);
}

function lenses(path: string): string[] {
  const service = diskService();
  const uri = uriOf(path);
  service.open(uri, read(path));
  return service.codeLenses(uri, today).sort((a, b) => a.range.start.line - b.range.start.line).map((l) => `${l.range.start.line + 1}: ${l.title}`);
}

describe('editing session: computed dates on the samples', () => {
  it('cert-cert-mou: signed and effective 2027-03-01', () => {
    assert.deepEqual(hints('samples/cert-cert-mou.entente'), [
      'duration 5 years → ends 2032-03-01', // 2027-03-01 + 5 years
      'of 6 months → notice given today takes effect 2028-08-29', // 2028-02-29 + 6 months
      'every 12 months → first 2027-10-05 · next 2028-10-05', // first given; 2027-10-05 is past, + 12 months
      'every 6 months → next meeting 2028-03-01', // from 2027-03-01: 2027-09-01, then 2028-03-01 ≥ today
    ]);
    assert.deepEqual(lenses('samples/cert-cert-mou.entente'), [
      '2: Ends 2032-03-01 · Notice given today takes effect 2028-08-29',
      '48: First 2027-10-05 · next 2028-10-05',
      '53: Next meeting 2028-03-01',
    ]);
  });

  it('ncirc-cert-eu: an exercise without a first date falls one cadence after effect', () => {
    assert.deepEqual(hints('samples/ncirc-cert-eu-arrangement.entente'), [
      'duration 4 years → ends 2031-02-10', // effective 2027-02-10 + 4 years
      'of 3 months → notice given today takes effect 2028-05-29', // 2028-02-29 + 3 months
      'exercise CyberCoalition annually → first 2028-02-10 · next 2029-02-10', // 2027-02-10 + 1 year; 2028-02-10 is past
      'every 6 months → next meeting 2028-08-10', // 2027-08-10, 2028-02-10 past, 2028-08-10
    ]);
  });

  it('annex, treaty and review sample: cadences, long notices and leap-day clamping', () => {
    assert.deepEqual(hints('samples/annex-a-exercises.entente'), [
      'exercise BalticBastion annually → first 2027-11-03 · next 2028-11-03',
      'exercise NorthernWatch biennially → first 2028-04-19', // still ahead: no next
      'every 6 months → first 2027-09-01 · next 2028-03-01', // 2027-09-01 + 6 months
    ]);
    // A treaty in force after ratification has no known date of effect: only the notice is computed.
    assert.deepEqual(hints('samples/baltic-cyber-convention.entente'), [
      'of 12 months → notice given today takes effect 2029-02-28', // 29 February 2029 does not exist
      'exercise BalticPulse biennially → first 2028-10-10',
    ]);
    assert.deepEqual(hints('samples/review-me.entente'), ['of 2 years → notice given today takes effect 2030-02-28']);
    assert.deepEqual(hints('samples/pl-ua-cert-mou.entente'), [
      'duration 3 years → ends 2030-05-20', // 2027-05-20 + 3 years
      'of 3 months → notice given today takes effect 2028-05-29',
      'every 6 months → next meeting 2028-05-20', // 2027-11-20 past, 2028-05-20
    ]);
  });

  it('follows a different today', () => {
    const service = diskService();
    const uri = uriOf('samples/cert-cert-mou.entente');
    service.open(uri, read('samples/cert-cert-mou.entente'));
    const labels = service.inlayHints(uri, everything, '2031-09-02').map((h) => h.label);
    assert.ok(labels.includes('notice given today takes effect 2032-03-02'));
    assert.ok(labels.includes('first 2027-10-05 · next 2031-10-05'));
    assert.ok(labels.includes('next meeting 2032-03-01')); // 2031-09-01 is a day before today
  });
});
