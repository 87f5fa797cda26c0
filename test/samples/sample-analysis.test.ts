/**
 * The samples under the full analysis, as a drafter opening the samples folder would see them:
 * the clean instruments raise no error or warning (so a finding there is either a regression
 * in a check or a sample that fell behind the language), and review-me shows every problem
 * its header comment promises. Files are read from disk, so `use` and `annex … of` links and
 * the built-in clause library are exercised too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleByCode } from '../../server/src/language/rules/registry';
import { createEntenteService } from '../../server/src/language/service';
import { formatRange } from './ast-dump';
import { reviewMe, sampleFiles } from './sample-files';

function readUri(uri: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}

const samples = sampleFiles().map((s) => ({ ...s, uri: pathToFileURL(s.path).href }));
const service = createEntenteService({ readFile: readUri });
for (const sample of samples) service.open(sample.uri, readFileSync(sample.path, 'utf8'));

/** The codes review-me.entente must raise: one or more per item of its header comment. */
const demonstrated = [
  'mou-binding-wording', // 1. "shall", "enter into force" in an MoU
  'mou-treaty-wording', // 1. "Parties", "agreement", "Article"
  'mou-third-party-disputes', // 2. arbitration
  'mou-treaty-procedure', // 2. Art. 102 registration
  'prevailing-language-not-listed', // 3.
  'notice-not-shorter-than-term', // 4.
  'tlp-red-audience', // 5.
  'classified-without-security-agreement', // 6.
  'transfer-without-safeguards', // 7.
  'regime-not-binding-on-party', // 8.
  'unknown-reference', // 9.
  'value-out-of-range', // 10. TLP:AMBRE
  'invalid-date', // 10. 2027-02-30
  'budapest-35-without-24-7', // 11.
  'preservation-under-60-days', // 11.
  'zero-quantity', // 12.
];

describe('samples under analysis', () => {
  for (const sample of samples.filter((s) => s.name !== reviewMe)) {
    it(`${sample.name} raises no error or warning`, () => {
      const findings = service
        .diagnostics(sample.uri)
        .filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => `${formatRange(d.range)} ${d.severity} ${d.code}: ${d.message}`);
      assert.deepEqual(findings, [], `samples/${sample.name} should be a clean example`);
    });
  }

  it(`${reviewMe} shows every problem its header promises`, () => {
    const review = samples.find((s) => s.name === reviewMe);
    assert.ok(review, `samples/${reviewMe} is missing`);
    const raised = new Set(service.diagnostics(review.uri).map((d) => d.code));
    const unknown = demonstrated.filter((code) => !ruleByCode(code));
    assert.deepEqual(unknown, [], 'codes that are no longer in the rule table (renamed?): update this list and the sample');
    const missing = demonstrated.filter((code) => !raised.has(code));
    assert.deepEqual(missing, [], `problems review-me no longer demonstrates (raised: ${[...raised].sort().join(', ')})`);
    assert.ok(!raised.has('syntax-error'), 'review-me is meant to be syntax-clean');
  });
});
