/**
 * The symbols of one kind by name, as SemanticModel looks names up (local declarations shadow
 * imported ones of the same kind and name: a name's list holds every local symbol of that name,
 * and the imported ones, in import order, only where there is none).
 *
 * A pure function of the two lists, so the index the last model of the same document made
 * (per service, util/last-states.ts) is taken as it is when both lists hold the very same
 * symbols: symbols are kept with their declaration's node (linker.ts, `declaredBy`), so after a
 * keystroke in a clause only the clauses' index is made again, not the channels', protocols' or
 * contacts' (10k lines: indexing was 3% of a keystroke). And the clauses' index is patched, not
 * made again, where the keystroke replaced a clause's symbol by one of the same name: the names
 * whose lists changed are kept beside the index made last (`PatchedIndex`; at 10k lines indexing
 * the 362 clauses was 2% of a warm keystroke and 5% of the first ones). The lists in the index are
 * shared between models: readers must not change them.
 */
import { LastStates } from '../util/last-states';
import { sameElements } from '../util/same-values';
import type { DeclaredSymbol, SymbolKind } from './symbols';

export interface SymbolLists {
  readonly local: readonly DeclaredSymbol[];
  readonly imported: readonly DeclaredSymbol[];
}

/** The symbols of one kind by name, as the model reads them. */
export interface SymbolsByName {
  get(name: string): DeclaredSymbol[] | undefined;
  /** Each name's list, in the order the names were first indexed. */
  values(): Iterable<DeclaredSymbol[]>;
  entries(): Iterable<[string, DeclaredSymbol[]]>;
}

interface KindIndex extends SymbolLists {
  readonly byName: SymbolsByName;
}

const lastIndexes = new LastStates<Map<SymbolKind, KindIndex>>(8);

/** Past this many names whose lists were replaced, an index is made anew rather than patched again. */
const maxReplaced = 64;

/**
 * The index of `lists` for `kind` in the model (of document `uri`): the last one made for it
 * when the lists are the same; when they differ only in symbols replaced by symbols of the same
 * name at the same places (a keystroke in a clause replaces its node, and so its symbol), the last
 * one with those names' lists replaced, not every name indexed again.
 */
export function symbolIndex(model: object, uri: string, kind: SymbolKind, lists: SymbolLists): SymbolsByName {
  let last = lastIndexes.get(model, uri);
  const kept = last?.get(kind);
  if (kept && sameElements(kept.imported, lists.imported)) {
    if (sameElements(kept.local, lists.local)) return kept.byName;
    const patched = replacedSameNames(kept, lists.local);
    if (patched) {
      last!.set(kind, { local: lists.local, imported: lists.imported, byName: patched });
      return patched;
    }
  }
  const byName = new PatchedIndex(indexByName(lists), new Map());
  if (!last) lastIndexes.set(model, uri, (last = new Map()));
  last.set(kind, { local: lists.local, imported: lists.imported, byName });
  return byName;
}

/**
 * The kept index with the lists of the names whose symbols were replaced made again, when `local`
 * differs from the kept list only in symbols of the same name at the same places; else undefined.
 */
function replacedSameNames(kept: KindIndex, local: readonly DeclaredSymbol[]): PatchedIndex | undefined {
  const before = kept.local;
  if (before.length !== local.length || !(kept.byName instanceof PatchedIndex)) return undefined;
  const index = kept.byName;
  let replaced: Map<string, DeclaredSymbol[]> | undefined;
  for (let i = 0; i < local.length; i++) {
    const was = before[i];
    const now = local[i];
    if (was === now) continue;
    if (was.name !== now.name) return undefined;
    replaced ??= new Map(index.replaced);
    const list = replaced.get(now.name) ?? index.get(now.name);
    const at = list ? list.indexOf(was) : -1;
    if (!list || at < 0) return undefined;
    const copy = list.slice();
    copy[at] = now;
    replaced.set(now.name, copy);
  }
  if (!replaced) return index;
  // Too many lists replaced since the index was made: made anew, flat.
  if (replaced.size > maxReplaced) return new PatchedIndex(flatten(index.base, replaced), new Map());
  return new PatchedIndex(index.base, replaced);
}

/** An index made once (`base`) with some names' lists replaced since; neither map is changed once made. */
class PatchedIndex implements SymbolsByName {
  constructor(
    readonly base: ReadonlyMap<string, DeclaredSymbol[]>,
    readonly replaced: ReadonlyMap<string, DeclaredSymbol[]>,
  ) {}

  get(name: string): DeclaredSymbol[] | undefined {
    if (this.replaced.size > 0) {
      const list = this.replaced.get(name);
      if (list !== undefined) return list;
    }
    return this.base.get(name);
  }

  *values(): Iterable<DeclaredSymbol[]> {
    for (const [name, list] of this.base) yield this.replaced.get(name) ?? list;
  }

  *entries(): Iterable<[string, DeclaredSymbol[]]> {
    for (const [name, list] of this.base) yield [name, this.replaced.get(name) ?? list];
  }
}

function flatten(base: ReadonlyMap<string, DeclaredSymbol[]>, replaced: ReadonlyMap<string, DeclaredSymbol[]>): Map<string, DeclaredSymbol[]> {
  const flat = new Map<string, DeclaredSymbol[]>();
  for (const [name, list] of base) flat.set(name, replaced.get(name) ?? list);
  return flat;
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
