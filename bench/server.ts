// Through the bundled server over stdio, as VS Code drives it, against yaml-language-server on
// the same content as YAML with a JSON Schema: the two servers run side by side and take turns
// sample by sample (Entente, YAML, YAML, Entente, …), so a change in machine load hits both.
//
// Per size: start-up and open → first diagnostics (fresh servers), typing → diagnostics of that
// version, requests right after a keystroke, then requests on a settled document (completion,
// hover, formatting, the requests of Entente's linearity guard, and the outline last).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Model } from './generator';
import { LspSession, offsetAt, sleep, type Position, type ServerKind, type Timed } from './lsp';
import { load, type Load } from './machine';
import { afterEditRequests, countSymbols, guardRequests, serverSettings, spots, type Spots } from './server-setup';
import { round, summarize, type Summary } from './stats';

export { serverSettings, writeServerContent } from './server-setup';

export interface Budget {
  min: number;
  max: number;
  budgetS: number;
}

export interface ServerPlan {
  lines: number;
  starts: number;
  typing: Budget;
  afterEdit: Budget;
  requests: Budget;
  guard: Budget;
  requestTimeoutS: number;
  diagnosticsTimeoutS: number;
  /** Milliseconds between two keystrokes of a typed word (below both servers' 200 ms debounce). */
  keystrokeMs: number;
}

export interface RequestFigure {
  summary?: Summary;
  /** CPU time the server used over the same samples (its threads' run time), ms. */
  cpu?: Summary;
  /** Set when a request did not answer within the deadline (the server was then restarted). */
  timedOutAfterS?: number;
  errors?: string[];
  /** Size of the answer (items, symbols, edits…), from the last sample. */
  answer?: string;
}

export interface ServerSide {
  server: string;
  version: string;
  sync: 'incremental' | 'full';
  /** The fixed debounce, or undefined when it varies (Entente's follows the analysis time). */
  debounceMs: number | undefined;
  debounceSetting: string;
  startupMs: Summary;
  openToDiagnostics: RequestFigure;
  diagnosticsOnOpen: number;
  editToDiagnostics: RequestFigure;
  requests: Record<string, RequestFigure>;
  peakRssMb: number;
  restarts: number;
  notes: string[];
}

export interface ServerSizeResult {
  lines: number;
  characters: { entente: number; yaml: number };
  yamlLines: number;
  entente: ServerSide;
  yaml: ServerSide;
  loadBefore: Load;
  loadAfter: Load;
  elapsedS: number;
}

const kinds: ServerKind[] = ['entente', 'yaml'];

/** One server under test: its session (restarted after a timeout), document state and figures. */
export class Side {
  session!: LspSession;
  text: string;
  version = 1;
  restarts = 0;
  peakRss: number[] = [];
  readonly notes: string[] = [];
  readonly skipped = new Set<string>();
  readonly samples = new Map<string, number[]>();
  readonly cpuSamples = new Map<string, number[]>();
  /** The server's CPU time when the sample being taken started. */
  cpuMark: number | undefined;
  readonly figures = new Map<string, RequestFigure>();
  readonly startups: number[] = [];
  diagnosticsOnOpen = NaN;
  readonly spots: Spots;

  constructor(
    readonly kind: ServerKind,
    readonly uri: string,
    readonly original: string,
    model: Model,
    readonly settings: Record<string, unknown>,
    readonly plan: ServerPlan,
  ) {
    this.text = original;
    this.spots = spots(kind, original, model);
  }

  /** A fresh server with the document open and its first diagnostics in; returns open → diagnostics ms. */
  async start(): Promise<number | undefined> {
    if (this.session) this.retire();
    this.session = await LspSession.start(this.kind, { settings: this.settings });
    this.startups.push(this.session.startupMs);
    await this.session.ready();
    this.text = this.original;
    this.version = 1;
    this.markCpu();
    const opened = performance.now();
    const first = this.session.waitDiagnostics((p) => p.uri === this.uri, this.plan.diagnosticsTimeoutS * 1000);
    await this.session.open(this.uri, this.text, 1);
    const published = await first;
    if (!published) return undefined;
    this.diagnosticsOnOpen = published.diagnostics.length;
    return published.at - opened;
  }

  retire(): void {
    const rss = this.session.peakRssMb();
    if (rss !== undefined) this.peakRss.push(rss);
    this.session.kill();
  }

  async stop(): Promise<void> {
    const rss = this.session.peakRssMb();
    if (rss !== undefined) this.peakRss.push(rss);
    await this.session.stop();
  }

  /** Notes the server's CPU time at the start of a sample (call it before the timed window). */
  markCpu(): void {
    this.cpuMark = this.session.cpuMs();
  }

  /** For a request on a settled document: waits until the server is idle (LspSession.settle), then marks. */
  async settleAndMark(): Promise<void> {
    await this.session.settle();
    this.markCpu();
  }

  record(name: string, timed: Timed<unknown>, answer?: string): void {
    const figure = this.figures.get(name) ?? {};
    if (timed.timedOutAfterS !== undefined) figure.timedOutAfterS = timed.timedOutAfterS;
    else if (timed.error !== undefined) (figure.errors ??= []).push(timed.error);
    else {
      const list = this.samples.get(name) ?? [];
      list.push(timed.ms);
      this.samples.set(name, list);
      if (answer !== undefined) figure.answer = answer;
      const now = this.session.cpuMs();
      if (this.cpuMark !== undefined && now !== undefined) {
        const cpu = this.cpuSamples.get(name) ?? [];
        cpu.push(now - this.cpuMark);
        this.cpuSamples.set(name, cpu);
      }
    }
    this.cpuMark = undefined;
    this.figures.set(name, figure);
  }

  /** After a timeout: the server is stuck computing; kill it and start afresh. */
  async recover(name: string, what: string): Promise<void> {
    this.skipped.add(name);
    this.restarts++;
    this.notes.push(`${what} timed out; the server was restarted and the remaining ${name} samples skipped`);
    await this.start();
  }

  /** Types one character at `at` (or deletes the one before it) and returns the new version. */
  async keystroke(at: Position, insert: string | undefined): Promise<number> {
    this.version++;
    const offset = offsetAt(this.text, at);
    if (insert !== undefined) {
      this.text = this.text.slice(0, offset) + insert + this.text.slice(offset);
      await this.session.change(this.uri, this.version, { range: { start: at, end: at }, text: insert }, () => this.text);
    } else {
      this.text = this.text.slice(0, offset - 1) + this.text.slice(offset);
      const start = { line: at.line, character: at.character - 1 };
      await this.session.change(this.uri, this.version, { range: { start, end: at }, text: '' }, () => this.text);
    }
    return this.version;
  }

  /** The diagnostics published for `version` (YAML's carry no version: the first after `since`). */
  waitVersion(version: number, since: number): Promise<{ at: number } | undefined> {
    return this.session.waitDiagnostics(
      (p) => p.uri === this.uri && (this.kind === 'entente' ? p.version === version : p.at >= since),
      this.plan.diagnosticsTimeoutS * 1000,
    );
  }

  summary(name: string): RequestFigure {
    const figure = { ...(this.figures.get(name) ?? {}) };
    const samples = this.samples.get(name);
    if (samples && samples.length > 0) figure.summary = summarize(samples);
    const cpu = this.cpuSamples.get(name);
    if (cpu && cpu.length > 0) figure.cpu = summarize(cpu);
    return figure;
  }
}

/**
 * Runs `sample(side)` for both servers in turns until each has its budget's worth: at least
 * `min` samples, at most `max`, no new sample once `budgetS` of its own time is spent.
 */
async function alternate(sides: Side[], name: string, budget: Budget, sample: (side: Side) => Promise<void>): Promise<void> {
  const spent = new Map<Side, number>(sides.map((s) => [s, 0]));
  const count = new Map<Side, number>(sides.map((s) => [s, 0]));
  const done = (side: Side) => {
    const n = count.get(side)!;
    return side.skipped.has(name) || n >= budget.max || (n >= budget.min && spent.get(side)! >= budget.budgetS * 1000);
  };
  for (let round = 0; !sides.every(done); round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      if (done(side)) continue;
      const start = performance.now();
      await sample(side);
      spent.set(side, spent.get(side)! + performance.now() - start);
      count.set(side, count.get(side)! + 1);
    }
  }
}

export async function runServerSize(plan: ServerPlan, model: Model, files: { entente: string; yaml: string; schema: string }, texts: { entente: string; yaml: string }, log: (line: string) => void): Promise<ServerSizeResult> {
  const loadBefore = load();
  const started = performance.now();
  const settings = serverSettings(files.schema);
  const entente = new Side('entente', pathToFileURL(files.entente).href, texts.entente, model, settings, plan);
  const yaml = new Side('yaml', pathToFileURL(files.yaml).href, texts.yaml, model, settings, plan);
  const sides = [entente, yaml];
  const requestTimeout = plan.requestTimeoutS * 1000;

  // Start-up and open → first diagnostics, on fresh servers, taking turns; the last stays up.
  log(`  start-up and open → diagnostics (${plan.starts} fresh servers each)`);
  for (let i = 0; i < plan.starts; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const ms = await side.start();
      side.record('open', ms === undefined ? { ms: NaN, timedOutAfterS: plan.diagnosticsTimeoutS } : { ms }, `${side.diagnosticsOnOpen} diagnostics`);
      if (i < plan.starts - 1) await side.stop();
    }
  }

  // Typing: a word typed at the end of a prose line, one keystroke every keystrokeMs, then
  // deleted the same way; latency from the last keystroke to the diagnostics of that version.
  log('  typing → diagnostics');
  const word = ' promptly';
  let typed = new Map<Side, boolean>(sides.map((s) => [s, false]));
  await alternate(sides, 'edit', plan.typing, async (side) => {
    const at = side.spots.typing;
    const inserting = !typed.get(side);
    let version = side.version;
    let last = 0;
    for (let k = 0; k < word.length; k++) {
      if (k > 0) await sleep(plan.keystrokeMs);
      const position = inserting ? { line: at.line, character: at.character + k } : { line: at.line, character: at.character + word.length - k };
      if (k === word.length - 1) side.markCpu();
      last = performance.now();
      version = await side.keystroke(position, inserting ? word[k] : undefined);
    }
    const published = await side.waitVersion(version, last);
    typed.set(side, inserting);
    if (!published) {
      side.record('edit', { ms: NaN, timedOutAfterS: plan.diagnosticsTimeoutS });
      await side.recover('edit', 'edit → diagnostics');
      typed.set(side, false);
      return;
    }
    side.record('edit', { ms: published.at - last });
  });
  // Leave both documents as they were.
  for (const side of sides) {
    if (!typed.get(side)) continue;
    const at = side.spots.typing;
    let version = side.version;
    for (let k = 0; k < word.length; k++) version = await side.keystroke({ line: at.line, character: at.character + word.length - k }, undefined);
    if (!(await side.waitVersion(version, performance.now()))) await side.recover('edit', 'restoring the document');
  }
  typed = new Map();

  // Right after a keystroke, before the debounced analysis has run: a hover, semantic tokens and
  // formatting of a text just changed (nothing kept for it yet: on a settled document a server
  // may answer a repeated request from what it kept; these figures are the cost of computing it).
  for (const { name, method, kinds: only, prepare, params, answer } of afterEditRequests) {
    log(`  ${name}`);
    await alternate(sides.filter((s) => !only || only.includes(s.kind)), name, plan.afterEdit, async (side) => {
      const at = side.spots.typing;
      const prepared = await prepare?.(side, requestTimeout);
      side.markCpu();
      const version = await side.keystroke(at, 'x');
      const sent = performance.now();
      const response = await side.session.request<unknown>(method, params(side, prepared), requestTimeout);
      side.record(name, response, answer(response.result));
      if (response.timedOutAfterS !== undefined) return side.recover(name, `${method} after an edit`);
      if (!(await side.waitVersion(version, sent))) return side.recover(name, `diagnostics after ${method}`);
      const back = await side.keystroke({ line: at.line, character: at.character + 1 }, undefined);
      if (!(await side.waitVersion(back, performance.now()))) return side.recover(name, `diagnostics after ${method}`);
    });
  }

  // Requests on a settled document.
  const requests: { name: string; kinds: ServerKind[]; budget: Budget; send: (side: Side) => Promise<void> }[] = [
    {
      name: 'completion',
      kinds,
      budget: plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | { items: unknown[] }>(
          'textDocument/completion',
          { textDocument: { uri: side.uri }, position: side.spots.completion, context: { triggerKind: 1 } },
          requestTimeout,
        );
        side.record('completion', r, r.result ? `${Array.isArray(r.result) ? r.result.length : r.result.items.length} items` : undefined);
        if (r.timedOutAfterS !== undefined) await side.recover('completion', 'completion');
      },
    },
    {
      name: 'hover',
      kinds,
      budget: plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri: side.uri }, position: side.spots.hover }, requestTimeout);
        side.record('hover', r, r.result ? 'content' : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('hover', 'hover');
      },
    },
    {
      name: 'formatting',
      kinds,
      budget: plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | null>('textDocument/formatting', { textDocument: { uri: side.uri }, options: { tabSize: 2, insertSpaces: true } }, requestTimeout);
        side.record('formatting', r, r.result ? `${r.result.length} edits` : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('formatting', 'formatting');
      },
    },
    ...guardRequests(requestTimeout, plan.guard),
    {
      name: 'outline',
      kinds,
      budget: plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: side.uri } }, requestTimeout);
        side.record('outline', r, r.result ? `${countSymbols(r.result)} symbols` : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('outline', 'documentSymbol');
      },
    },
  ];
  for (const request of requests) {
    log(`  ${request.name}`);
    const taking = sides.filter((s) => request.kinds.includes(s.kind));
    await alternate(taking, request.name, request.budget, request.send);
  }

  for (const side of sides) await side.stop();
  const sideResult = (side: Side): ServerSide => ({
    server: side.session.serverName,
    version: side.session.serverVersion,
    sync: side.session.syncKind === 2 ? 'incremental' : 'full',
    debounceMs: side.kind === 'entente' ? undefined : 200,
    debounceSetting:
      side.kind === 'entente'
        ? 'as long as the document\'s last analysis took, 50–200 ms (server/src/lsp/debounce-delay.ts); no setting'
        : 'validationDelayMs = 200 in yaml-language-server 1.25.0, not read from settings',
    startupMs: summarize(side.startups),
    openToDiagnostics: side.summary('open'),
    diagnosticsOnOpen: side.diagnosticsOnOpen,
    editToDiagnostics: side.summary('edit'),
    requests: Object.fromEntries([...afterEditRequests.filter((r) => !r.kinds || r.kinds.includes(side.kind)).map((r) => r.name), ...requests.filter((r) => r.kinds.includes(side.kind)).map((r) => r.name)].map((name) => [name, side.summary(name)])),
    peakRssMb: Math.max(...side.peakRss),
    restarts: side.restarts,
    notes: side.notes,
  });
  return {
    lines: plan.lines,
    characters: { entente: texts.entente.length, yaml: texts.yaml.length },
    yamlLines: texts.yaml.split('\n').length - 1,
    entente: sideResult(entente),
    yaml: sideResult(yaml),
    loadBefore,
    loadAfter: load(),
    elapsedS: round((performance.now() - started) / 1000, 1),
  };
}
