/**
 * What each declaration declares, as symbols (issue #11: kept with the node, so after a keystroke
 * only the edited declaration is read again). The model's own symbols (local-symbols.ts), the
 * imported documents' (semantic-model.ts), linking (linker.ts, link-reuse.ts) and the features
 * that read a declaration's names by node (features/locate-index.ts) all take them from here.
 */
import type { Declaration, EntenteDocument } from '../ast/nodes';
import { rowOf } from '../constructs/table';
import { NodeTable } from '../util/node-tables';
import type { DeclaredSymbol } from './symbols';

/** The symbols of `ast`'s declarations, the very objects the models of `model`'s service hold (any object: none's, the shared ones). */
export function collectDeclarations(uri: string, ast: EntenteDocument, model: object): DeclaredSymbol[] {
  const table = declaredSymbols(model);
  const symbols: DeclaredSymbol[] = [];
  for (const d of ast.declarations) for (const symbol of declaredBy(table, uri, d)) symbols.push(symbol);
  return symbols;
}

/**
 * What one declaration declares, kept with the node: a reparse reuses the nodes of the
 * declarations a change did not touch, so after a keystroke only the edited one is read again.
 * Symbols are plain readonly data, so models built on successive parses may share them. One
 * table per service (util/node-tables.ts): a model's symbols are the objects its references
 * resolve to, so every reader in a service asks the same table.
 */
const declaredByNode = new NodeTable<Declaration, { readonly uri: string; readonly symbols: readonly DeclaredSymbol[] }>();

export type DeclaredTable = WeakMap<Declaration, { readonly uri: string; readonly symbols: readonly DeclaredSymbol[] }>;

/** The table `declaredBy` reads for the models of `model`'s service: ask once per model or loop. */
export function declaredSymbols(model: object): DeclaredTable {
  return declaredByNode.of(model);
}

/** The symbols one declaration of `uri` declares, in the order `collectDeclarations` lists them (features/locate-index.ts reads them by node). */
export function declaredBy(table: DeclaredTable, uri: string, d: Declaration): readonly DeclaredSymbol[] {
  const kept = table.get(d);
  if (kept?.uri === uri) return kept.symbols;
  const symbols = rowOf(d).declares(d).map((s): DeclaredSymbol => ({ kind: s.kind, name: s.name, uri, nameRange: s.nameRange, range: s.range, node: s.node }));
  table.set(d, { uri, symbols });
  return symbols;
}
