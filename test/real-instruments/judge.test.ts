/**
 * The judge can fail: a finding nobody expected is reported as unexpected, an expectation the
 * checker does not answer as missed, and a fixed open false positive as fixed (so the harness
 * over the real instruments is not a test that always passes).
 */
import assert from 'node:assert/strict';
import { judge } from './judge';

const header = (lines: string) => `// Real instrument: Test\n// Expected findings (written before running the checker):\n${lines}`;
const mou = 'memorandum "MoU" {\n  status non-binding\n}\n';

describe('the judge of the real instruments', () => {
  it('reports a warning nobody expected, and a firm expectation the checker did not answer', () => {
    const files = { 't.entente': header("//   expect missing-costs on 'nothing here'\n") + mou };
    const { unexpected, missed } = judge(files, 't.entente');
    assert.ok(unexpected.some((f) => f.code === 'missing-duration'), unexpected.map((f) => f.code).join(', '));
    assert.deepEqual(missed.map((e) => e.code), ['missing-costs']);
  });

  it('accepts a debatable finding, and answers a header anchor by the kind keyword', () => {
    const files = { 't.entente': header("//   expect? missing-duration on 'memorandum' — debatable\n") + mou };
    const { unexpected, findings } = judge(files, 't.entente');
    assert.ok(!unexpected.some((f) => f.code === 'missing-duration'));
    assert.equal(findings.find((j) => j.found.code === 'missing-duration')?.expectation?.verdict, 'expect?');
  });

  it('reports an open false positive the checker no longer raises as fixed', () => {
    const files = { 't.entente': header("//   open false positive missing-depositary on 'memorandum' — a known defect\n") + mou };
    assert.deepEqual(judge(files, 't.entente').fixed.map((e) => e.code), ['missing-depositary']);
  });

  it('tolerates a recorded miss while it is missed, still reports it, and reports it fixed once raised', () => {
    const missing = header("//   expect missing-costs on 'nothing here' — r\n//   open miss missing-costs on 'nothing here' — known\n") + mou;
    const open = judge({ 't.entente': missing }, 't.entente');
    assert.deepEqual(open.newlyMissed, []);
    assert.deepEqual(open.missed.map((e) => e.code), ['missing-costs'], 'the report still shows it');
    assert.deepEqual(open.missFixed, []);
    const raised = header("//   expect missing-duration on 'memorandum' — r\n//   open miss missing-duration on 'memorandum' — known\n") + mou;
    assert.deepEqual(judge({ 't.entente': raised }, 't.entente').missFixed.map((e) => e.code), ['missing-duration']);
  });
});
