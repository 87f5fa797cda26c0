/**
 * The scaling time(100k) ÷ time(10k), on made-up figures (no timing here): taken only from the
 * rounds that measured both sizes, with the same ratio of the JSON.parse baselines of those rounds
 * beside it; the goal is judged on it; a run made before the sizes were measured in rounds is read
 * as before (the medians of two processes) and says so.
 */
import assert from 'node:assert/strict';
import type { CoreFigure, CoreResult } from '../../bench/core';
import { evaluateGoals, scalingTable } from '../../bench/goals';
import { renderReport } from '../../bench/report';
import type { RunResult } from '../../bench/run';
import { pairScaling, scalingPair, type RoundSample } from '../../bench/scaling';
import type { Summary } from '../../bench/stats';

const summary = (median: number): Summary => ({ n: 5, median, p95: median * 1.1, min: median, max: median * 1.2, iqrRatio: 0.05 });
const load = { at: '2026-12-02T06:00:00.000Z', loadavg: [0.1, 0.1, 0.1] as [number, number, number] };
const sample = (round: number, ms: number, baselineMs: number): RoundSample => ({ round, ms, cpu: ms, baselineMs, baselineCpu: baselineMs });

function figure(median: number): CoreFigure {
  return { subject: summary(median), baseline: summary(median), ratio: 1, subjectCpu: summary(median), baselineCpu: summary(median), cpuRatio: 1, gcShare: 0 };
}

function size(lines: number, lex: number): CoreResult {
  const figures: CoreResult['figures'] = { lex: figure(lex), parse: figure(lex * 20), full: figure(lex * 80), keystroke: figure(lex * 3) };
  return { lines, characters: lines * 63, baselineCharacters: lines * 63, diagnostics: 0, syntaxErrors: 0, figures, heap: { retainedMbPerDocument: summary(lines / 1000), perSourceMb: 20, runs: 2, documents: 1, samplesMb: [1] }, elapsedS: 1 };
}

/** A core section at 10k and 100k whose separate medians say lexing scaled 12.6 (2.46 → 31.0 ms). */
function coreRun(scaling?: RunResult['core'] extends infer C ? (C extends { scaling?: infer S } ? S : never) : never): RunResult {
  const run = {
    kind: 'entente-bench',
    version: 1,
    quick: false,
    sections: ['core'],
    startedAt: '2026-12-02T06:00:00.000Z',
    finishedAt: '2026-12-02T06:15:00.000Z',
    machine: { cpu: 'AMD EPYC', cores: 2, memoryGb: 23.5, os: 'Debian', node: 'v20.20.2', versions: {}, commit: 'abc1234', dirty: false },
    loadBefore: load,
    loadAfter: load,
    content: {},
    core: { sizes: { '10000': size(10_000, 2.46), '100000': size(100_000, 31) }, ...(scaling ? { scaling } : {}), loadBefore: load, loadAfter: load, elapsedS: 100, othersCores: 0.1 },
    goals: [],
  } as unknown as RunResult;
  run.goals = evaluateGoals(run);
  return run;
}

describe('benchmark scaling, 10k against 100k in the same rounds', () => {
  it('pairs the two sizes by round: a round that measured one size only does not count', () => {
    const at10k = [sample(0, 2, 2.1), sample(1, 2.2, 2.2), sample(2, 1.8, 2), sample(3, 9, 9), sample(4, 9, 9)];
    const at100k = [sample(0, 19, 19), sample(1, 21, 20), sample(2, 18, 18.5)];
    const p = pairScaling(at10k, at100k)!;
    assert.equal(p.rounds, 3);
    assert.equal(p.from.median, 2);
    assert.equal(p.to.median, 19);
    assert.equal(p.ratio, 9.5);
    assert.equal(p.cpuRatio, 9.5);
    assert.equal(p.baselineRatio, 9.05); // 19 ÷ 2.1
    assert.equal(pairScaling(at10k, []), undefined);
    // Without CPU times or baselines (a sample of a figure that has none) only the wall-clock ratio is given.
    const bare = pairScaling([{ round: 0, ms: 1 }], [{ round: 0, ms: 10 }])!;
    assert.equal(bare.ratio, 10);
    assert.equal(bare.cpuRatio, undefined);
    assert.equal(bare.baselineRatio, undefined);
  });

  it('takes the scaling row and the goal from the paired rounds, with the baseline beside it', () => {
    // Measured minutes apart lexing scaled 12.6; in the same rounds 9.5, its baseline 9.1.
    const paired = scalingPair(10_000, 100_000, {
      lex: { from: [sample(0, 1.9, 2.1), sample(1, 2, 2.2)], to: [sample(0, 18, 19), sample(1, 19, 20)] },
      parse: { from: [sample(0, 50, 2.1)], to: [sample(0, 500, 19)] },
      full: { from: [sample(0, 200, 2.1)], to: [sample(0, 1800, 19)] },
      keystroke: { from: [sample(0, 7, 2.1)], to: [sample(0, 45, 19)] },
    });
    const run = coreRun(paired);
    const lex = scalingTable(run).find((r) => r.figure === 'core: lexing')!;
    assert.deepEqual([lex.ratio, lex.cpuRatio, lex.baselineRatio, lex.rounds, lex.at10k, lex.at100k], [9.5, 9.5, 9.1, 2, '1.95 ms', '18.5 ms']);
    const goal = run.goals.find((g) => g.goal.startsWith('time(100k)'))!;
    assert.equal(goal.status, 'holds');
    assert.equal(goal.measured, '5 of 5 hold; worst: lexing + parsing + AST 10; above 11: none');
    const report = renderReport(run, undefined);
    assert.match(report, /\| figure \| 10k lines \(median\) \| 100k lines \(median\) \| 100k ÷ 10k \| in CPU time \| JSON\.parse 100k ÷ 10k, same rounds \| in CPU time \| rounds \|/);
    assert.match(report, /\| core: lexing \| 1\.95 ms \| 18\.5 ms \| 9\.5 \| 9\.5 \| 9\.1 \| 9\.1 \| 2 \|/);
    assert.match(report, /\| core: retained heap \| 10 MB \| 100 MB \| 10 \| — \| — \| — \| — \|/);
    assert.match(report, /Both sizes are measured in the same rounds/);
  });

  it('reads a run made before the rounds as before, and says the sizes were measured apart', () => {
    const run = coreRun();
    const lex = scalingTable(run).find((r) => r.figure === 'core: lexing')!;
    assert.deepEqual([lex.ratio, lex.baselineRatio, lex.rounds], [12.6, undefined, undefined]);
    const goal = run.goals.find((g) => g.goal.startsWith('time(100k)'))!;
    assert.equal(goal.status, 'misses');
    const report = renderReport(run, undefined);
    assert.match(report, /\| core: lexing \| 2\.46 ms \| 31\.0 ms \| 12\.6 ⚠ \| 12\.6 ⚠ \| — \| — \| — \|/);
    assert.match(report, /measured minutes apart, in separate processes/);
  });
});
