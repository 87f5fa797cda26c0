/**
 * `npm start` (scripts/start.mjs after the build) explains itself and succeeds although
 * samples/review-me.entente is faulty on purpose — but still fails on a real regression: a clean
 * sample with a problem, or review-me.entente without its errors. (The README test runs the real
 * `npm start`; here the script runs on copies of the samples, broken on purpose.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, samplesDir, stackTrace } from './cli-harness';

describe('npm start', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-start-'));
    cpSync(samplesDir, join(folder, 'samples'), { recursive: true });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const start = () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/start.mjs'), 'samples'], { cwd: folder, encoding: 'utf8' });
    assert.doesNotMatch(result.stdout + result.stderr, stackTrace);
    return result;
  };

  it('says what it does and that review-me.entente is faulty on purpose, shows its findings, and exits 0', () => {
    const result = start();
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /clean samples must have no errors and no warnings/);
    assert.match(result.stdout, /samples\/review-me\.entente is faulty on purpose/);
    assert.match(result.stdout, /^samples\/review-me\.entente:\d+:\d+ error /m);
    assert.match(result.stdout, /npm start succeeded/);
    assert.doesNotMatch(result.stdout, /^samples\/(?!review-me)[^:]+:\d+:\d+ /m);
  });

  it('fails when a clean sample gets a problem, naming it as a regression', () => {
    appendFileSync(join(folder, 'samples/cert-cert-mou.entente'), '\nchannel Stray between EE, Nobody\n');
    const result = start();
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^samples\/cert-cert-mou\.entente:\d+:\d+ error unknown-reference/m);
    assert.match(result.stdout, /npm start FAILED: a clean sample above has errors or warnings\. That is a regression/);
    assert.doesNotMatch(result.stdout, /succeeded/);
  });

  it('fails when review-me.entente no longer shows its errors', () => {
    cpSync(join(samplesDir, 'cert-cert-mou.entente'), join(folder, 'samples/review-me.entente'));
    const result = start();
    assert.equal(result.status, 1);
    assert.match(result.stdout, /npm start FAILED: samples\/review-me\.entente should have errors \(exit status 1\) but entente check exited with 0/);
  });
});
