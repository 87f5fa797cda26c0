/**
 * The symbols of one kind by name, as SemanticModel looks names up (local declarations shadow
 * imported ones of the same kind and name: a name's list holds every local symbol of that name,
 * and the imported ones, in import order, only where there is none).
 *
 * A pure function of the two lists, so the index the last model of the same document made
 * (per service, util/last-states.ts) is taken as it is when both lists hold the very same
 * symbols: symbols are kept with their declaration's node (linker.ts, `declaredBy`), so after a
 * keystroke in a clause only the clauses' index is made again, not the channels', protocols' or
 * contacts' (10k lines: indexing was 3% of a keystroke). The lists in the index are shared
 * between models: readers must not change them.
 */
import { LastStates } from '../util/last-states';
import { sameElements } from '../util/same-values';
import type { DeclaredSymbol, SymbolKind } from './symbols';

export interface SymbolLists {
  readonly local: readonly DeclaredSymbol[];
  readonly imported: readonly DeclaredSymbol[];
}

interface KindIndex extends SymbolLists {
  readonly byName: ReadonlyMap<string, DeclaredSymbol[]>;
}

const lastIndexes = new LastStates<Map<SymbolKind, KindIndex>>(8);

/** The index of `lists` for `kind` in the model (of document `uri`), the last one made for it when the lists are the same. */
export function symbolIndex(model: object, uri: string, kind: SymbolKind, lists: SymbolLists): ReadonlyMap<string, DeclaredSymbol[]> {
  let last = lastIndexes.get(model, uri);
  const kept = last?.get(kind);
  if (kept && sameElements(kept.local, lists.local) && sameElements(kept.imported, lists.imported)) return kept.byName;
  const byName = indexByName(lists);
  if (!last) lastIndexes.set(model, uri, (last = new Map()));
  last.set(kind, { local: lists.local, imported: lists.imported, byName });
  return byName;
}

function indexByName(lists: SymbolLists): Map<string, DeclaredSymbol[]> {
  const byName = new Map<string, DeclaredSymbol[]>();
  for (const symbol of lists.local) {
    const list = byName.get(symbol.name);
    if (list) list.push(symbol);
    else byName.set(symbol.name, [symbol]);
  }
  const importedLists = new Set<DeclaredSymbol[]>();
  for (const symbol of lists.imported) {
    const list = byName.get(symbol.name);
    if (!list) {
      const created = [symbol];
      byName.set(symbol.name, created);
      importedLists.add(created);
    } else if (importedLists.has(list)) list.push(symbol);
  }
  return byName;
}
