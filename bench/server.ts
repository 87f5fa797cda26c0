// Through the bundled server over stdio, as VS Code drives it, against yaml-language-server on
// the same content as YAML with a JSON Schema: the servers of every size run side by side and take
// turns sample by sample (Entente 10k, Entente 100k, YAML 10k, YAML 100k; then the reverse), so a
// change in machine load hits all of them, and time(100k) ÷ time(10k) is taken from the same rounds.
//
// Per size: start-up and open → first diagnostics (fresh servers), typing → diagnostics of that
// version, requests right after a keystroke, then requests on a settled document (completion,
// hover, formatting, the requests of Entente's linearity guard, and the outline last).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Model } from './generator';
import { BaselinePacer } from './baseline-pacer';
import { sleep, type ServerKind } from './lsp';
import { load, type Load } from './machine';
import { scalingPair, type ScalingPair } from './scaling';
import { afterEditRequests, countSymbols, guardRequests, serverSettings } from './server-setup';
import { Side } from './server-side';
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

/**
 * Runs `sample(side)` for every server in turns until each has its budget's worth: at least
 * `min` samples, at most `max`, no new sample once `budgetS` of its own time is spent. Each round
 * that still samples both sizes starts with the JSON.parse baseline at each size (bench/scaling.ts
 * pairs the sizes' samples by round).
 */
async function alternate(sides: Side[], name: string, budgetOf: (plan: ServerPlan) => Budget, sample: (side: Side) => Promise<void>, pacer?: BaselinePacer): Promise<void> {
  const spent = new Map<Side, number>(sides.map((s) => [s, 0]));
  const count = new Map<Side, number>(sides.map((s) => [s, 0]));
  const done = (side: Side) => {
    const n = count.get(side)!;
    const budget = budgetOf(side.plan);
    return side.skipped.has(name) || n >= budget.max || (n >= budget.min && spent.get(side)! >= budget.budgetS * 1000);
  };
  for (let round = 0; !sides.every(done); round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    const active = order.filter((side) => !done(side));
    const sizes = [...new Set(active.map((side) => side.plan.lines))].sort((x, y) => x - y);
    for (const [i, lines] of sizes.entries()) {
      const baseline = pacer && sizes.length > 1 ? await pacer.measure(lines, 20, i === sizes.length - 1) : undefined;
      for (const side of sides) if (side.plan.lines === lines) side.roundBaseline = baseline;
    }
    for (const side of active) {
      side.round = round;
      const start = performance.now();
      await sample(side);
      spent.set(side, spent.get(side)! + performance.now() - start);
      count.set(side, count.get(side)! + 1);
    }
  }
}

/** One size's content for the server section. */
export interface ServerSize {
  plan: ServerPlan;
  model: Model;
  /** Entente, YAML, and JSON as long as the Entente source (the JSON.parse baseline). */
  files: { entente: string; yaml: string; baseline: string };
  texts: { entente: string; yaml: string };
}

/**
 * Every size's servers at once, taking turns sample by sample (Entente and YAML at 10k and at
 * 100k in each round): each size's figures as before, and the scaling of Entente's figures from
 * 10k to 100k taken from the rounds that sampled both.
 */
export async function runServers(sizes: ServerSize[], schema: string, log: (line: string) => void): Promise<{ sizes: Record<string, ServerSizeResult>; scaling?: ScalingPair }> {
  const loadBefore = load();
  const started = performance.now();
  const settings = serverSettings(schema);
  const pairs = sizes.map(({ plan, model, files, texts }) => ({
    plan,
    texts,
    entente: new Side('entente', pathToFileURL(files.entente).href, texts.entente, model, settings, plan),
    yaml: new Side('yaml', pathToFileURL(files.yaml).href, texts.yaml, model, settings, plan),
  }));
  // In each round: Entente at every size, then YAML at every size (the reverse in the next round).
  const sides = [...pairs.map((p) => p.entente), ...pairs.map((p) => p.yaml)];
  for (const side of sides) side.peers = sides.filter((other) => other !== side);
  const pacer = sizes.length > 1 ? new BaselinePacer(Object.fromEntries(sizes.map((s) => [s.plan.lines, s.files.baseline]))) : undefined;
  const timeoutOf = (side: Side) => side.plan.requestTimeoutS * 1000;

  // Start-up and open → first diagnostics, on fresh servers, taking turns; the last stays up.
  log(`  start-up and open → diagnostics (${sizes.map((s) => `${s.plan.starts} fresh servers each at ${s.plan.lines} lines`).join(', ')})`);
  const starts = new Map<Side, number>();
  await alternate(
    sides,
    'open',
    (plan) => ({ min: plan.starts, max: plan.starts, budgetS: 0 }),
    async (side) => {
      const ms = await side.start();
      side.record('open', ms === undefined ? { ms: NaN, timedOutAfterS: side.plan.diagnosticsTimeoutS } : { ms }, `${side.diagnosticsOnOpen} diagnostics`);
      starts.set(side, (starts.get(side) ?? 0) + 1);
      if (starts.get(side)! < side.plan.starts) await side.stop();
    },
    pacer,
  );

  // Typing: a word typed at the end of a prose line, one keystroke every keystrokeMs, then
  // deleted the same way; latency from the last keystroke to the diagnostics of that version.
  log('  typing → diagnostics');
  const word = ' promptly';
  let typed = new Map<Side, boolean>(sides.map((s) => [s, false]));
  await alternate(sides, 'edit', (plan) => plan.typing, async (side) => {
    const at = side.spots.typing;
    const inserting = !typed.get(side);
    let version = side.version;
    let last = 0;
    for (let k = 0; k < word.length; k++) {
      if (k > 0) await sleep(side.plan.keystrokeMs);
      const position = inserting ? { line: at.line, character: at.character + k } : { line: at.line, character: at.character + word.length - k };
      if (k === word.length - 1) side.markCpu();
      last = performance.now();
      version = await side.keystroke(position, inserting ? word[k] : undefined);
    }
    const published = await side.waitVersion(version, last);
    typed.set(side, inserting);
    if (!published) {
      side.record('edit', { ms: NaN, timedOutAfterS: side.plan.diagnosticsTimeoutS });
      await side.recover('edit', 'edit → diagnostics');
      typed.set(side, false);
      return;
    }
    side.record('edit', { ms: published.at - last });
  }, pacer);
  // Leave every document as it was.
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
    await alternate(sides.filter((s) => !only || only.includes(s.kind)), name, (plan) => plan.afterEdit, async (side) => {
      const at = side.spots.typing;
      const prepared = await prepare?.(side, timeoutOf(side));
      side.markCpu();
      const version = await side.keystroke(at, 'x');
      const sent = performance.now();
      const response = await side.session.request<unknown>(method, params(side, prepared), timeoutOf(side));
      side.record(name, response, answer(response.result));
      if (response.timedOutAfterS !== undefined) return side.recover(name, `${method} after an edit`);
      if (!(await side.waitVersion(version, sent))) return side.recover(name, `diagnostics after ${method}`);
      const back = await side.keystroke({ line: at.line, character: at.character + 1 }, undefined);
      if (!(await side.waitVersion(back, performance.now()))) return side.recover(name, `diagnostics after ${method}`);
    }, pacer);
  }

  // Requests on a settled document.
  const requests: { name: string; kinds: ServerKind[]; budget: (plan: ServerPlan) => Budget; send: (side: Side) => Promise<void> }[] = [
    {
      name: 'completion',
      kinds,
      budget: (plan) => plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | { items: unknown[] }>(
          'textDocument/completion',
          { textDocument: { uri: side.uri }, position: side.spots.completion, context: { triggerKind: 1 } },
          timeoutOf(side),
        );
        side.record('completion', r, r.result ? `${Array.isArray(r.result) ? r.result.length : r.result.items.length} items` : undefined);
        if (r.timedOutAfterS !== undefined) await side.recover('completion', 'completion');
      },
    },
    {
      name: 'hover',
      kinds,
      budget: (plan) => plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri: side.uri }, position: side.spots.hover }, timeoutOf(side));
        side.record('hover', r, r.result ? 'content' : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('hover', 'hover');
      },
    },
    {
      name: 'formatting',
      kinds,
      budget: (plan) => plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | null>('textDocument/formatting', { textDocument: { uri: side.uri }, options: { tabSize: 2, insertSpaces: true } }, timeoutOf(side));
        side.record('formatting', r, r.result ? `${r.result.length} edits` : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('formatting', 'formatting');
      },
    },
    ...guardRequests(),
    {
      name: 'outline',
      kinds,
      budget: (plan) => plan.requests,
      send: async (side) => {
        await side.settleAndMark();
        const r = await side.session.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: side.uri } }, timeoutOf(side));
        side.record('outline', r, r.result ? `${countSymbols(r.result)} symbols` : 'none');
        if (r.timedOutAfterS !== undefined) await side.recover('outline', 'documentSymbol');
      },
    },
  ];
  for (const request of requests) {
    log(`  ${request.name}`);
    const taking = sides.filter((s) => request.kinds.includes(s.kind));
    await alternate(taking, request.name, request.budget, request.send, pacer);
  }

  for (const side of sides) await side.stop();
  pacer?.stop();
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
  const loadAfter = load();
  const elapsedS = round((performance.now() - started) / 1000, 1);
  const out: Record<string, ServerSizeResult> = {};
  for (const { plan, texts, entente, yaml } of pairs) {
    out[plan.lines] = {
      lines: plan.lines,
      characters: { entente: texts.entente.length, yaml: texts.yaml.length },
      yamlLines: texts.yaml.split('\n').length - 1,
      entente: sideResult(entente),
      yaml: sideResult(yaml),
      loadBefore,
      loadAfter,
      elapsedS,
    };
  }
  if (pairs.length !== 2) return { sizes: out };
  const [small, large] = pairs.map((p) => p.entente);
  const names = [...small.paired.keys()];
  return { sizes: out, scaling: scalingPair(small.plan.lines, large.plan.lines, Object.fromEntries(names.map((n) => [n, { from: small.paired.get(n)!, to: large.paired.get(n) ?? [] }]))) };
}
