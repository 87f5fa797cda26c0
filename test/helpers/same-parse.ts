/** A re-parse equals a fresh parse: AST, problems (with their order and recovery), tokens, comments, line index. */
import assert from 'node:assert/strict';
import type { ParseResult } from '../../server/src/language/syntax/parse';

export function assertSameParse(actual: ParseResult, expected: ParseResult, what: string): void {
  // The token sequences first: read before the joined arrays, they index the segments themselves.
  for (const [sequence, tokens] of [
    [actual.tokenSequence, expected.tokens],
    [actual.commentSequence, expected.comments],
  ] as const) {
    assert.equal(sequence.length, tokens.length, `${what}: sequence length`);
    assert.deepStrictEqual(sequence.slice(0, sequence.length), tokens, `${what}: tokens by index`);
    assert.equal(sequence.get(-1), undefined);
    assert.equal(sequence.get(sequence.length), undefined);
  }
  assert.equal(actual.lines.text, expected.lines.text, what);
  const lineStarts = (lines: ParseResult['lines']) => Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
  assert.deepStrictEqual(lineStarts(actual.lines), lineStarts(expected.lines), `${what}: line index`);
  assert.deepStrictEqual(actual.problems, expected.problems, `${what}: problems`);
  assert.deepStrictEqual(actual.ast, expected.ast, `${what}: AST`);
  assert.deepStrictEqual(actual.tokens, expected.tokens, `${what}: tokens`);
  assert.deepStrictEqual(actual.comments, expected.comments, `${what}: comments`);
}
