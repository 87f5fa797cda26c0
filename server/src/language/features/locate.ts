/**
 * What name is under the cursor, and where else the same symbol is declared or used. Shared by
 * definition, references, highlights, rename and hover.
 *
 * A symbol is identified by kind and name within the documents connected to it through `use`
 * and `annex … of` (in either direction): a bare `participant EE` in an instrument and the full
 * record in the registry it uses are the same party, while an unrelated instrument's `EE` is not.
 */
import { comparePositions, type Position, type Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import { isSymbolReference, type DeclaredSymbol, type Reference, type SymbolKind, type SymbolReference } from '../model/symbols';
import type { FeatureHost } from './host';
import { RangeIndex } from './range-index';

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
}

/** The declaration or reference whose name contains the position (the narrowest one). */
export function symbolAt(model: SemanticModel, position: Position): SymbolAt | undefined {
  let best: DeclaredSymbol | SymbolReference | undefined;
  for (const candidate of positionIndex(model).names.containing(position)) {
    if (!best || width(nameRange(candidate)) < width(nameRange(best))) best = candidate;
  }
  if (!best) return undefined;
  return isDeclaration(best)
    ? { kind: best.kind, name: best.name, range: best.nameRange, declaration: best }
    : { kind: best.kind, name: best.name, range: best.range, reference: best };
}

export function referenceAt(model: SemanticModel, position: Position): Reference | undefined {
  return positionIndex(model).references.containing(position)[0];
}

/** Names and references of a model's own document by position, built once per model. */
interface PositionIndex {
  /** Declared names, then references to symbols (not to files or library clauses). */
  readonly names: RangeIndex<DeclaredSymbol | SymbolReference>;
  readonly references: RangeIndex<Reference>;
}

const positionIndexes = new WeakMap<SemanticModel, PositionIndex>();

const isDeclaration = (item: DeclaredSymbol | SymbolReference): item is DeclaredSymbol => 'nameRange' in item;
const nameRange = (item: DeclaredSymbol | SymbolReference): Range => (isDeclaration(item) ? item.nameRange : item.range);

function positionIndex(model: SemanticModel): PositionIndex {
  let index = positionIndexes.get(model);
  if (index) return index;
  const names: (DeclaredSymbol | SymbolReference)[] = [];
  for (const symbol of model.symbols) if (symbol.uri === model.uri) names.push(symbol);
  const references: Reference[] = [];
  for (const ref of model.references) {
    if (ref.uri !== model.uri) continue;
    references.push(ref);
    if (isSymbolReference(ref)) names.push(ref);
  }
  index = { names: new RangeIndex(names, nameRange), references: new RangeIndex(references, (r) => r.range) };
  positionIndexes.set(model, index);
  return index;
}

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
    for (const r of model.references) if (r.uri === doc && r.kind === kind && r.name === name) add({ uri: doc, range: r.range, isDeclaration: false });
  }
  return result.sort((a, b) => (a.uri === b.uri ? comparePositions(a.range.start, b.range.start) : a.uri < b.uri ? -1 : 1));
}
