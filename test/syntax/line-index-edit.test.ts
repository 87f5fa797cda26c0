/**
 * LineIndex.afterEdit (ast/positions.ts): the index made from the previous one equals the index
 * of the new text built from scratch, for any edit — at the very start or end, on line breaks,
 * splitting or joining a CRLF, with lone CRs and surrogate pairs — including edit spans wider
 * than the characters that changed (an editor may replace text by the same text).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/language/ast/positions';

const starts = (lines: LineIndex) => Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀', '\uD83D');
const textOf = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

describe('line index after an edit', () => {
  it('equals the index of the new text, for random edits (property)', () => {
    fc.assert(
      fc.property(textOf, fc.nat(), fc.nat(6), textOf, fc.nat(3), fc.nat(3), (old, at, remove, insert, widenBefore, widenAfter) => {
        const start = at % (old.length + 1);
        const end = Math.min(old.length, start + remove);
        const text = old.slice(0, start) + insert + old.slice(end);
        const previous = new LineIndex(old);
        assert.deepStrictEqual(starts(LineIndex.afterEdit(previous, text, start, end)), starts(new LineIndex(text)));
        // A wider span that holds the same change.
        const [s, e] = [Math.max(0, start - widenBefore), Math.min(old.length, end + widenAfter)];
        assert.deepStrictEqual(starts(LineIndex.afterEdit(previous, text, s, e)), starts(new LineIndex(text)), 'widened');
      }),
      { seed: 34, numRuns: 3000 },
    );
  });

  it('moves the lines after the edit and keeps those before it (a many-line text)', () => {
    const old = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\r\n');
    const at = old.indexOf('line 250');
    const text = old.slice(0, at) + 'new\r\n' + old.slice(at);
    const after = LineIndex.afterEdit(new LineIndex(old), text, at, at);
    assert.equal(after.lineCount, 501);
    assert.deepStrictEqual(starts(after), starts(new LineIndex(text)));
    assert.equal(after.lineStart(251), at + 5);
  });
});
