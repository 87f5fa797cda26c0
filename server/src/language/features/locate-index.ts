/**
 * What holds a position, found without reading the whole document: the header or declaration
 * by binary search, the declared names through the declaration that holds them. Go to
 * definition, highlights, references, rename and hover ask this for one position; scanning every
 * declaration and symbol for it cost 13 ms a request at 100,000 lines, 15 times the cost at
 * 10,000. Each gives what the scan gave, in the same order (test/features/locate-index.test.ts).
 *
 * Right after a keystroke every request reads a new model, so nothing here may cost a pass over
 * the document per model: an index of every declared name by line, made per model, was 4 ms of a
 * hover right after a keystroke at 100,000 lines, and checking the order of every declaration
 * 3 ms more (and several times that while the code was still cold). The order of a list that
 * differs from one already checked only where an edit re-parsed is checked there alone
 * (test/features/locate-index-edits.test.ts).
 */
import { comparePositions, rangeContains, type Position, type Range } from '../ast/positions';
import type { Declaration } from '../ast/nodes';
import { declaredBy, declaredSymbols } from '../model/declared-symbols';
import type { SemanticModel } from '../model/semantic-model';
import type { DeclaredSymbol } from '../model/symbols';

type Ranged = { readonly range: Range };

/** Whether each node list is in document order with ranges that neither overlap nor touch. */
const disjointLists = new WeakMap<readonly Ranged[], boolean>();

/** The lists last found in order, newest first: a list after an edit is checked against them. */
const lastInOrder: WeakRef<readonly Ranged[]>[] = [];
const keptInOrder = 8;

/** Whether nodes[from..to) are each well formed and each follows the one before it (from ≥ 1 checks the pair at `from`). */
function inOrder(nodes: readonly Ranged[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const node = nodes[i];
    if (comparePositions(node.range.start, node.range.end) > 0) return false;
    if (i > 0 && comparePositions(nodes[i - 1].range.end, node.range.start) >= 0) return false;
  }
  return true;
}

/**
 * A list that shares its first `head` and last `tail` elements (the very same nodes) with a list
 * in order is in order when its other elements are, each after the one before: the pairs within
 * the shared parts were checked in the older list, and every pair that is not is checked here.
 * Undefined when no list kept shares most of its elements.
 */
function inOrderLike(nodes: readonly Ranged[]): boolean | undefined {
  for (const ref of lastInOrder) {
    const other = ref.deref();
    if (other === undefined) continue;
    let head = 0;
    const shortest = Math.min(nodes.length, other.length);
    while (head < shortest && nodes[head] === other[head]) head++;
    let tail = 0;
    while (tail < shortest - head && nodes[nodes.length - 1 - tail] === other[other.length - 1 - tail]) tail++;
    if (head + tail < nodes.length / 2) continue;
    // The rest, with the pair on either side of it.
    return inOrder(nodes, head, Math.min(nodes.length, nodes.length - tail + 1));
  }
  return undefined;
}

function disjoint(nodes: readonly Ranged[]): boolean {
  let known = disjointLists.get(nodes);
  if (known !== undefined) return known;
  known = inOrderLike(nodes) ?? inOrder(nodes, 0, nodes.length);
  disjointLists.set(nodes, known);
  if (known && nodes.length > 0) {
    lastInOrder.unshift(new WeakRef(nodes));
    if (lastInOrder.length > keptInOrder) lastInOrder.pop();
  }
  return known;
}

/**
 * The nodes whose range contains the position, in the list's order. Top-level nodes follow one
 * another, so at most one holds it: the last that starts at or before it. A list in another
 * shape (none is known; recovery keeps document order) is scanned.
 */
export function nodesAt<T extends Ranged>(nodes: readonly T[], position: Position): T[] {
  if (!disjoint(nodes)) return nodes.filter((node) => rangeContains(node.range, position));
  let low = 0;
  let high = nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (comparePositions(nodes[middle].range.start, position) <= 0) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found >= 0 && rangeContains(nodes[found].range, position) ? [nodes[found]] : [];
}

/**
 * The model's own declarations whose name contains the position, in the order of `model.symbols`:
 * those the declarations holding the position declare (a declaration's names lie within it, and
 * `model.symbols` lists each declaration's names in the order of the declarations).
 */
export function declaredAt(model: SemanticModel, position: Position): DeclaredSymbol[] {
  const result: DeclaredSymbol[] = [];
  const table = declaredSymbols(model);
  for (const declaration of nodesAt<Declaration>(model.ast.declarations, position)) {
    for (const symbol of declaredBy(table, model.uri, declaration)) if (rangeContains(symbol.nameRange, position)) result.push(symbol);
  }
  return result;
}
