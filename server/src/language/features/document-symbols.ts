/**
 * The outline: the instrument header with its statements, then every declaration in source
 * order, parties with their contacts and protocols with their steps. Workspace symbols search
 * the declarations of every document the service knows, by a fuzzy match on the name.
 */
import type { Declaration, EntenteDocument, Instrument, Text } from '../ast/nodes';
import type { Range } from '../ast/positions';
import { collectDeclarations } from '../model/linker';
import type { SymbolKind } from '../model/symbols';
import type { FeatureHost } from './host';
import type { DocumentSymbol, SymbolKindName, WorkspaceSymbol } from './types';

const symbolKinds: Record<SymbolKind, SymbolKindName> = {
  party: 'Class',
  contact: 'Field',
  'security-agreement': 'Struct',
  channel: 'Interface',
  protocol: 'Function',
  exercise: 'Event',
  cooperation: 'Method',
  body: 'Namespace',
  term: 'Constant',
  clause: 'Key',
};

export function documentSymbols(host: FeatureHost, uri: string): DocumentSymbol[] {
  const parsed = host.parse(uri);
  const text = host.text(uri);
  if (!parsed || text === undefined) return [];
  const source = (range: Range) => sliceLines(text, range);
  const result: DocumentSymbol[] = parsed.ast.instruments.map((i) => instrumentSymbol(i, source));
  for (const d of parsed.ast.declarations) {
    const symbol = declarationSymbol(d, source);
    if (symbol) result.push(symbol);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function instrumentSymbol(i: Instrument, source: (r: Range) => string): DocumentSymbol {
  return {
    name: i.title?.value || i.kind.text,
    detail: i.kind.text,
    kind: 'Module',
    range: i.range,
    selectionRange: i.title?.range ?? i.kind.range,
    children: i.items.map((item) => leaf(oneLine(source(item.range)), 'Property', item.range)),
  };
}

function declarationSymbol(d: Declaration, source: (r: Range) => string): DocumentSymbol | undefined {
  const named = (kind: SymbolKind, id: { text: string; range: Range } | undefined, detail?: Text, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: id?.text || `(unnamed ${kind})`,
    detail: detail?.value,
    kind: symbolKinds[kind],
    range: d.range,
    selectionRange: id?.range ?? d.range,
    children,
  });
  switch (d.type) {
    case 'Use':
      return leaf(d.path?.value || 'use', 'File', d.range);
    case 'Party':
      return named('party', d.id, d.name, d.contacts.map((c) => ({ ...leaf(c.id?.text || c.name?.value || 'contact', 'Field', c.range, c.id?.range), detail: c.name?.value })));
    case 'SecurityAgreement':
      return named('security-agreement', d.id, d.name);
    case 'Channel':
      return named('channel', d.id);
    case 'IncidentProtocol':
      return named('protocol', d.id, undefined, [...d.notifications, ...d.reports, ...d.escalations].sort((a, b) => a.range.start.line - b.range.start.line).map((s) => leaf(oneLine(source(s.range)), 'Event', s.range)));
    case 'Exercise':
      return named('exercise', d.id);
    case 'Cooperation':
      return { ...named('cooperation', d.id), detail: d.kind.text };
    case 'GovernanceBody':
      return named('body', d.id, d.name);
    case 'Definition':
      return d.term ? { ...leaf(d.term.value, 'Constant', d.range, d.term.range), detail: d.meaning ? oneLine(d.meaning.value) : undefined } : undefined;
    case 'Clause':
      return named('clause', d.id, d.heading);
    case 'Assistance':
      return leaf('assistance', 'Object', d.range);
    default:
      return undefined;
  }
}

function leaf(name: string, kind: SymbolKindName, range: Range, selectionRange: Range = range): DocumentSymbol {
  return { name: name || kind.toLowerCase(), kind, range, selectionRange, children: [] };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

function sliceLines(text: string, range: Range): string {
  const lines = text.split(/\r\n?|\n/);
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const parts = lines.slice(range.start.line, range.end.line + 1);
  parts[0] = parts[0].slice(range.start.character);
  parts[parts.length - 1] = parts[parts.length - 1].slice(0, range.end.character);
  return parts.join('\n');
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
      result.push({ name: s.name, kind: symbolKinds[s.kind], location: { uri, range: s.nameRange }, containerName: container });
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
