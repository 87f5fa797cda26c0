/**
 * What the benchmark's report says about a run, on made-up figures (no timing here): a size the
 * document limit refused is named and its goals are "not measured" with the reason, never
 * figures; a run on a loaded machine says so first; the figures that moved more than 10% since
 * the previous run are named; the workspace goal is judged on the worse of its two moments.
 */
import assert from 'node:assert/strict';
import type { CoreFigure, CoreResult } from '../../bench/core';
import { evaluateGoals } from '../../bench/goals';
import { renderReport } from '../../bench/report';
import type { RunResult } from '../../bench/run';
import type { Summary } from '../../bench/stats';
import type { WorkspaceSide } from '../../bench/workspace';

const summary = (median: number): Summary => ({ n: 5, median, p95: median * 1.1, min: median, max: median * 1.2, iqrRatio: 0.05 });
const load = { at: '2026-12-02T06:00:00.000Z', loadavg: [0.1, 0.1, 0.1] as [number, number, number] };

function side(files: number, atStartup: number, afterIndexing: number): WorkspaceSide {
  return { files, lines: files * 100, openAtStartup: summary(atStartup), openAfterIndexing: summary(afterIndexing), referencesAfterEdit: summary(10), peakRssMb: 80, indexedBeforeFirstDiagnostics: 0, failures: [] };
}

/** A run with only the workspace measured and the 100k instrument refused by the document limit. */
function run({ othersCores = 0.1, afterIndexing = 1540 } = {}): RunResult {
  const result = {
    kind: 'entente-bench',
    version: 1,
    quick: false,
    sections: ['core', 'server', 'workspace'],
    startedAt: '2026-12-02T06:00:00.000Z',
    finishedAt: '2026-12-02T06:15:00.000Z',
    machine: { cpu: 'AMD EPYC', cores: 2, memoryGb: 23.5, os: 'Debian', node: 'v20.20.2', versions: {}, commit: 'abc1234', dirty: false },
    loadBefore: load,
    loadAfter: load,
    content: {
      '100000': { lines: 99_955, characters: 6_297_623, yamlLines: 1, yamlCharacters: 1, jsonCharacters: 1, entities: {}, refusedByLimit: true },
    },
    documentLimit: 4 * 1024 * 1024,
    refused: [{ lines: 100_000, characters: 6_297_623, limit: 4 * 1024 * 1024, how: 'length' }],
    workspace: { opened: 'instruments/mou-001.entente', large: side(200, 975, afterIndexing), small: side(2, 883, 226), loadBefore: load, loadAfter: load, elapsedS: 40, othersCores },
    goals: [],
  } as unknown as RunResult;
  result.goals = evaluateGoals(result);
  return result;
}

/** A core figure with made-up times: `median` ms, `ratio`× the baseline. */
function coreFigure(median: number, ratio: number): CoreFigure {
  return { subject: summary(median), baseline: summary(median / ratio), ratio, subjectCpu: summary(median), baselineCpu: summary(median / ratio), cpuRatio: ratio, gcShare: 0 };
}

/** The core section at 10k lines, with or without the "typing steadily" figure (runs made before it existed lack it). */
function withCore(result: RunResult, steady: boolean): RunResult {
  const figures: CoreResult['figures'] = { lex: coreFigure(2.6, 1), parse: coreFigure(140, 52), full: coreFigure(470, 171), keystroke: coreFigure(24, 8) };
  if (steady) figures.keystrokeSteady = coreFigure(5.4, 2.1);
  const at10k = { lines: 10_004, characters: 626_791, baselineCharacters: 626_791, diagnostics: 0, syntaxErrors: 0, figures, heap: { retainedMbPerDocument: summary(12), perSourceMb: 20, runs: 5, documents: 3, samplesMb: [12] }, elapsedS: 100 } as CoreResult;
  const core = { sizes: { '10000': at10k }, loadBefore: load, loadAfter: load, elapsedS: 100, othersCores: 0.1 };
  const run = { ...result, core } as RunResult;
  run.goals = evaluateGoals(run);
  return run;
}

describe('benchmark report', () => {
  it('says a refused size was not measured, and why, instead of reporting figures for it', () => {
    const r = run();
    const at100k = r.goals.filter((g) => g.goal.includes('100k'));
    assert.equal(at100k.length, 4);
    for (const goal of at100k) {
      assert.equal(goal.status, 'not measured', goal.goal);
      assert.match(goal.measured, /99,955-line|100,000-line/);
      assert.match(goal.measured, /6\.01 Mi characters, above Entente's document limit of 4 Mi/);
    }
    // A goal at 10k is not given the 100k reason.
    assert.equal(r.goals.find((g) => g.goal.startsWith('completion p95'))?.measured, '—');
    const report = renderReport(r, undefined);
    assert.match(report, /\*\*The 100,000-line instrument was not measured\*\*/);
    assert.match(report, /\| 100000 \| 99955 \| 6,297,623 \| no \(limit 4,194,304\): refused \|/);
    assert.doesNotMatch(report, /### 100,000 lines/);
  });

  it('judges the workspace goal on the worse of start-up and after indexing', () => {
    const slow = run().goals.find((g) => g.goal.startsWith('opening a file'))!;
    assert.equal(slow.status, 'misses');
    assert.equal(slow.missesBy, 5.7); // 1540 ÷ 226 = 6.8×, against 1.2×
    assert.match(slow.measured, /at start-up: 975 ms vs 883 ms = 1\.10×; after indexing: 1\.54 s vs 226 ms = 6\.81×/);
    const fine = run({ afterIndexing: 250 }).goals.find((g) => g.goal.startsWith('opening a file'))!;
    assert.equal(fine.status, 'holds'); // 1.10× and 1.11×
  });

  it('says first when the machine was loaded, and not when it was quiet', () => {
    assert.match(renderReport(run({ othersCores: 1.6 }), undefined), /^# Benchmark results\n\n.*\n\n\*\*Written on a loaded machine\*\*: other processes kept 1\.6 cores \(workspace\)/);
    assert.doesNotMatch(renderReport(run(), undefined), /loaded machine/);
  });

  it('names the figures that moved more than 10% since the previous run', () => {
    const previous = run();
    const current = run({ afterIndexing: 1800 });
    const report = renderReport(current, previous);
    assert.match(report, /Did not agree within 10% \(1 of 4\): workspace: open after indexing, 200 files \(median\) \+17%\./);
    assert.match(renderReport(previous, run()), /Every figure agrees within 10% with the previous run\./);
  });
  it('reports a keystroke while typing steadily beside the keystroke the goal is judged on, never in its place', () => {
    const r = withCore(run(), true);
    const goal = r.goals.find((g) => g.goal.startsWith("a keystroke's re-analysis"))!;
    // Judged on the keystroke of a service that has seen few edits (8×), not the steady one (2.1×).
    assert.equal(goal.status, 'misses');
    assert.equal(goal.missesBy, 4);
    assert.equal(goal.cpu?.value, 8);
    assert.match(goal.measured, /^8\.00× \(24\.0 ms\); in CPU time 8\.00× \(24\.0 ms\); steady typing: 2\.10× \(5\.40 ms\); in CPU time 2\.10× \(5\.40 ms\)$/);
    const report = renderReport(r, undefined);
    assert.match(report, /\| one keystroke \(update \+ diagnostics\) \| 24\.0 ms \|/);
    assert.match(report, /\| a keystroke while typing steadily \(after 200 warm-up keystrokes\) \| 5\.40 ms \| [^|]+ \| 5 \| 5% \| 2\.10× \|/);
    assert.match(report, /"while typing steadily" does the same on a service of its own that first re-analysed 200 such keystrokes/);
  });

  it('reads a run made before the steady figure existed: the keystroke goal as before, no steady row', () => {
    const r = withCore(run(), false);
    const goal = r.goals.find((g) => g.goal.startsWith("a keystroke's re-analysis"))!;
    assert.equal(goal.measured, '8.00× (24.0 ms); in CPU time 8.00× (24.0 ms)');
    const report = renderReport(r, withCore(run(), true));
    assert.match(report, /\| one keystroke \(update \+ diagnostics\) \| 24\.0 ms \|/);
    assert.doesNotMatch(report, /\| a keystroke while typing steadily/);
  });
});
