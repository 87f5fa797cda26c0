/**
 * What name is under the cursor, and where else the same symbol is declared or used. Shared by
 * definition, references, highlights, rename and hover.
 *
 * A symbol is identified by kind and name within the documents connected to it through `use`
 * and `annex … of` (in either direction): a bare `participant EE` in an instrument and the full
 * record in the registry it uses are the same party, while an unrelated instrument's `EE` is not.
 */
import { comparePositions, rangeContains, type Position, type Range } from '../ast/positions';
import { referencesWithin } from '../model/linker';
import type { SemanticModel } from '../model/semantic-model';
import { isSymbolReference, type DeclaredSymbol, type Reference, type SymbolKind, type SymbolReference } from '../model/symbols';
import type { Declaration } from '../ast/nodes';
import type { Instrument } from '../ast/header-nodes';
import type { FeatureHost } from './host';
import { declaredAt, nodesAt } from './locate-index';

export interface SymbolAt {
  readonly kind: SymbolKind;
  readonly name: string;
  /** The written name under the cursor. */
  readonly range: Range;
  /** Set when the cursor is on a declaration's name. */
  readonly declaration?: DeclaredSymbol;
  /** Set when the cursor is on a reference. */
  readonly reference?: Reference;
}

export interface Occurrence {
  readonly uri: string;
  readonly range: Range;
  readonly isDeclaration: boolean;
  /** A `§Name` citing the symbol in a clause's or a note's text. */
  readonly cited?: true;
  /** A term used in another form than its name, as written ("member of his family"; model/term-forms.ts). */
  readonly form?: string;
}

/** The declaration or reference whose name contains the position (the narrowest one). */
export function symbolAt(model: SemanticModel, position: Position): SymbolAt | undefined {
  let best: DeclaredSymbol | SymbolReference | undefined;
  const candidates: (DeclaredSymbol | SymbolReference)[] = [];
  candidates.push(...declaredAt(model, position));
  for (const ref of referencesAt(model, position)) if (isSymbolReference(ref)) candidates.push(ref);
  for (const candidate of candidates) {
    if (!best || width(nameRange(candidate)) < width(nameRange(best))) best = candidate;
  }
  if (!best) return undefined;
  return isDeclaration(best)
    ? { kind: best.kind, name: best.name, range: best.nameRange, declaration: best }
    : { kind: best.kind, name: best.name, range: best.range, reference: best };
}

export function referenceAt(model: SemanticModel, position: Position): Reference | undefined {
  return referencesAt(model, position)[0];
}

/**
 * The references whose range holds the position, in the model's order. Only the header or
 * declaration under the cursor is linked (`referencesWithin`): a request right after a keystroke
 * does not wait for the whole document's references, nor index them by position.
 */
function referencesAt(model: SemanticModel, position: Position): Reference[] {
  const result: Reference[] = [];
  for (const nodes of [model.ast.instruments, model.ast.declarations] as readonly (readonly (Instrument | Declaration)[])[]) {
    for (const node of nodesAt(nodes, position)) {
      for (const ref of referencesWithin(model, node)) if (rangeContains(ref.range, position)) result.push(ref);
    }
  }
  return result;
}

const isDeclaration = (item: DeclaredSymbol | SymbolReference): item is DeclaredSymbol => 'nameRange' in item;
const nameRange = (item: DeclaredSymbol | SymbolReference): Range => (isDeclaration(item) ? item.nameRange : item.range);

function width(range: Range): number {
  return (range.end.line - range.start.line) * 100000 + (range.end.character - range.start.character);
}

/** Documents linked to `uri` by `use`, `annex … of`, `implements` or `implemented by`, in either direction, `uri` first. */
export function connectedUris(host: FeatureHost, uri: string): string[] {
  const edges = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    edges.set(a, (edges.get(a) ?? new Set()).add(b));
    edges.set(b, (edges.get(b) ?? new Set()).add(a));
  };
  for (const known of new Set([uri, ...host.knownUris()])) {
    const model = host.model(known);
    if (!model) continue;
    const linked = [...model.usedFiles, ...(model.parentFile ? [model.parentFile] : []), ...(model.implementedFile ? [model.implementedFile] : []), ...model.implementingFiles];
    for (const used of linked) if (used.uri) link(known, used.uri);
  }
  const result = [uri];
  const seen = new Set(result);
  for (let i = 0; i < result.length; i++) {
    for (const next of edges.get(result[i]) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        result.push(next);
      }
    }
  }
  return result;
}

/**
 * Every declaration of a symbol across the connected documents, in document order: what
 * `occurrences` gives with `isDeclaration`, without reading any document's references (at
 * 100,000 lines there are hundreds of thousands; go to definition needs only the declarations).
 */
export function declarations(host: FeatureHost, uri: string, kind: SymbolKind, name: string): Occurrence[] {
  const result: Occurrence[] = [];
  for (const doc of connectedUris(host, uri)) {
    const model = host.model(doc);
    if (!model) continue;
    for (const s of declaredIn(model).get(symbolKey(kind, name)) ?? []) result.push({ uri: doc, range: s.nameRange, isDeclaration: true });
  }
  return sortOccurrences(dropRepeatedStarts(result));
}

/** A model's own declarations by kind and name, indexed once per model (a model is never changed once made). */
const declaredByName = new WeakMap<SemanticModel, Map<string, DeclaredSymbol[]>>();

function declaredIn(model: SemanticModel): Map<string, DeclaredSymbol[]> {
  let index = declaredByName.get(model);
  if (index) return index;
  index = new Map();
  for (const s of model.symbols) {
    if (s.uri !== model.uri) continue;
    const key = symbolKey(s.kind, s.name);
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  declaredByName.set(model, index);
  return index;
}

const symbolKey = (kind: SymbolKind, name: string) => `${kind}\u0000${name}`;

/** The first occurrence at each start (a name declared twice at one place is one place to go to). */
function dropRepeatedStarts(list: readonly Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return list.filter((o) => {
    const key = `${o.uri}#${o.range.start.line}:${o.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortOccurrences(list: Occurrence[]): Occurrence[] {
  return list.sort((a, b) => (a.uri === b.uri ? comparePositions(a.range.start, b.range.start) : a.uri < b.uri ? -1 : 1));
}

/** Every declaration and use of a symbol across the connected documents, in document order. */
export function occurrences(host: FeatureHost, uri: string, kind: SymbolKind, name: string): Occurrence[] {
  const result: Occurrence[] = [];
  const seen = new Set<string>();
  const add = (occurrence: Occurrence) => {
    const key = `${occurrence.uri}#${occurrence.range.start.line}:${occurrence.range.start.character}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push(occurrence);
  };
  for (const doc of connectedUris(host, uri)) {
    const model = host.model(doc);
    if (!model) continue;
    for (const s of model.symbols) if (s.uri === doc && s.kind === kind && s.name === name) add({ uri: doc, range: s.nameRange, isDeclaration: true });
    for (const r of model.references) if (r.uri === doc && r.kind === kind && r.name === name) add({ uri: doc, range: r.range, isDeclaration: false, ...(r.cited ? { cited: true as const } : {}), ...(r.form !== undefined ? { form: r.form } : {}) });
  }
  return sortOccurrences(result);
}
