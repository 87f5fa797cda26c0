/**
 * The outline: the instrument header with its statements, then every declaration in source
 * order, each as its row of the construct table draws it (parties with their contacts,
 * protocols with their steps). Workspace symbols search the declarations of every document the
 * service knows, by a fuzzy match on the name.
 */
import type { EntenteDocument } from '../ast/nodes';
import { LineIndex } from '../ast/positions';
import type { OutlineContext } from '../constructs/construct';
import { instrumentRow, rowOf, symbolKinds } from '../constructs/table';
import { collectDeclarations } from '../model/declared-symbols';
import type { DeclaredSymbol } from '../model/symbols';
import type { ParseResult } from '../syntax/parse';
import type { FeatureHost } from './host';
import type { DocumentSymbol, WorkspaceSymbol } from './types';

/**
 * The outline of each parse, computed once: the editor asks for it again and again for the same
 * text (outline view, breadcrumbs, sticky scroll), and a parse is never changed once made. Shared
 * by every caller, so read-only.
 */
const outlines = new WeakMap<ParseResult, { readonly text: string; readonly symbols: readonly DocumentSymbol[] }>();

export function documentSymbols(host: FeatureHost, uri: string): readonly DocumentSymbol[] {
  const parsed = host.parse(uri);
  const text = host.text(uri);
  if (!parsed || text === undefined) return [];
  const kept = outlines.get(parsed);
  if (kept?.text === text) return kept.symbols;
  const symbols = outline(parsed, text);
  outlines.set(parsed, { text, symbols });
  return symbols;
}

/**
 * Each declaration's symbol, made once per declaration object. A declaration object stands for
 * the same text at the same lines: an incremental parse keeps the objects of the declarations
 * an edit did not touch as long as their lines did not move (shift.ts), so after typing within
 * a line the outline of a 100k-line text is the previous one with one symbol made anew.
 */
const symbolsOf = new WeakMap<object, DocumentSymbol | null>();

function symbolOf<N extends object>(node: N, make: (node: N) => DocumentSymbol | undefined, reuse: boolean): DocumentSymbol | undefined {
  if (!reuse) return make(node);
  let symbol = symbolsOf.get(node);
  if (symbol === undefined) symbolsOf.set(node, (symbol = make(node) ?? null));
  return symbol ?? undefined;
}

function outline(parsed: ParseResult, text: string): DocumentSymbol[] {
  // Labels are read from the text the nodes were parsed from; any other text gets its own.
  const ownText = parsed.lines?.text === text;
  const lines = ownText ? parsed.lines : new LineIndex(text);
  const context: OutlineContext = {
    sourceLine: (range) => outlineLabel(text, lines.offsetAt(range.start), lines.offsetAt(range.end)),
    oneLine: (value) => outlineLabel(value, 0, value.length),
    kindOf: (kind) => symbolKinds[kind].outline,
  };
  const result: DocumentSymbol[] = [];
  for (const i of parsed.ast.instruments) {
    const symbol = symbolOf(i, (node) => instrumentRow.outline(node, context), ownText);
    if (symbol) result.push(symbol);
  }
  for (const d of parsed.ast.declarations) {
    const symbol = symbolOf(d, (node) => rowOf(node).outline(node, context), ownText);
    if (symbol) result.push(symbol);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Longest outline label; a longer one is cut to one less and ends with `…`. */
const labelLength = 80;

/**
 * `text[from, to)` with each run of whitespace as one space, trimmed, cut to `labelLength`.
 * It reads only as far as the label shows, rather than collapsing a whole meaning or protocol
 * step (a clause's prose, in a long instrument) to keep 80 characters of it.
 */
export function outlineLabel(text: string, from: number, to: number): string {
  let flat = '';
  let space = false;
  for (let i = from; i < to && flat.length <= labelLength; i++) {
    const ch = text[i];
    if (isWhitespace(ch.charCodeAt(0), ch)) {
      space = flat.length > 0;
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += ch;
  }
  return flat.length > labelLength ? flat.slice(0, labelLength - 1) + '…' : flat;
}

/** What `\s` matches (printable ASCII never does: the common case, without a regex). */
function isWhitespace(code: number, ch: string): boolean {
  return code > 32 && code < 127 ? false : /\s/.test(ch);
}

export function workspaceSymbols(host: FeatureHost, query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase();
  const result: WorkspaceSymbol[] = [];
  for (const uri of host.knownUris()) {
    const ast: EntenteDocument | undefined = host.parse(uri)?.ast;
    if (!ast) continue;
    const container = ast.instrument?.title?.value ?? uri.slice(uri.lastIndexOf('/') + 1);
    for (const { symbol: s, lower } of searchable(uri, ast)) {
      if (!fuzzy(lower, wanted)) continue;
      result.push({ name: s.name, kind: symbolKinds[s.kind].outline, location: { uri, range: s.nameRange }, containerName: container });
    }
    if (result.length > 1000) break;
  }
  return result;
}

/**
 * A document's declared symbols with their names in lower case, made once per parse (an AST is
 * never changed once made): the editor asks again as the drafter types the query, and at 100,000
 * lines collecting and lower-casing 9,000 symbols was most of each answer.
 */
const searchables = new WeakMap<EntenteDocument, { readonly uri: string; readonly symbols: readonly { readonly symbol: DeclaredSymbol; readonly lower: string }[] }>();

function searchable(uri: string, ast: EntenteDocument): readonly { readonly symbol: DeclaredSymbol; readonly lower: string }[] {
  let kept = searchables.get(ast);
  if (kept?.uri !== uri) searchables.set(ast, (kept = { uri, symbols: collectDeclarations(uri, ast, ast).map((symbol) => ({ symbol, lower: symbol.name.toLowerCase() })) }));
  return kept.symbols;
}

/** Every character of the query appears in the name, in order (as editors match symbols). */
function fuzzy(name: string, query: string): boolean {
  let i = 0;
  for (const ch of name) if (i < query.length && ch === query[i]) i++;
  return i === query.length;
}
