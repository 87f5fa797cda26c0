// One size of the core figures, in a process of its own (bench/core.ts starts one per size and
// drives them in rounds over IPC): the size's text, the JSON.parse baseline as long as it, the
// services the keystroke figures type into, and its samples. A process per size, as before the
// rounds: one size's heap does not weigh on the other's collections, and each size's figures are
// taken on the main thread of a process of its own, as they always were (the goals are judged on
// the 10k ones), while both sizes run on the same machine at the same moments.
//
// Messages (one at a time, each answered once): `run` times one figure once (GC and a pause,
// the baseline, GC and a pause, the figure; then, when sizes take turns, GC and a pause again, so
// that the process has nothing left to collect while the other size runs), `steady` warms the
// steady-typing service, `finish` summarises the figures, measures the retained heap and (if
// asked) profiles.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CoreFigure, CoreResult, CoreSizeOptions } from './core';
import { profileFullAnalysis } from './core-profile';
import { generateModel, sizeMatchedJson, toEntente } from './generator';
import { steadyWarmup } from './goals';
import { round, summarize, median } from './stats';

export type FigureName = 'lex' | 'parse' | 'full' | 'keystroke' | 'keystrokeSteady';
/** `run`'s `tidy`: collect the run's garbage after it (when another size's runs come next). */
export type SizeRequest = { kind: 'run'; figure: FigureName; tidy: boolean } | { kind: 'steady' } | { kind: 'finish' };
/** The answer to `run`: wall and CPU ms of the figure and of its baseline; `spentMs` from the baseline's start to the figure's end. */
export interface RunAnswer {
  ms: number;
  cpu: number;
  baselineMs: number;
  baselineCpu: number;
  spentMs: number;
}
/** Sent once the size is ready to be timed (or refused). */
export interface Ready {
  kind: 'ready';
  refused?: CoreResult;
}

type Core = {
  lex(text: string): number;
  parse(text: string): { problems: readonly unknown[] };
  createEntenteService(): {
    open(uri: string, text: string, version?: number): void;
    update(uri: string, text: string, version?: number): void;
    diagnostics(uri: string): { code: string }[];
  };
};
type Service = ReturnType<Core['createEntenteService']>;

const gc = (globalThis as { gc?: () => void }).gc;
const { options, corePath } = JSON.parse(process.argv[2]) as { options: CoreSizeOptions; corePath: string };
const send = (message: unknown) => process.send!(message);

async function main(): Promise<void> {
  if (!gc || !process.send) throw new Error('bench/core-size.ts runs under bench/core.ts, with --expose-gc');
  const core = (await import(pathToFileURL(corePath).href)) as Core;
  const started = performance.now();
  const model = generateModel({ lines: options.lines });
  const text = toEntente(model);
  const json = sizeMatchedJson(model, text.length);
  const uri = 'file:///bench/convention.entente';

  // Where a keystroke lands: inside the prose of the clause in the middle of the document.
  const at = text.indexOf('"""\n  ', text.indexOf('\nclause ', Math.floor(text.length / 2))) + 6;

  const warm = toEntente(generateModel({ lines: 1000 }));
  const warmJson = sizeMatchedJson(generateModel({ lines: 1000 }), warm.length);
  let sink = 0;
  const subjects = (source: string) => {
    const keystrokeService = core.createEntenteService();
    keystrokeService.open(uri, source, 1);
    const initial = keystrokeService.diagnostics(uri);
    const refusal = initial.find((d) => d.code === 'document-too-large') as { message?: string } | undefined;
    const point = source === text ? at : 10;
    // A keystroke types the character, the next deletes it, on the same service (opened as version 1).
    // Each version is a new string, as an editor's change makes one: reusing two string objects
    // would let V8 flatten each once and then skip the copy every real keystroke pays.
    const typing = (service: Service) => {
      let version = 1;
      return () => {
        version++;
        const typed = version % 2 === 0;
        service.update(uri, source.slice(0, point) + (typed ? 'x' : '') + source.slice(point), version);
        sink += service.diagnostics(uri).length;
      };
    };
    const fns: Partial<Record<FigureName, () => unknown>> = {
      lex: () => (sink += core.lex(source)),
      parse: () => (sink += core.parse(source).problems.length),
      full: () => {
        const service = core.createEntenteService();
        service.open(uri, source);
        sink += service.diagnostics(uri).length;
      },
      keystroke: typing(keystrokeService),
    };
    /** A service of its own that has re-analysed `warmup` keystrokes: its next one is typing steadily. */
    const steady = (warmup: number) => {
      const service = core.createEntenteService();
      service.open(uri, source, 1);
      sink += service.diagnostics(uri).length;
      const keystroke = typing(service);
      for (let i = 0; i < warmup; i++) keystroke();
      return keystroke;
    };
    return { fns, steady, initialDiagnostics: initial.length, refusal };
  };

  // Warm the JIT on a small instrument, so the first measured run is not an outlier.
  {
    const small = subjects(warm).fns;
    for (let i = 0; i < 5; i++) {
      sink += JSON.parse(warmJson).length;
      for (const fn of Object.values(small)) fn();
    }
  }

  const syntaxErrors = core.parse(text).problems.length;
  const { fns, steady, initialDiagnostics: diagnostics, refusal } = subjects(text);
  const lines = text.split('\n').length - 1;
  if (refusal) {
    // Timing a refusal would report the cost of one length check as the cost of an analysis.
    const refused = { lines, characters: text.length, baselineCharacters: json.length, diagnostics, syntaxErrors, refused: refusal.message ?? 'document-too-large' } as CoreResult;
    send({ kind: 'ready', refused } satisfies Ready);
    return;
  }

  // GC events, to tell how much of each measured interval went to garbage collection.
  const gcEvents: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[]) gcEvents.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });

  const names: FigureName[] = ['lex', 'parse', 'full', 'keystroke', 'keystrokeSteady'];
  const samples = Object.fromEntries(names.map((n) => [n, { subject: [] as number[], baseline: [] as number[], subjectCpu: [] as number[], baselineCpu: [] as number[], intervals: [] as [number, number][] }]));
  /** [start, end, CPU ms] of one call. */
  const time = (fn: () => unknown): [number, number, number] => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    return [start, end, (used.user + used.system) / 1000];
  };
  const baseline = () => (sink += JSON.parse(json).length);
  // A forced GC leaves V8's helper threads sweeping for a while; their CPU time counts in
  // process.cpuUsage and they compete for the 2 cores, so a run started at once measures part of
  // the previous run's garbage. Measured on the 10k baseline after a 50 MB allocation: CPU time
  // median 4.1 ms, p90 10.2 ms when started right after gc(); 3.3 ms and 3.6 ms after 20 ms more.
  const quiesce = async () => {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 20));
  };
  const run = async (figure: FigureName, tidy: boolean): Promise<RunAnswer> => {
    const s = samples[figure];
    await quiesce();
    const [b0, b1, bCpu] = time(baseline);
    await quiesce();
    const [s0, s1, sCpu] = time(fns[figure]!);
    s.baseline.push(b1 - b0);
    s.subject.push(s1 - s0);
    s.baselineCpu.push(bCpu);
    s.subjectCpu.push(sCpu);
    s.intervals.push([s0, s1]);
    // Collect the figure's garbage now: left for later, V8 could collect it (incremental marking,
    // its helper threads) while the other size's runs are timed.
    if (tidy) await quiesce();
    return { ms: s1 - s0, cpu: sCpu, baselineMs: b1 - b0, baselineCpu: bCpu, spentMs: s1 - b0 };
  };

  const finish = async (): Promise<CoreResult> => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const measured = names.filter((name) => samples[name].subject.length > 0);
    const figures = Object.fromEntries(
      measured.map((name) => {
        const s = samples[name];
        const ratios = s.subject.map((t, i) => t / s.baseline[i]);
        const total = s.intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
        const inGc = s.intervals.reduce((sum, [a, b]) => sum + gcEvents.reduce((g, e) => g + Math.max(0, Math.min(b, e.end) - Math.max(a, e.start)), 0), 0);
        const cpuRatios = s.subjectCpu.map((t, i) => t / Math.max(s.baselineCpu[i], 0.001));
        return [
          name,
          {
            subject: summarize(s.subject),
            baseline: summarize(s.baseline),
            ratio: round(median(ratios)),
            subjectCpu: summarize(s.subjectCpu),
            baselineCpu: summarize(s.baselineCpu),
            cpuRatio: round(median(cpuRatios)),
            gcShare: round(inGc / total, 3),
          } satisfies CoreFigure,
        ];
      }),
    ) as CoreResult['figures'];
    const heap = await retainedHeap();
    const result: CoreResult = { lines, characters: text.length, baselineCharacters: json.length, diagnostics, syntaxErrors, figures, steadyWarmup, heap, elapsedS: 0 };
    if (options.profile) result.profile = await profileFullAnalysis(() => fns.full!(), readFileSync(corePath, 'utf8'));
    result.elapsedS = round((performance.now() - started) / 1000, 1);
    return result;
  };

  // Retained heap: heap with the analysed documents held, minus heap once they are released,
  // each after several forced collections; the median over several measurements.
  const retainedHeap = async (): Promise<CoreResult['heap']> => {
    const settle = async () => {
      for (let i = 0; i < 4; i++) {
        gc!();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    // The documents are analysed in a plain function and held only by `box`: a local of this async
    // function would stay alive in its suspended frame across the awaits below.
    const analyse = (n: number) => {
      const list: Service[] = [];
      for (let d = 0; d < n; d++) {
        const service = core.createEntenteService();
        service.open(`${uri}.${d}`, text);
        sink += service.diagnostics(`${uri}.${d}`).length;
        list.push(service);
      }
      return list;
    };
    const heapSamples: number[] = [];
    const box: { held?: ReturnType<typeof analyse> } = {};
    for (let k = 0; k < options.heapRuns; k++) {
      box.held = analyse(options.heapDocuments);
      await settle();
      const withDocuments = process.memoryUsage().heapUsed;
      box.held = undefined;
      await settle();
      const without = process.memoryUsage().heapUsed;
      heapSamples.push((withDocuments - without) / options.heapDocuments / 1024 / 1024);
    }
    const retained = summarize(heapSamples);
    return {
      retainedMbPerDocument: retained,
      perSourceMb: round(retained.median / (text.length / 1024 / 1024)),
      runs: options.heapRuns,
      documents: options.heapDocuments,
      samplesMb: heapSamples.map((h) => round(h)),
    };
  };

  process.on('message', (request: SizeRequest) => {
    const answer = async (): Promise<unknown> => {
      if (request.kind === 'run') return run(request.figure, request.tidy);
      if (request.kind === 'steady') {
        // Typing steadily: on a service of its own that has re-analysed `steadyWarmup` keystrokes,
        // made after the other figures, so that its warm-up does not warm the code they time.
        fns.keystrokeSteady = steady(steadyWarmup);
        await quiesce();
        return 'ready';
      }
      const result = await finish();
      if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps every result alive
      return result;
    };
    answer().then(
      (value) => send(value),
      (error: unknown) => send({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  send({ kind: 'ready' } satisfies Ready);
}

process.on('disconnect', () => process.exit(0));
await main();
