/**
 * The forty-seventh real-instrument run (test/real-instruments/FORTY-SEVENTH-RUN.md), from its
 * texts: the Convention on the Marking of Plastic Explosives for the Purpose of Detection 1991
 * (BWBV0003003) and the NL–Turks and Caicos Islands tax information exchange agreement 2009
 * (BWBV0003409).
 *
 * Closing item 1: on a concluded treaty, MoU wording is a drafting note under every profile
 * (analysis/concluded-text-severity.ts): `strict` made "it is understood the other Contracting Party
 * will agree to hold timely discussions" (Protocol Art. 3) a warning on the treaty signed in 2009.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const tc = repoText('test/real-instruments/nl-tc-tax-information-exchange-2009.entente');

const severities = (text: string, code: string, profile?: string) =>
  diagnose(text, profile ? { settings: { profile } } : {})
    .filter((d) => d.code === code)
    .map((d) => d.severity);

const understood = 'it is understood the other Contracting Party will agree to hold timely discussions';

describe('forty-seventh real-instrument run, item 1: treaty-mou-wording on a concluded treaty under --profile strict', () => {
  it('"it is understood the other Contracting Party will agree" (Protocol Art. 3) stays a note under every profile', () => {
    assert.equal(tc.split(understood).length - 1, 1);
    for (const profile of [undefined, 'strict', 'treaty-review', 'mou-review']) {
      assert.deepEqual(severities(tc, 'treaty-mou-wording', profile), ['info'], profile ?? 'default');
    }
  });

  it('an operative "will" of the Parties in the same signed treaty stays a note under strict too', () => {
    const operative = replaced(tc, understood, 'the other Contracting Party will hold timely discussions');
    assert.deepEqual(severities(operative, 'treaty-mou-wording', 'strict'), ['info']);
  });

  it('near miss: the same sentence in a draft (no signature, no dated final formula) is still raised to a warning by strict', () => {
    const draft = [
      'treaty "Agreement for the exchange of information relating to taxes" {\n  status binding\n}',
      'party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }',
      'party TC "The Government of the Turks and Caicos Islands" { kind government jurisdiction TC }',
      `clause Variation about amendment """Either Contracting Party may wish to propose a variation in the terms of this Agreement. If so, ${understood} with a view to revising the terms of the Agreement."""`,
      '',
    ].join('\n');
    assert.deepEqual(severities(draft, 'treaty-mou-wording', 'strict'), ['warning']);
    assert.deepEqual(severities(draft, 'treaty-mou-wording'), ['info']);
  });

  it('near miss: a per-rule setting still decides on the concluded text', () => {
    const set = diagnose(tc, { settings: { profile: 'strict', rules: { 'treaty-mou-wording': 'warning' } } }).filter((d) => d.code === 'treaty-mou-wording');
    assert.deepEqual(set.map((d) => d.severity), ['warning']);
  });

  it('near miss: the other findings on the concluded text keep what strict makes of them (warning, the missing-clause cap)', () => {
    assert.deepEqual(severities(tc, 'missing-registration', 'strict'), ['warning']);
    assert.deepEqual(severities(tc, 'missing-union-law-clause', 'strict'), ['warning']);
  });
});
