/**
 * What the rendering reads in every clause's heading or text to arrange the instrument (does it
 * carry its own designation, is it the preamble, the final formula), kept with the clause's node:
 * after a keystroke every other clause is the same node with the same text, and reading each of a
 * 100,000-line text's headings and texts again was about a tenth of rendering it.
 *
 * A kept reading is reused only for the same node and the very text it read (compared as
 * strings: the node's own string, or the library's for a clause taken from it, is the same object
 * while unchanged, so the comparison is one identity check).
 */
export function keptReading<T>(read: (text: string) => T): (node: object, text: string) => T {
  const kept = new WeakMap<object, { readonly text: string; readonly value: T }>();
  return (node, text) => {
    const before = kept.get(node);
    if (before !== undefined && before.text === text) return before.value;
    const value = read(text);
    kept.set(node, { text, value });
    return value;
  };
}

/**
 * Where in a list of nodes (a text's clauses) a reading of each node finds something, kept from
 * the lists read before (issue #11). After a keystroke the new model's list holds the very nodes
 * of the old one but the edited one, so its findings are the old list's in the common head and
 * tail (found by comparing nodes, not by looking each one up) and the reading of the nodes
 * between. Without it every new model read each of a 100,000-line text's clauses again — a
 * look-up per clause, per question asked of the whole text (does any clause hold the final
 * formula, the signatures, the preamble, which topics do their headings name).
 *
 * `read` must give the same for the same node under the same `key` (everything else it reads,
 * compared element by element with `===`), as the kept readings above do: an AST node is never
 * changed once made. Each scan is made for one question, by `keptScan()`. Found values are those
 * `read` gives that are not undefined, in list order, with their index.
 */
export function keptScan<N extends object, T>(): (list: readonly N[], key: readonly unknown[], read: (node: N) => T | undefined) => readonly Found<T>[] {
  // The last scan of a list, by its first node and by its last (an edit of one leaves the other): nothing is held once the nodes are gone.
  const byFirst = new WeakMap<N, Scan<N, T>>();
  const byLast = new WeakMap<N, Scan<N, T>>();
  return (list, key, read) => {
    const candidates = list.length > 0 ? [byFirst.get(list[0]), byLast.get(list[list.length - 1])] : [];
    const before = candidates.find((s) => s !== undefined && sameKey(s.key, key));
    const found: Found<T>[] = [];
    let head = 0;
    let tail = 0;
    if (before !== undefined) {
      const old = before.list;
      const common = Math.min(old.length, list.length);
      while (head < common && old[head] === list[head]) head++;
      while (tail < common - head && old[old.length - 1 - tail] === list[list.length - 1 - tail]) tail++;
      for (const f of before.found) if (f.index < head) found.push(f);
    }
    for (let i = head; i < list.length - tail; i++) {
      const value = read(list[i]);
      if (value !== undefined) found.push({ index: i, value });
    }
    if (before !== undefined) {
      const shift = list.length - before.list.length;
      for (const f of before.found) if (f.index >= before.list.length - tail) found.push({ index: f.index + shift, value: f.value });
    }
    if (list.length > 0) {
      const scan = { list, key, found };
      byFirst.set(list[0], scan);
      byLast.set(list[list.length - 1], scan);
    }
    return found;
  };
}

interface Scan<N, T> {
  readonly list: readonly N[];
  readonly key: readonly unknown[];
  readonly found: readonly Found<T>[];
}

export interface Found<T> {
  readonly index: number;
  readonly value: T;
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
