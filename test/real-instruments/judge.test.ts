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

  // Rounds 45–46: engineers who judge a reviewer's "wrong" right, with reasons, had only `expect?`
  // (which hides the reviewer's verdict) or `open false positive` (which counts a defect they do not see).
  it('keeps a disputed finding, with the reviewer’s and the engineers’ reasons read over its indented lines', () => {
    const files = {
      't.entente': header("//   disputed missing-duration on 'memorandum' — reviewer: wrong at warning, the text\n//     needs no term; engineers: true of the text, kept as on every\n//     concluded text\n// Not a reason line.\n") + mou,
    };
    const judged = judge(files, 't.entente');
    assert.ok(!judged.unexpected.some((f) => f.code === 'missing-duration'));
    const expectation = judged.findings.find((j) => j.found.code === 'missing-duration')?.expectation;
    assert.equal(expectation?.verdict, 'disputed');
    assert.deepEqual(expectation?.dispute, { reviewer: 'wrong at warning, the text needs no term', engineers: 'true of the text, kept as on every concluded text' });
    assert.deepEqual(judged.disputeUnreasoned, []);
    assert.deepEqual(judged.disputeGone, []);
  });

  it('near misses: a dispute without one of its reasons, and one whose finding is gone, are reported', () => {
    for (const line of ["//   disputed missing-duration on 'memorandum' — reviewer: wrong\n", "//   disputed missing-duration on 'memorandum' — engineers: right\n", "//   disputed missing-duration on 'memorandum' — reviewer: ; engineers: right\n", "//   disputed missing-duration on 'memorandum' — wrong, but right\n"]) {
      assert.deepEqual(judge({ 't.entente': header(line) + mou }, 't.entente').disputeUnreasoned.map((e) => e.code), ['missing-duration'], line);
    }
    const gone = header("//   disputed missing-costs on 'nothing here' — reviewer: wrong; engineers: right\n") + mou;
    assert.deepEqual(judge({ 't.entente': gone }, 't.entente').disputeGone.map((e) => e.code), ['missing-costs']);
  });

  it('an expect still wins over a dispute on the same finding, and a dispute over an expect?', () => {
    const both = header("//   expect? missing-duration on 'memorandum' — r\n//   disputed missing-duration on 'memorandum' — reviewer: w; engineers: r\n//   expect missing-duration on 'memorandum' — r\n") + mou;
    assert.equal(judge({ 't.entente': both }, 't.entente').findings.find((j) => j.found.code === 'missing-duration')?.expectation?.verdict, 'expect');
    const disputedOverDebatable = header("//   expect? missing-duration on 'memorandum' — r\n//   disputed missing-duration on 'memorandum' — reviewer: w; engineers: r\n") + mou;
    assert.equal(judge({ 't.entente': disputedOverDebatable }, 't.entente').findings.find((j) => j.found.code === 'missing-duration')?.expectation?.verdict, 'disputed');
  });
});
