// The core figures of one or more sizes, in one process: lexing, parsing, full analysis and one
// keystroke's re-analysis, each run preceded by the baseline — JSON.parse of JSON of exactly the
// source's length — then one keystroke while typing steadily (a service that has re-analysed
// `steadyWarmup` keystrokes first), the heap an analysed document retains, and where the time of
// a full analysis goes (a CPU profile). Each size runs in a process of its own
// (bench/core-size.ts: its own heap, so one size's heap does not weigh on the other's), and this
// process makes them take turns run by run, in rounds (10k, 100k; then 100k, 10k; …): the
// scaling time(100k) ÷ time(10k) is taken from the runs of the same rounds (bench/scaling.ts), so
// both sizes are measured on the same machine at the same moments.
//
//   node --expose-gc --import tsx bench/core.ts '{"sizes":[{"lines":10000,"minRuns":15,"maxRuns":60,"budgetS":30,…}],"out":"…"}'
//
// bench/run.ts starts it; it writes its figures as JSON to `out`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fork, type ChildProcess } from 'node:child_process';
import type { FigureName, Ready, RunAnswer, SizeRequest } from './core-size';
import { repoRoot } from './machine';
import { scalingPair, type RoundSample, type ScalingPair } from './scaling';
import { round, type Summary } from './stats';

/** The plan of one size. */
export interface CoreSizeOptions {
  lines: number;
  /** Runs per figure: at least minRuns, at most maxRuns, and no more once budgetS is spent. */
  minRuns: number;
  maxRuns: number;
  budgetS: number;
  /** Heap measurements (each analyses `heapDocuments` documents from scratch). */
  heapRuns: number;
  heapDocuments: number;
  profile: boolean;
  /** Milliseconds to wait after the forced GC before each timed run (background sweeping ends). */
  settleMs?: number;
}

/** The sizes measured together, in rounds; the file the results go to. */
export interface CoreOptions {
  sizes: CoreSizeOptions[];
  out: string;
}

/** What the process writes: each size's figures, and the scaling between two sizes measured together. */
export interface CoreProcessResult {
  sizes: Record<string, CoreResult>;
  scaling?: ScalingPair;
  elapsedS: number;
}

export interface CoreFigure {
  /** Times of the subject, ms. */
  subject: Summary;
  /** Times of the baseline runs that preceded each subject run, ms. */
  baseline: Summary;
  /** Median of the per-pair ratios subject ÷ preceding baseline. */
  ratio: number;
  /**
   * The same in CPU time of this process (process.cpuUsage, all its threads): what the work
   * cost, whatever else the machine ran meanwhile; an estimate of the quiet machine's figures.
   */
  subjectCpu: Summary;
  baselineCpu: Summary;
  cpuRatio: number;
  /** Share of the subject's time spent in garbage collection (from V8's gc events). */
  gcShare: number;
}

export interface CoreResult {
  lines: number;
  characters: number;
  baselineCharacters: number;
  diagnostics: number;
  syntaxErrors: number;
  /** Set when the core refused the document (`document-too-large`): nothing else is measured. */
  refused?: string;
  /**
   * `keystroke`: a keystroke on a service that has seen few edits (those of its own runs), in a
   * process that has run only the other figures: much of it is V8 still compiling the
   * incremental paths. `keystrokeSteady`: a keystroke while typing steadily, on a service that
   * first re-analysed `steadyWarmup` keystrokes; measured after the others, so that its warm-up
   * does not warm theirs. Absent from runs made before it existed.
   */
  figures: Record<'lex' | 'parse' | 'full' | 'keystroke', CoreFigure> & { keystrokeSteady?: CoreFigure };
  /** Keystrokes re-analysed on the steady figure's service before its first timed one. */
  steadyWarmup?: number;
  heap: { retainedMbPerDocument: Summary; perSourceMb: number; runs: number; documents: number; samplesMb: number[] };
  profile?: { totalMs: number; byModule: { module: string; ms: number; share: number }[]; topFunctions: { name: string; module: string; ms: number; share: number }[] };
  elapsedS: number;
}


const corePath = join(repoRoot, 'bench/results/core.mjs');

/** A size's process: one request at a time, each answered by one message. */
class SizeProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<Ready>;
  constructor(readonly options: CoreSizeOptions) {
    this.child = fork(join(repoRoot, 'bench/core-size.ts'), [JSON.stringify({ options, corePath })], { cwd: repoRoot, execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = this.next<Ready>();
  }
  next<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench/core-size.ts at ${this.options.lines} lines exited with ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (message: T & { kind?: string; message?: string }) => {
        this.child.off('exit', onExit);
        if (message?.kind === 'error') reject(new Error(`bench/core-size.ts at ${this.options.lines} lines: ${message.message}`));
        else resolve(message);
      });
    });
  }
  ask<T>(request: SizeRequest): Promise<T> {
    const answer = this.next<T>();
    this.child.send(request);
    return answer;
  }
  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as CoreOptions;
  const started = performance.now();
  const workers = options.sizes.map((size) => new SizeProcess(size));
  const out: CoreProcessResult = { sizes: {}, elapsedS: 0 };
  // Content and warm-up of every size first (not timed); a size the core refuses is not measured.
  const measured: SizeProcess[] = [];
  for (const w of workers) {
    const ready = await w.ready;
    if (ready.refused) {
      out.sizes[w.options.lines] = ready.refused;
      w.stop();
    } else measured.push(w);
  }

  const samples = new Map<SizeProcess, Record<string, RoundSample[]>>(measured.map((w) => [w, {}]));
  /**
   * Runs each figure at each size in rounds until each has its count: in a round every figure
   * still running is timed once at every size that still needs it, the sizes one after the other
   * (in turns: the first size first in even rounds, last in odd ones).
   */
  const measure = async (figures: FigureName[]) => {
    const spent = new Map<string, number>();
    const key = (w: SizeProcess, figure: FigureName) => `${w.options.lines}:${figure}`;
    const done = (w: SizeProcess, figure: FigureName) => {
      const n = samples.get(w)![figure]?.length ?? 0;
      return n >= w.options.maxRuns || (n >= w.options.minRuns && (spent.get(key(w, figure)) ?? 0) >= w.options.budgetS * 1000);
    };
    for (let r = 0; ; r++) {
      const active = figures.filter((f) => measured.some((w) => !done(w, f)));
      if (active.length === 0) break;
      // Rotate the order each round, so no figure always follows the same one.
      const order = active.map((_, i) => active[(i + r) % active.length]);
      const sizes = r % 2 === 0 ? measured : [...measured].reverse();
      for (const figure of order) {
        for (const w of sizes) {
          if (done(w, figure)) continue;
          const a = await w.ask<RunAnswer>({ kind: 'run', figure, tidy: measured.length > 1 });
          (samples.get(w)![figure] ??= []).push({ round: r, ms: a.ms, cpu: a.cpu, baselineMs: a.baselineMs, baselineCpu: a.baselineCpu });
          spent.set(key(w, figure), (spent.get(key(w, figure)) ?? 0) + a.spentMs);
        }
      }
    }
  };
  await measure(['lex', 'parse', 'full', 'keystroke']);
  // Typing steadily: measured last, on services of their own that have re-analysed `steadyWarmup`
  // keystrokes (one size after the other), so that their warm-up does not warm the code above.
  for (const w of measured) await w.ask({ kind: 'steady' });
  await measure(['keystrokeSteady']);

  // Heap and profile, one size after the other.
  for (const w of measured) {
    out.sizes[w.options.lines] = await w.ask<CoreResult>({ kind: 'finish' });
    w.stop();
  }
  if (measured.length === 2) {
    const [a, b] = measured.map((w) => samples.get(w)!);
    out.scaling = scalingPair(measured[0].options.lines, measured[1].options.lines, Object.fromEntries(Object.keys(a).map((f) => [f, { from: a[f], to: b[f] ?? [] }])));
  }
  out.elapsedS = round((performance.now() - started) / 1000, 1);
  writeFileSync(options.out, JSON.stringify(out, null, 2));
}

await main();
