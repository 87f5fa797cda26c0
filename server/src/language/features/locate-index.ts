/**
 * What holds a position, found without reading the whole document: the header or declaration
 * by binary search, the declared names by line. Go to definition, highlights, references,
 * rename and hover ask this for one position; scanning every declaration and symbol for it
 * cost 13 ms a request at 100,000 lines, 15 times the cost at 10,000. Each index is made once
 * per node list or model (neither is changed once made) and gives what the scan gave, in the
 * same order (test/features/locate-index.test.ts).
 */
import { comparePositions, rangeContains, type Position, type Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import type { DeclaredSymbol } from '../model/symbols';

/** Whether each node list is in document order with ranges that neither overlap nor touch. */
const disjointLists = new WeakMap<readonly { range: Range }[], boolean>();

function disjoint(nodes: readonly { range: Range }[]): boolean {
  let known = disjointLists.get(nodes);
  if (known !== undefined) return known;
  known = nodes.every((node, i) => comparePositions(node.range.start, node.range.end) <= 0 && (i === 0 || comparePositions(nodes[i - 1].range.end, node.range.start) < 0));
  disjointLists.set(nodes, known);
  return known;
}

/**
 * The nodes whose range contains the position, in the list's order. Top-level nodes follow one
 * another, so at most one holds it: the last that starts at or before it. A list in another
 * shape (none is known; recovery keeps document order) is scanned.
 */
export function nodesAt<T extends { range: Range }>(nodes: readonly T[], position: Position): T[] {
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

/** A model's own declared names by each line their name spans, as indices into `model.symbols`. */
const namesByLine = new WeakMap<SemanticModel, Map<number, number[]>>();

function lineIndex(model: SemanticModel): Map<number, number[]> {
  let index = namesByLine.get(model);
  if (index) return index;
  index = new Map();
  model.symbols.forEach((symbol, i) => {
    if (symbol.uri !== model.uri) return;
    for (let line = symbol.nameRange.start.line; line <= symbol.nameRange.end.line; line++) {
      const list = index!.get(line);
      if (list) list.push(i);
      else index!.set(line, [i]);
    }
  });
  namesByLine.set(model, index);
  return index;
}

/** The model's own declarations whose name contains the position, in the order of `model.symbols`. */
export function declaredAt(model: SemanticModel, position: Position): DeclaredSymbol[] {
  const onLine = lineIndex(model).get(position.line) ?? [];
  return onLine.map((i) => model.symbols[i]).filter((symbol) => rangeContains(symbol.nameRange, position));
}
