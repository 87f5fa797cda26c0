// What the server figures send and where: the settings VS Code would hold, the places in each
// format's text where typing, completion, hover and references happen, and the requests of
// Entente's linearity guard (issue 11 item 3). bench/server.ts drives them.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Model } from './generator';
import { positionAt, type Position, type ServerKind } from './lsp';
import type { Budget, ServerPlan } from './server';
import type { Side } from './server-side';

/** Settings VS Code would hold: the YAML extension's with our schema associated, validation on. */
export function serverSettings(schemaPath: string): Record<string, unknown> {
  return {
    entente: {},
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: true },
      schemas: { [pathToFileURL(schemaPath).href]: '*.treaty.yaml' },
      schemaStore: { enable: false },
      kubernetesCRDStore: { enable: false },
      maxItemsComputed: 5000,
    },
    '[yaml]': {},
    http: {},
    editor: {},
  };
}

/** Where each measurement happens, in each format's text. */
export interface Spots {
  /** End of the first prose line of the middle clause: where words are typed. */
  typing: Position;
  /** After `marking ` / `marking: ` of a channel in the middle: a value completion. */
  completion: Position;
  /** On the word `marking` of that line. */
  hover: Position;
  /** On a party name used in that channel (Entente only: highlights, definition, references). */
  reference: Position;
}

export function spots(kind: ServerKind, text: string, model: Model): Spots {
  const clause = model.clauses[Math.floor(model.clauses.length / 2)];
  const channel = model.channels.filter((c) => c.marking)[Math.floor(model.channels.length / 4)];
  let typingOffset: number;
  let markingOffset: number;
  let referenceOffset: number;
  if (kind === 'entente') {
    const clauseAt = text.indexOf(`\nclause ${clause.id} `);
    typingOffset = text.indexOf('\n', text.indexOf('"""\n', clauseAt) + 4);
    const channelAt = text.indexOf(`\nchannel ${channel.id} `);
    markingOffset = text.indexOf('  marking ', channelAt) + 2;
    referenceOffset = channelAt + `\nchannel ${channel.id} between `.length;
  } else {
    const clauseAt = text.indexOf(`\n- id: ${clause.id}\n`);
    typingOffset = text.indexOf('\n', text.indexOf('  text: |-\n', clauseAt) + '  text: |-\n'.length);
    const channelAt = text.indexOf(`\n- id: ${channel.id}\n`);
    markingOffset = text.indexOf('  marking: ', channelAt) + 2;
    referenceOffset = text.indexOf('  between: [', channelAt) + '  between: ['.length;
  }
  if ([typingOffset, markingOffset, referenceOffset].some((o) => o < 10)) throw new Error(`${kind}: could not find the measurement spots`);
  const marking = positionAt(text, markingOffset);
  return {
    typing: positionAt(text, typingOffset),
    hover: { line: marking.line, character: marking.character + 3 },
    completion: { line: marking.line, character: marking.character + (kind === 'entente' ? 'marking '.length : 'marking: '.length) },
    reference: positionAt(text, referenceOffset),
  };
}


/** Entente's requests over a whole document or a position: issue 11 item 3's linearity guard. */
export function guardRequests(): { name: string; kinds: ServerKind[]; budget: (plan: ServerPlan) => Budget; send: (side: Side) => Promise<void> }[] {
  const entente: ServerKind[] = ['entente'];
  const budget = (plan: ServerPlan) => plan.guard;
  const timeout = (side: Side) => side.plan.requestTimeoutS * 1000;
  const make = (name: string, method: string, params: (side: Side) => unknown, describe: (result: unknown, side: Side) => string) => ({
    name,
    kinds: entente,
    budget,
    send: async (side: Side) => {
      await side.settleAndMark();
      const r = await side.session.request<unknown>(method, params(side), timeout(side));
      side.record(name, r, r.result !== undefined ? describe(r.result, side) : undefined);
      if (r.timedOutAfterS !== undefined) await side.recover(name, method);
    },
  });
  const doc = (side: Side) => ({ textDocument: { uri: side.uri } });
  const at = (side: Side) => ({ textDocument: { uri: side.uri }, position: side.spots.reference });
  const length = (r: unknown) => `${Array.isArray(r) ? r.length : 0} items`;
  const renderAnswer = (r: unknown) => `${typeof r === 'string' ? r.length : 0} characters`;
  // A command sent once the diagnostics of an edit are out (and, with `settled`, the server idle),
  // timed; then the edit undone. Each sample computes its answer for a text just changed.
  const afterAnEdit = (name: string, command: (side: Side) => { command: string; arguments: unknown[] }, describe: (r: unknown, side: Side) => string, settled: boolean) => ({
    name,
    kinds: entente,
    budget,
    send: async (side: Side) => {
      const at = side.spots.typing;
      const version = await side.keystroke(at, 'x');
      if (!(await side.waitVersion(version, performance.now()))) return side.recover(name, `diagnostics before ${command(side).command}`);
      if (settled) await side.settleAndMark();
      else side.markCpu();
      const r = await side.session.request<unknown>('workspace/executeCommand', command(side), timeout(side));
      side.record(name, r, r.result !== undefined ? describe(r.result, side) : undefined);
      if (r.timedOutAfterS !== undefined) return side.recover(name, 'workspace/executeCommand');
      const back = await side.keystroke({ line: at.line, character: at.character + 1 }, undefined);
      if (!(await side.waitVersion(back, performance.now()))) return side.recover(name, `diagnostics after ${command(side).command}`);
    },
  });
  return [
    make('foldingRange', 'textDocument/foldingRange', doc, length),
    make('semanticTokens', 'textDocument/semanticTokens/full', doc, (r) => `${((r as { data?: number[] })?.data?.length ?? 0) / 5} tokens`),
    make('inlayHint', 'textDocument/inlayHint', (side) => ({ ...doc(side), range: { start: { line: 0, character: 0 }, end: { line: side.text.split('\n').length, character: 0 } } }), length),
    make('codeLens', 'textDocument/codeLens', doc, length),
    make('documentLink', 'textDocument/documentLink', doc, length),
    make('documentHighlight', 'textDocument/documentHighlight', at, length),
    make('definition', 'textDocument/definition', at, length),
    make('references', 'textDocument/references', (side) => ({ ...at(side), context: { includeDeclaration: true } }), length),
    make('workspaceSymbol', 'workspace/symbol', () => ({ query: 'Intel' }), length),
    make('render', 'workspace/executeCommand', (side) => ({ command: 'entente.render', arguments: [{ uri: side.uri, format: 'markdown' }] }), renderAnswer),
    // What VS Code's preview asks (client/src/commands/preview-request.ts): on each refresh the panel
    // and the first part; as the drafter scrolls, a further part (here one about halfway through).
    // The preview names the panel it shows (`panel`), as the client does: the server leaves it out while it is the same.
    make('preview', 'workspace/executeCommand', (side) => ({ command: 'entente.previewData', arguments: [previewArgument(side)] }), previewAnswer),
    // The preview's refresh after an edit, once the diagnostics of that version are out (the client
    // refreshes 400 ms after the last keystroke; the analysis it needs, for the DRAFT mark's count of
    // problems, is the one the diagnostics ran): the rendering of the new model, the panel, the first part.
    afterAnEdit('previewAfterEdit', (side) => ({ command: 'entente.previewData', arguments: [previewArgument(side)] }), previewAnswer, false),
    // The export after an edit, asked once the server is idle (a drafter's command, not a timer): the
    // rendering of the new model, where the articles of the declarations the edit left alone are kept.
    afterAnEdit('renderAfterEdit', (side) => ({ command: 'entente.render', arguments: [{ uri: side.uri, format: 'markdown' }] }), renderAnswer, true),
    make('previewPart', 'workspace/executeCommand', (side) => ({ command: 'entente.previewPart', arguments: [{ uri: side.uri, part: { from: Math.floor(side.text.split('\n').length / 30), count: 50 } }] }), previewAnswer),
  ];
}

/** The panel each side's preview shows, by the name the server gave it (client/src/commands/preview.ts keeps it the same way). */
const shownPanels = new WeakMap<Side, string>();

function previewArgument(side: Side): Record<string, unknown> {
  const panel = shownPanels.get(side);
  return { uri: side.uri, today: '2026-12-05', part: { from: 0, count: 50 }, ...(panel !== undefined ? { panel } : {}) };
}

function previewAnswer(r: unknown, side?: Side): string {
  const answer = r as { html?: string; part?: { count: number; total: number }; panel?: string; samePanel?: boolean };
  if (side && typeof answer.panel === 'string') shownPanels.set(side, answer.panel);
  return `${answer.part?.count ?? 0} of ${answer.part?.total ?? 0} blocks, ${answer.html?.length ?? 0} characters${answer.panel !== undefined ? (answer.samePanel ? ', the same panel' : ', with the panel') : ''}`;
}

export function countSymbols(symbols: unknown[]): number {
  let n = 0;
  for (const s of symbols as { children?: unknown[] }[]) n += 1 + (s.children ? countSymbols(s.children) : 0);
  return n;
}


/** Writes the content the servers open (bench/results/content/) and returns the paths. */
export function writeServerContent(dir: string, lines: number, texts: { entente: string; yaml: string }): { entente: string; yaml: string } {
  const entente = join(dir, `convention-${lines}.entente`);
  const yaml = join(dir, `convention-${lines}.treaty.yaml`);
  writeFileSync(entente, texts.entente);
  writeFileSync(yaml, texts.yaml);
  return { entente, yaml };
}

/**
 * Requests sent right after a keystroke, before the debounced analysis has run (bench/server.ts).
 * `prepare` runs before the keystroke, untimed; what it gives is passed to `params`. `kinds`: the
 * servers that offer the request (all when absent).
 */
export const afterEditRequests: readonly {
  name: string;
  method: string;
  kinds?: readonly ServerKind[];
  prepare?: (side: Side, timeout: number) => Promise<unknown>;
  params: (side: Side, prepared: unknown) => unknown;
  answer: (result: unknown) => string;
}[] = [
  { name: 'hoverAfterEdit', method: 'textDocument/hover', params: (side) => ({ textDocument: { uri: side.uri }, position: side.spots.hover }), answer: (r) => (r ? 'content' : 'none') },
  // As VS Code asks after an edit: the change from its last colouring, named by that answer's resultId.
  {
    name: 'semanticTokensAfterEdit',
    method: 'textDocument/semanticTokens/full/delta',
    kinds: ['entente'],
    prepare: async (side, timeout) => (await side.session.request<{ resultId?: string }>('textDocument/semanticTokens/full', { textDocument: { uri: side.uri } }, timeout)).result?.resultId,
    params: (side, previousResultId) => ({ textDocument: { uri: side.uri }, previousResultId }),
    answer: (r) => (r && typeof r === 'object' && 'edits' in r ? `${(r as { edits: unknown[] }).edits.length} edits` : 'whole answer'),
  },
  {
    name: 'formattingAfterEdit',
    method: 'textDocument/formatting',
    params: (side) => ({ textDocument: { uri: side.uri }, options: { tabSize: 2, insertSpaces: true } }),
    answer: (r) => `${Array.isArray(r) ? r.length : 0} edits`,
  },
];
