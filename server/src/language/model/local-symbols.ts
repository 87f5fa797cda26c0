/**
 * The symbols a document's own declarations declare, in order and by kind, as SemanticModel's
 * constructor reads them (issue #11). A model is made anew on every keystroke, and listing the
 * symbols of every declaration (a weak-map lookup per declaration, then a push per symbol into its
 * kind's list) was some 3% of a keystroke at 10k lines, for one declaration changed.
 *
 * So the lists the last model of the same document made (per service, util/last-states.ts) are
 * patched: when the new tree has as many declarations as that one and each declaration it replaced
 * declares as many symbols of the same kinds as the one it replaces (a keystroke in a clause's
 * prose, or in a name), the flat list is copied with those symbols put in place, and only the
 * kinds they belong to get a new list; every other kind keeps the very same list, which
 * symbol-index.ts then tells unchanged by identity. Otherwise the lists are made in full. Either
 * way the lists equal `collectDeclarations` of the tree and its split by kind, in order (the
 * property test in test/analysis/local-symbols-reuse.test.ts holds them equal after random edits).
 * The lists are shared between models: nobody may change them.
 */
import type { Declaration, EntenteDocument } from '../ast/nodes';
import { LastStates } from '../util/last-states';
import { declaredBy, declaredSymbols, type DeclaredTable } from './declared-symbols';
import type { DeclaredSymbol, SymbolKind } from './symbols';

export interface LocalSymbols {
  /** Every symbol of the document's declarations, in the order of the declarations. */
  readonly symbols: readonly DeclaredSymbol[];
  /** The same, split by kind (each kind's symbols in the same order). */
  readonly byKind: ReadonlyMap<SymbolKind, readonly DeclaredSymbol[]>;
}

interface Kept extends LocalSymbols {
  readonly declarations: readonly Declaration[];
  /** Per declaration, where its symbols start in `symbols` (one more entry: the end). */
  readonly starts: readonly number[];
  /** Per symbol of `symbols`, its place in its kind's list. */
  readonly placeInKind: readonly number[];
}

const last = new LastStates<Kept>(8);

/** Past this many declarations replaced, the lists are made in full (a paste, a reformatting). */
const maxPatched = 16;

/** The local symbols of `ast` (document `uri`), patched from those of the last model of the document where possible. */
export function localSymbols(model: object, uri: string, ast: EntenteDocument): LocalSymbols {
  const declarations = ast.declarations;
  const kept = last.get(model, uri);
  const table = declaredSymbols(model);
  const made = (kept && kept.declarations === declarations ? kept : kept && patched(table, kept, uri, declarations)) ?? inFull(table, uri, declarations);
  last.set(model, uri, made);
  return made;
}

function inFull(table: DeclaredTable, uri: string, declarations: readonly Declaration[]): Kept {
  const symbols: DeclaredSymbol[] = [];
  const starts: number[] = [];
  const placeInKind: number[] = [];
  const byKind = new Map<SymbolKind, DeclaredSymbol[]>();
  for (const d of declarations) {
    starts.push(symbols.length);
    for (const symbol of declaredBy(table, uri, d)) {
      let list = byKind.get(symbol.kind);
      if (!list) byKind.set(symbol.kind, (list = []));
      placeInKind.push(list.length);
      list.push(symbol);
      symbols.push(symbol);
    }
  }
  starts.push(symbols.length);
  return { declarations, symbols, byKind, starts, placeInKind };
}

/** The kept lists with the replaced declarations' symbols put in place, or undefined when they do not line up. */
function patched(table: DeclaredTable, kept: Kept, uri: string, declarations: readonly Declaration[]): Kept | undefined {
  const before = kept.declarations;
  if (before.length !== declarations.length) return undefined;
  const replaced: number[] = [];
  for (let i = 0; i < declarations.length; i++) {
    if (declarations[i] !== before[i]) {
      if (replaced.length === maxPatched) return undefined;
      replaced.push(i);
    }
  }
  if (replaced.length === 0) return { ...kept, declarations };
  let symbols: DeclaredSymbol[] | undefined;
  const byKind = new Map(kept.byKind);
  const copied = new Set<SymbolKind>();
  for (const i of replaced) {
    const from = kept.starts[i];
    const now = declaredBy(table, uri, declarations[i]);
    if (now.length !== kept.starts[i + 1] - from) return undefined;
    for (let k = 0; k < now.length; k++) {
      const was = kept.symbols[from + k];
      const symbol = now[k];
      if (symbol === was) continue;
      if (symbol.kind !== was.kind) return undefined;
      symbols ??= kept.symbols.slice();
      symbols[from + k] = symbol;
      let list = byKind.get(symbol.kind) as DeclaredSymbol[];
      if (!copied.has(symbol.kind)) {
        byKind.set(symbol.kind, (list = list.slice()));
        copied.add(symbol.kind);
      }
      list[kept.placeInKind[from + k]] = symbol;
    }
  }
  if (!symbols) return { ...kept, declarations };
  return { declarations, symbols, byKind, starts: kept.starts, placeInKind: kept.placeInKind };
}
