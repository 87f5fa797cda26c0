/** Small helpers for parser tests. */
import assert from 'node:assert/strict';
import { parse, type ParseResult } from '../../server/src/language/syntax/parse';
import type { Range } from '../../server/src/language/ast/positions';

/** Parse and assert there is no syntax problem. */
export function parseClean(text: string): ParseResult {
  const result = parse(text);
  assert.deepEqual(
    result.problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.message}`),
    [],
    'expected no syntax problems',
  );
  return result;
}

/** The source text a range covers, for asserting that ranges sit on the exact word. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}
