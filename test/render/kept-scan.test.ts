/**
 * `keptScan` (render/clause-readings.ts): what a question asked of every clause of a text finds
 * (does one hold the final formula, the signatures, the preamble; which topics their headings
 * name), taken from the last lists scanned for the nodes they share at the head and the tail.
 * Whatever the edits — a node replaced, put in, taken out, lists of several documents in turn,
 * another key — each answer must be exactly a fresh scan's of the same list.
 */
import assert from 'node:assert/strict';
import { keptScan } from '../../server/src/language/render/clause-readings';

interface Node {
  readonly id: number;
  readonly holds: number | undefined;
}

/** A small deterministic generator, so that a failure is reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('keptScan: what the last scans found, for the nodes shared at the head and the tail', () => {
  it('equals a fresh scan of the list after each of many random edits, keys and documents', () => {
    const next = random(7);
    let id = 0;
    const node = (): Node => ({ id: id++, holds: next() < 0.2 ? Math.floor(next() * 5) : undefined });
    // The reading depends on the node and the key (an offset added to what it holds), as the render's do on the library.
    const read = (key: number) => (n: Node) => (n.holds === undefined ? undefined : n.holds + key);
    const scan = keptScan<Node, number>();
    const documents = [Array.from({ length: 40 }, node), Array.from({ length: 25 }, node), []];
    let reads = 0;
    for (let step = 0; step < 3000; step++) {
      const d = Math.floor(next() * documents.length);
      const list = [...documents[d]];
      const at = Math.floor(next() * (list.length + 1));
      const edit = next();
      if (edit < 0.3) list.splice(at, 0, ...Array.from({ length: 1 + Math.floor(next() * 3) }, node));
      else if (edit < 0.55) list.splice(at, 1 + Math.floor(next() * 3));
      else if (edit < 0.8 && list.length > 0) list[Math.min(at, list.length - 1)] = node();
      documents[d] = list;
      const key = next() < 0.1 ? 1 : 0;
      const counted = (n: Node) => {
        reads++;
        return read(key)(n);
      };
      const found = scan(list, [key], counted);
      const expected = list.flatMap((n, index) => (read(key)(n) === undefined ? [] : [{ index, value: read(key)(n)! }]));
      assert.deepEqual(found, expected, `step ${step}`);
    }
    assert.ok(reads > 0);
  });

  it('after a node replaced in the middle of a long list, reads that node only; under another key, every node', () => {
    const scan = keptScan<{ readonly n: number }, number>();
    const list = Array.from({ length: 1000 }, (_, n) => ({ n }));
    const read = (key: number) => (node: { readonly n: number }) => (node.n % 100 === 0 ? node.n + key : undefined);
    let reads = 0;
    const counted = (key: number) => (node: { readonly n: number }) => (reads++, read(key)(node));
    scan(list, [0], counted(0));
    assert.equal(reads, 1000);
    const edited = [...list];
    edited[500] = { n: 500 };
    reads = 0;
    assert.deepEqual(scan(edited, [0], counted(0)).map((f) => f.value), [0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    assert.equal(reads, 1);
    reads = 0;
    assert.deepEqual(scan(edited, [1], counted(1)).map((f) => f.value), [1, 101, 201, 301, 401, 501, 601, 701, 801, 901]);
    assert.equal(reads, 1000);
  });
});
