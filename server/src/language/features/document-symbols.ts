/**
 * The outline: the instrument header with its statements, then every declaration in source
 * order, each as its row of the construct table draws it (parties with their contacts,
 * protocols with their steps). Workspace symbols search the declarations of every document the
 * service knows, by a fuzzy match on the name.
 */
import type { EntenteDocument } from '../ast/nodes';
import { LineIndex, type Range } from '../ast/positions';
import type { OutlineContext } from '../constructs/construct';
import { instrumentRow, rowOf, symbolKinds } from '../constructs/table';
import { collectDeclarations } from '../model/linker';
import type { FeatureHost } from './host';
import type { DocumentSymbol, WorkspaceSymbol } from './types';

export function documentSymbols(host: FeatureHost, uri: string): DocumentSymbol[] {
  const parsed = host.parse(uri);
  const text = host.text(uri);
  if (!parsed || text === undefined) return [];
  const lines = parsed.lines?.text === text ? parsed.lines : new LineIndex(text);
  const context: OutlineContext = { source: (range) => sliceLines(text, lines, range), oneLine, kindOf: (kind) => symbolKinds[kind].outline };
  const result: DocumentSymbol[] = parsed.ast.instruments.map((i) => instrumentRow.outline(i, context)).filter((s) => s !== undefined);
  for (const d of parsed.ast.declarations) {
    const symbol = rowOf(d).outline(d, context);
    if (symbol) result.push(symbol);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

/** The text under a range, line breaks as `\n` (through the line index: splitting the text per symbol was quadratic). */
function sliceLines(text: string, lines: LineIndex, range: Range): string {
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)).replace(/\r\n?/g, '\n');
}

export function workspaceSymbols(host: FeatureHost, query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase();
  const result: WorkspaceSymbol[] = [];
  for (const uri of host.knownUris()) {
    const ast: EntenteDocument | undefined = host.parse(uri)?.ast;
    if (!ast) continue;
    const container = ast.instrument?.title?.value ?? uri.slice(uri.lastIndexOf('/') + 1);
    for (const s of collectDeclarations(uri, ast)) {
      if (!fuzzy(s.name.toLowerCase(), wanted)) continue;
      result.push({ name: s.name, kind: symbolKinds[s.kind].outline, location: { uri, range: s.nameRange }, containerName: container });
    }
    if (result.length > 1000) break;
  }
  return result;
}

/** Every character of the query appears in the name, in order (as editors match symbols). */
function fuzzy(name: string, query: string): boolean {
  let i = 0;
  for (const ch of name) if (i < query.length && ch === query[i]) i++;
  return i === query.length;
}
