// `npm run bench`: the whole benchmark of issue 11 item 5. Builds the bundles, generates and
// checks the content, measures the core, the server against yaml-language-server and the
// workspace, and writes bench/results/run-*.json and bench/RESULTS.md. Never fails on timing
// unless asked to (`--gate`).
//
//   npm run bench                         everything (at most 20 minutes on the quiet 2-core machine)
//   npm run bench -- --quick              a short smoke run (small sizes, few samples)
//   npm run bench -- --only core          one section: core, server or workspace (comma-separated)
//   npm run bench -- --gate               exit 1 when one of issue 11's goals misses
//   npm run bench -- --report             rewrite the report from bench/results/latest.json
//   npm run bench -- --long [options]     issue 12's random-edit property run (bench/long-run.ts)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Ajv from 'ajv';
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';
import type { CoreOptions, CoreProcessResult, CoreResult } from './core';
import { countEntities, generateModel, sizeMatchedJson, toEntente, toJson, toYaml, type Model } from './generator';
import { cpuSnapshot, load, machine, othersCores, repoRoot, type Load, type Machine } from './machine';
import { plans } from './plans';
import { evaluateGoals, writeReport, type Goal } from './report';
import { runServers, writeServerContent, type ServerSizeResult } from './server';
import type { ScalingPair } from './scaling';
import { round } from './stats';
import { runWorkspace, type WorkspaceResult } from './workspace';

export type Section = 'core' | 'server' | 'workspace';
const allSections: Section[] = ['core', 'server', 'workspace'];

export interface SectionMeta {
  loadBefore: Load;
  loadAfter: Load;
  /** Cores kept busy by other processes on average during the section. */
  othersCores?: number;
  elapsedS: number;
}

export interface RunResult {
  kind: 'entente-bench';
  version: 1;
  quick: boolean;
  sections: Section[];
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  loadBefore: Load;
  loadAfter: Load;
  content: Record<string, { lines: number; characters: number; yamlLines: number; yamlCharacters: number; jsonCharacters: number; entities: Record<string, number>; diagnostics?: number; refusedByLimit?: boolean }>;
  /** The core's document limit (util/limits.ts, as built), in UTF-16 characters. */
  documentLimit?: number;
  /** Sizes Entente refused to analyse (one `document-too-large` error): not measured, and said so. */
  refused?: Refusal[];
  /** `scaling`: time(100k) ÷ time(10k) of each figure from the rounds that measured both (absent from older runs). */
  core?: SectionMeta & { sizes: Record<string, CoreResult>; scaling?: ScalingPair };
  /** `scaling`: as the core's, for Entente's figures (absent from older runs). */
  server?: SectionMeta & { sizes: Record<string, ServerSizeResult>; scaling?: ScalingPair };
  workspace?: SectionMeta & WorkspaceResult;
  goals: Goal[];
}

export interface Refusal {
  lines: number;
  characters: number;
  limit: number;
  /** How it was found: the text is longer than the limit, or the core answered `document-too-large`. */
  how: 'length' | 'diagnostic';
}

const resultsDir = join(repoRoot, 'bench/results');
const contentDir = join(resultsDir, 'content');
const schemaPath = join(repoRoot, 'bench/instrument.schema.json');

function parseArgs(argv: string[]) {
  const args = { quick: false, gate: false, build: true, report: false, only: allSections as Section[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--gate') args.gate = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--report') args.report = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a.includes('=') ? a.slice('--only='.length) : argv[++i];
      const wanted = (value ?? '').split(',').filter(Boolean);
      const unknown = wanted.filter((w) => !allSections.includes(w as Section));
      if (wanted.length === 0 || unknown.length > 0) usage(`--only takes core, server or workspace (comma-separated), not ${value}`);
      args.only = wanted as Section[];
    } else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  return args;
}

function usage(problem?: string): never {
  if (problem) console.error(`bench: ${problem}`);
  console.error('usage: npm run bench [-- [--quick] [--only core|server|workspace] [--gate] [--no-build] | --report]');
  process.exit(problem ? 2 : 0);
}

type CoreModule = { parse(text: string): { ast: Record<string, unknown[]>; problems: readonly { message: string; range: { start: { line: number } } }[] }; maxDocumentLength: number };

async function buildBundles(build: boolean, log: (line: string) => void): Promise<CoreModule> {
  if (build) {
    log('building dist/ (scripts/build.mjs) and the core bundle');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  }
  await esbuild.build({
    entryPoints: [join(repoRoot, 'bench/core-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // As scripts/build.mjs builds the server: \p{…} literals kept as literals.
    supported: { 'regexp-unicode-property-escapes': true },
    outfile: join(resultsDir, 'core.mjs'),
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(join(resultsDir, 'core.mjs')).href)) as CoreModule;
}

/**
 * The content of one size, checked before anything is timed: the Entente text parses with no
 * syntax error and holds the model's entities; the JSON and the YAML validate against the
 * schema and the YAML reads back as the JSON.
 */
function prepareContent(lines: number, core: CoreModule, validate: (data: unknown) => boolean, errors: () => string) {
  const model = generateModel({ lines });
  const entente = toEntente(model);
  const yaml = toYaml(model);
  const json = toJson(model);
  const parsed = core.parse(entente);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 5).map((p) => `  line ${p.range.start.line + 1}: ${p.message}`);
    throw new Error(`the generated ${lines}-line instrument has ${parsed.problems.length} syntax errors:\n${shown.join('\n')}`);
  }
  const expected = countEntities(model);
  const found: Record<string, number> = {};
  for (const key of Object.keys(expected)) found[key] = (parsed.ast[key] as unknown[] | undefined)?.length ?? 0;
  if (!isDeepStrictEqual(found, expected)) throw new Error(`the ${lines}-line instrument parses to other entities than its model: ${JSON.stringify({ expected, found })}`);
  const data = JSON.parse(json) as Record<string, unknown>;
  if (!validate(data)) throw new Error(`the ${lines}-line JSON does not validate against the schema: ${errors()}`);
  const fromYaml = parseYaml(yaml) as unknown;
  if (!validate(fromYaml)) throw new Error(`the ${lines}-line YAML does not validate against the schema: ${errors()}`);
  const { $schema: _schema, ...content } = data;
  if (!isDeepStrictEqual(fromYaml, content)) throw new Error(`the ${lines}-line YAML does not read back as the JSON`);
  return { model, entente, yaml, json, entities: expected, refused: entente.length > core.maxDocumentLength };
}

function runCoreChild(options: CoreOptions): Promise<CoreProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(repoRoot, 'bench/core.ts'), JSON.stringify(options)], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench/core.ts for ${options.sizes.map((s) => s.lines).join(' and ')} lines exited with ${code}`));
      resolve(JSON.parse(readFileSync(options.out, 'utf8')) as CoreProcessResult);
    });
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--long')) {
    // The 100,000-edit property run of issue 12 is its own program; its options pass through.
    const rest = process.argv.slice(2).filter((a) => a !== '--long');
    process.exit(spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/long-run.ts'), ...rest], { stdio: 'inherit' }).status ?? 1);
  }
  const args = parseArgs(process.argv.slice(2));
  if (args.report) {
    // The figures of the last run, the report written again (after a change to report.ts).
    const latest = join(resultsDir, 'latest.json');
    const run = JSON.parse(readFileSync(latest, 'utf8')) as RunResult;
    run.goals = evaluateGoals(run);
    const file = readdirSync(resultsDir).find((f) => f.startsWith('run-') && JSON.parse(readFileSync(join(resultsDir, f), 'utf8')).startedAt === run.startedAt);
    console.log(`report: ${writeReport(run, previousRuns(file ? join(resultsDir, file) : latest), { quick: run.quick, only: run.sections })}`);
    return gate(run, args.gate);
  }
  const started = performance.now();
  const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  mkdirSync(contentDir, { recursive: true });
  const plan = plans(args.quick);
  const result: RunResult = {
    kind: 'entente-bench',
    version: 1,
    quick: args.quick,
    sections: args.only,
    startedAt: new Date().toISOString(),
    finishedAt: '',
    machine: machine(),
    loadBefore: load(),
    loadAfter: load(),
    content: {},
    goals: [],
  };
  log(`load average before: ${result.loadBefore.loadavg.join(' ')} on ${result.machine.cores} cores`);
  if (result.loadBefore.loadavg[0] > result.machine.cores / 4) log(`the machine is busy: the figures will be noisy (each section reports how many cores other processes kept busy)`);

  const core = await buildBundles(args.build, log);
  result.machine = machine();
  result.documentLimit = core.maxDocumentLength;
  result.refused = [];
  const refuse = (lines: number, characters: number, how: Refusal['how']) => {
    if (result.refused!.some((r) => r.lines === lines)) return;
    result.refused!.push({ lines, characters, limit: core.maxDocumentLength, how });
    log(`  the ${lines}-line instrument (${characters} characters) is refused by the document limit (${core.maxDocumentLength} characters, util/limits.ts): not measured`);
  };

  // Content: every size any section needs, checked once.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const errors = () => ajv.errorsText(validate.errors?.slice(0, 5));
  copyFileSync(schemaPath, join(contentDir, 'instrument.schema.json'));
  const sizes = new Set<number>();
  if (args.only.includes('core')) for (const c of plan.core.flat()) sizes.add(c.lines);
  if (args.only.includes('server')) for (const s of plan.server) sizes.add(s.lines);
  const content = new Map<number, ReturnType<typeof prepareContent>>();
  for (const lines of [...sizes].sort((a, b) => a - b)) {
    log(`generating and checking the ${lines}-line instrument (Entente, YAML, JSON)`);
    const c = prepareContent(lines, core, validate, errors);
    content.set(lines, c);
    writeFileSync(join(contentDir, `convention-${lines}.json`), c.json);
    writeServerContent(contentDir, lines, c);
    result.content[lines] = {
      lines: c.entente.split('\n').length - 1,
      characters: c.entente.length,
      yamlLines: c.yaml.split('\n').length - 1,
      yamlCharacters: c.yaml.length,
      jsonCharacters: c.json.length,
      entities: c.entities,
      ...(c.refused ? { refusedByLimit: true } : {}),
    };
    if (c.refused) refuse(lines, c.entente.length, 'length');
  }
  const refused = (lines: number) => result.refused!.some((r) => r.lines === lines);

  const section = async <T>(name: Section, work: () => Promise<T>): Promise<(SectionMeta & T) | undefined> => {
    if (!args.only.includes(name)) return undefined;
    const loadBefore = load();
    const cpu = cpuSnapshot();
    const t0 = performance.now();
    log(`── ${name} (load ${loadBefore.loadavg.join(' ')})`);
    const value = await work();
    const meta: SectionMeta = { loadBefore, loadAfter: load(), othersCores: othersCores(cpu, cpuSnapshot()), elapsedS: round((performance.now() - t0) / 1000, 1) };
    log(`   ${name} done in ${meta.elapsedS} s; other processes kept ${meta.othersCores ?? '?'} cores busy on average`);
    return { ...meta, ...value };
  };

  result.core = await section('core', async () => {
    const out: Record<string, CoreResult> = {};
    let scaling: ScalingPair | undefined;
    for (const group of plan.core) {
      const sizes = group.filter((options) => !refused(options.lines));
      if (sizes.length === 0) continue;
      log(`  core at ${sizes.map((s) => s.lines).join(' and ')} lines${sizes.length > 1 ? ', in rounds' : ''}`);
      const measured = await runCoreChild({ sizes, out: join(resultsDir, `core-${sizes.map((s) => s.lines).join('-')}.json`) });
      for (const options of sizes) {
        const r = measured.sizes[options.lines];
        if (r.refused) {
          refuse(options.lines, r.characters, 'diagnostic');
          continue;
        }
        out[options.lines] = r;
        const f = r.figures;
        log(`    ${options.lines} lines: full analysis ${f.full.subject.median} ms (${f.full.ratio}× JSON.parse), keystroke ${f.keystroke.subject.median} ms (${f.keystroke.ratio}×), typing steadily ${f.keystrokeSteady?.subject.median} ms (${f.keystrokeSteady?.ratio}×)`);
      }
      scaling ??= measured.scaling;
    }
    return { sizes: out, ...(scaling ? { scaling } : {}) };
  });

  result.server = await section('server', async () => {
    // Both servers are skipped at a refused size: the YAML figures serve only as the comparison for Entente's.
    const sizes = plan.server.filter((p) => !refused(p.lines));
    if (sizes.length === 0) return { sizes: {} };
    log(`  Entente and yaml-language-server at ${sizes.map((p) => p.lines).join(' and ')} lines${sizes.length > 1 ? ', taking turns' : ''}`);
    const measured = await runServers(
      sizes.map((serverPlan) => {
        const c = content.get(serverPlan.lines)!;
        const baseline = join(contentDir, `baseline-${serverPlan.lines}.json`);
        writeFileSync(baseline, sizeMatchedJson(c.model, c.entente.length));
        const files = { entente: join(contentDir, `convention-${serverPlan.lines}.entente`), yaml: join(contentDir, `convention-${serverPlan.lines}.treaty.yaml`), baseline };
        return { plan: serverPlan, model: c.model as Model, files, texts: { entente: c.entente, yaml: c.yaml } };
      }),
      join(contentDir, 'instrument.schema.json'),
      log,
    );
    for (const [lines, r] of Object.entries(measured.sizes)) log(`    ${lines} lines: edit → diagnostics p95: Entente ${r.entente.editToDiagnostics.summary?.p95 ?? '—'} ms, YAML ${r.yaml.editToDiagnostics.summary?.p95 ?? '—'} ms`);
    return measured;
  });

  result.workspace = await section('workspace', () => runWorkspace(plan.workspace, contentDir, log));

  result.loadAfter = load();
  result.finishedAt = new Date().toISOString();
  result.goals = evaluateGoals(result);
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const file = join(resultsDir, `run-${stamp}${args.quick ? '-quick' : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(result, null, 2));
  const report = writeReport(result, previousRuns(file), args);
  log(`results: ${file}`);
  log(`report: ${report}`);
  log(`load average after: ${result.loadAfter.loadavg.join(' ')}`);
  gate(result, args.gate);
}

/** Prints the goals; with `--gate`, exits 1 when one misses. */
function gate(result: RunResult, enforce: boolean): void {
  for (const goal of result.goals) {
    const verdict = goal.status === 'holds' ? 'holds ' : goal.status === 'misses' ? 'MISSES' : '  n/a ';
    const by = goal.status === 'misses' ? ` — by ${goal.lowerBound ? '> ' : ''}${goal.missesBy}×` : '';
    console.log(`  ${verdict}  ${goal.goal}: ${goal.measured}${by}${goal.note ? ` (${goal.note})` : ''}`);
  }
  if (!enforce) return;
  const missed = result.goals.filter((g) => g.status === 'misses');
  if (missed.length > 0) {
    console.error(`bench --gate: ${missed.length} of issue 11's goals miss`);
    process.exit(1);
  }
  console.log('bench --gate: every measured goal holds');
}

/** Earlier runs of the same kind, newest first, to show how far repeated runs agree. */
function previousRuns(current: string): RunResult[] {
  return readdirSync(resultsDir)
    .filter((f) => /^run-.*\.json$/.test(f) && join(resultsDir, f) !== current)
    .sort()
    .reverse()
    .map((f) => {
      try {
        return JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as RunResult;
      } catch {
        return undefined;
      }
    })
    .filter((r): r is RunResult => r !== undefined && r.kind === 'entente-bench');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
