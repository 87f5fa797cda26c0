/**
 * LineIndex.positionAt (ast/positions.ts) hands out the same position object again for an offset
 * it answered recently (a node's range starts and ends where its first and last tokens do). The
 * answers must be those a fresh index gives: for any text and any order of offsets, repeats,
 * out-of-range and colliding offsets included. (The parse's ranges are the values these answers
 * give; the differential snapshot and the reparse tests compare them across the whole corpus.)
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, type Position } from '../../server/src/language/ast/positions';

const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀', '\uD83D');
const textOf = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(''));

/** The answer of an index that has answered nothing before. */
const fresh = (text: string, offset: number): Position => new LineIndex(text).positionAt(offset);

describe('line index: recent positions shared', () => {
  it('answers as a fresh index, for any order of offsets (property)', () => {
    fc.assert(
      fc.property(textOf, fc.array(fc.integer({ min: -3, max: 80 }), { maxLength: 60 }), (text, offsets) => {
        const lines = new LineIndex(text);
        for (const offset of offsets) assert.deepStrictEqual(lines.positionAt(offset), fresh(text, offset), `offset ${offset}`);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('answers as a fresh index for offsets that share a slot (a many-line text, in any order)', () => {
    const text = Array.from({ length: 300 }, (_, i) => `line ${i}`).join('\r\n');
    const lines = new LineIndex(text);
    // Offsets 16, 32, 64 … apart fall on the same slot of the remembered positions, whatever its size.
    const offsets = [0, 16, 32, 64, 128, 1024, 16, 0, 1024, 2048, text.length, text.length + 5, 2048, 17, 33, 17];
    for (const offset of offsets) assert.deepStrictEqual(lines.positionAt(offset), fresh(text, offset), `offset ${offset}`);
    // A position asked twice in a row is the same object; positions are never mutated.
    assert.equal(lines.positionAt(33), lines.positionAt(33));
  });
});
