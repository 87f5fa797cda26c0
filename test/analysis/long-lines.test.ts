/**
 * line-too-long (analysis/limit-diagnostics.ts) reads only the lines whose span to the next
 * line's start passes the limit (LineIndex.linesSpanningMore): the same findings as a check of
 * every line, at the limit and one past it, with LF, CRLF and CR breaks and on the last line.
 */
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/language/ast/positions';
import { longLines } from '../../server/src/language/analysis/limit-diagnostics';
import { maxLineLength } from '../../server/src/language/util/limits';

/** Every line's length without its break, line by line: what the check must report past the limit. */
function expected(text: string): { line: number; length: number }[] {
  return text.split(/\r\n|\r|\n/).flatMap((content, line) => (content.length > maxLineLength ? [{ line, length: content.length }] : []));
}

function found(text: string): { line: number; length: number }[] {
  return longLines('file:///a.entente', text, new LineIndex(text)).map((d) => ({ line: d.range.start.line, length: Number(/has ([\d,]+) characters/.exec(d.message)![1].replace(/,/g, '')) }));
}

describe('line-too-long', () => {
  const at = 'a'.repeat(maxLineLength);
  const over = 'b'.repeat(maxLineLength + 1);
  const cases: Record<string, string> = {
    'a line at the limit with LF, CRLF and CR (its break makes the span longer: not reported)': `x\n${at}\n${at}\r\n${at}\ry\n`,
    'one past the limit, with each break': `x\n${over}\n${over}\r\n${over}\rz\n`,
    'the last line, without a break': `x\n${at}\n${over}`,
    'the last line at the limit, without a break': `x\n${over}\n${at}`,
    'the first line': `${over}\nx\n`,
    'short lines only (near miss)': 'x\n'.repeat(maxLineLength),
  };
  for (const [what, text] of Object.entries(cases)) {
    it(what, () => {
      assert.deepStrictEqual(found(text), expected(text));
    });
  }

  it('reports the long lines and only those', () => {
    assert.deepStrictEqual(found(`x\n${at}\n${over}\r\n${at}\r\n${over}`).map((f) => f.line), [2, 4]);
  });

  it('gives the lines that can be too long, by span', () => {
    const lines = new LineIndex(`ab\ncdef\r\ng`);
    assert.deepStrictEqual(lines.linesSpanningMore(3), [1]);
    assert.deepStrictEqual(lines.linesSpanningMore(2), [0, 1]);
    assert.deepStrictEqual(lines.linesSpanningMore(0), [0, 1, 2]);
    assert.deepStrictEqual(new LineIndex('').linesSpanningMore(0), []);
  });
});
