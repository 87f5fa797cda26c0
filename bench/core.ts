// The core figures at one size, in a process of their own (so one size's heap does not weigh on
// the next): lexing, parsing, full analysis and one keystroke's re-analysis, each interleaved
// with the baseline — JSON.parse of JSON of exactly the source's length — then one keystroke
// while typing steadily (a service that has re-analysed `steadyWarmup` keystrokes first), the
// heap an analysed document retains, and where the time of a full analysis goes (a CPU profile).
//
//   node --expose-gc --import tsx bench/core.ts '{"lines":10000,"minRuns":15,"maxRuns":60,"budgetS":30,"out":"…"}'
//
// bench/run.ts starts it; it writes its figures as JSON to `out`.
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateModel, sizeMatchedJson, toEntente } from './generator';
import { steadyWarmup } from './goals';
import { repoRoot } from './machine';
import { round, summarize, median, type Summary } from './stats';

export interface CoreOptions {
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
  out: string;
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

type Core = {
  lex(text: string): number;
  parse(text: string): { problems: readonly unknown[] };
  createEntenteService(): {
    open(uri: string, text: string, version?: number): void;
    update(uri: string, text: string, version?: number): void;
    diagnostics(uri: string): { code: string }[];
  };
};

const gc = (globalThis as { gc?: () => void }).gc;
const corePath = join(repoRoot, 'bench/results/core.mjs');

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as CoreOptions;
  if (!gc) throw new Error('bench/core.ts needs node --expose-gc');
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
    const initialDiagnostics = initial.length;
    const refusal = initial.find((d) => d.code === 'document-too-large') as { message?: string } | undefined;
    const point = source === text ? at : 10;
    // A keystroke types the character, the next deletes it, on the same service (opened as version 1).
    // Each version is a new string, as an editor's change makes one: reusing two string objects
    // would let V8 flatten each once and then skip the copy every real keystroke pays.
    const typing = (service: ReturnType<Core['createEntenteService']>) => {
      let version = 1;
      return () => {
        version++;
        const typed = version % 2 === 0;
        service.update(uri, source.slice(0, point) + (typed ? 'x' : '') + source.slice(point), version);
        sink += service.diagnostics(uri).length;
      };
    };
    const fns = {
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
    return { fns, steady, initialDiagnostics, refusal };
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
  if (refusal) {
    // Timing a refusal would report the cost of one length check as the cost of an analysis.
    const refused = { lines: text.split('\n').length - 1, characters: text.length, baselineCharacters: json.length, diagnostics, syntaxErrors, refused: refusal.message ?? 'document-too-large' };
    writeFileSync(options.out, JSON.stringify(refused, null, 2));
    return;
  }

  // GC events, to tell how much of each measured interval went to garbage collection.
  const gcEvents: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[]) gcEvents.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });

  const names = ['lex', 'parse', 'full', 'keystroke', 'keystrokeSteady'] as const;
  const samples = Object.fromEntries(
    names.map((n) => [n, { subject: [] as number[], baseline: [] as number[], subjectCpu: [] as number[], baselineCpu: [] as number[], intervals: [] as [number, number][], spentMs: 0 }]),
  );
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
    gc();
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 20));
  };
  /** Runs each figure, each run preceded by a baseline run, in rounds, until each has its count. */
  const measure = async (subjects: Partial<Record<(typeof names)[number], () => unknown>>) => {
    let active = Object.keys(subjects) as (typeof names)[number][];
    for (let round = 0; active.length > 0; round++) {
      // Rotate the order each round, so no figure always follows the same one.
      const order = active.map((_, i) => active[(i + round) % active.length]);
      for (const name of order) {
        const s = samples[name];
        await quiesce();
        const [b0, b1, bCpu] = time(baseline);
        await quiesce();
        const [s0, s1, sCpu] = time(subjects[name]!);
        s.baseline.push(b1 - b0);
        s.subject.push(s1 - s0);
        s.baselineCpu.push(bCpu);
        s.subjectCpu.push(sCpu);
        s.intervals.push([s0, s1]);
        s.spentMs += s1 - b0;
        const n = s.subject.length;
        if (n >= options.maxRuns || (n >= options.minRuns && s.spentMs >= options.budgetS * 1000)) active = active.filter((a) => a !== name);
      }
    }
  };
  await measure(fns);
  // Typing steadily: measured last, on a service of its own that has re-analysed `steadyWarmup`
  // keystrokes, so that its warm-up does not warm the code the figures above time.
  await measure({ keystrokeSteady: steady(steadyWarmup) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  const figures = Object.fromEntries(
    names.map((name) => {
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

  // Retained heap: heap with the analysed documents held, minus heap once they are released,
  // each after several forced collections; the median over several measurements.
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // The documents are analysed in a plain function and held only by `box`: a local of this async
  // function would stay alive in its suspended frame across the awaits below.
  const analyse = (n: number) => {
    const list: ReturnType<Core['createEntenteService']>[] = [];
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

  const result: CoreResult = {
    lines: text.split('\n').length - 1,
    characters: text.length,
    baselineCharacters: json.length,
    diagnostics,
    syntaxErrors,
    figures,
    steadyWarmup,
    heap: {
      retainedMbPerDocument: retained,
      perSourceMb: round(retained.median / (text.length / 1024 / 1024)),
      runs: options.heapRuns,
      documents: options.heapDocuments,
      samplesMb: heapSamples.map((h) => round(h)),
    },
    elapsedS: 0,
  };
  if (options.profile) result.profile = await profileFullAnalysis(() => fns.full());
  result.elapsedS = round((performance.now() - started) / 1000, 1);
  writeFileSync(options.out, JSON.stringify(result, null, 2));
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps every result alive
}

/** One full analysis under the V8 profiler; self time grouped by source module of the bundle. */
async function profileFullAnalysis(fn: () => void): Promise<CoreResult['profile']> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  fn();
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();

  // The bundle marks each module with a `// path` comment line; map bundle lines to modules.
  const bundleLines = readFileSync(corePath, 'utf8').split('\n');
  const marks: [number, string][] = [];
  bundleLines.forEach((line, i) => {
    const m = line.match(/^\/\/ ((?:server\/src|node_modules)\/\S+)$/);
    if (m) marks.push([i, moduleName(m[1])]);
  });
  const moduleAt = (line: number) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = 'bench';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { name: string; module: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = selfTime.get(node.id) ?? 0;
    if (t === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const module = url.endsWith('core.mjs') ? moduleAt(lineNumber) : url === '' ? functionName || '(native)' : url.includes('node:') ? 'node internals' : 'other';
    // Idle time, and the inspector's own `dispatch` (starting and stopping the profiler), are not the core's.
    if (module === '(idle)' || module === '(program)' || (url === '' && functionName === 'dispatch')) continue;
    total += t;
    byModule.set(module, (byModule.get(module) ?? 0) + t);
    const key = `${functionName || '(anonymous)'}@${module}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', module, ms: 0 };
    entry.ms += t;
    byFunction.set(key, entry);
  }
  const top = <T extends { ms: number }>(items: T[], n: number) =>
    items
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((x) => ({ ...x, ms: round(x.ms, 1), share: round(x.ms / total, 3) }));
  return {
    totalMs: round(total, 1),
    byModule: top([...byModule].map(([module, t]) => ({ module, ms: t })), 12),
    topFunctions: top([...byFunction.values()], 12),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** `server/src/language/rules/conflict-prose.ts` → `rules/conflict-prose.ts`; packages by name. */
function moduleName(path: string): string {
  if (path.startsWith('server/src/language/')) return path.slice('server/src/language/'.length);
  const parts = path.split('/');
  return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
}

await main();
