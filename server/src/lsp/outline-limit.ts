/**
 * The outline stops at `entente.outline.maxItems` symbols (5,000 unless set), as VS Code's own
 * JSON and YAML servers do (`json.maxItemsComputed`, `yaml.maxItemsComputed`). A 100,000-line
 * instrument has about 16,000 symbols: 4 MB of JSON that the server encodes and the editor
 * decodes on every outline request, and VS Code asks again after each edit for the breadcrumbs.
 *
 * Symbols are kept breadth-first, so what goes first is the deepest detail (protocol steps,
 * channel fields), and the articles, parties and channels stay; within a level the document's
 * order is kept, so a truncated outline is a prefix of the full one at every depth.
 */
import type { DocumentSymbol } from 'vscode-languageserver/node';

export const defaultOutlineMaxItems = 5000;

export interface LimitedOutline {
  readonly symbols: DocumentSymbol[];
  /** Symbols in the whole outline, counting those left out. */
  readonly total: number;
  /** Whether some were left out. */
  readonly limited: boolean;
}

export function limitOutline(symbols: readonly DocumentSymbol[], maxItems: number): LimitedOutline {
  const total = countSymbols(symbols);
  if (total <= maxItems) return { symbols: symbols as DocumentSymbol[], total, limited: false };
  // Breadth-first: each kept symbol is copied with an empty list of children, which the next
  // level fills while the budget lasts. The copies are new objects; the input is shared.
  const kept: DocumentSymbol[] = [];
  let level: { symbol: DocumentSymbol; into: DocumentSymbol[] }[] = symbols.map((symbol) => ({ symbol, into: kept }));
  let budget = maxItems;
  while (level.length > 0 && budget > 0) {
    const next: typeof level = [];
    for (const { symbol, into } of level) {
      if (budget === 0) break;
      budget--;
      const { children, ...rest } = symbol;
      const copy: DocumentSymbol = { ...rest };
      into.push(copy);
      if (children && children.length > 0) {
        copy.children = [];
        for (const child of children) next.push({ symbol: child, into: copy.children });
      }
    }
    level = next;
  }
  dropEmptyChildren(kept);
  return { symbols: kept, total, limited: true };
}

function countSymbols(symbols: readonly DocumentSymbol[]): number {
  let count = 0;
  for (const symbol of symbols) count += 1 + (symbol.children ? countSymbols(symbol.children) : 0);
  return count;
}

/** A symbol whose children were all left out has none: `children` is optional, an empty list says the same at a cost. */
function dropEmptyChildren(symbols: DocumentSymbol[]): void {
  for (const symbol of symbols) {
    if (!symbol.children) continue;
    if (symbol.children.length === 0) delete symbol.children;
    else dropEmptyChildren(symbol.children);
  }
}
