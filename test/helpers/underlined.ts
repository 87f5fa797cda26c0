/** The words a finding underlines in a text, for findings that stay on one line (the test fails otherwise). */
import assert from 'node:assert/strict';

interface OneLineRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export function underlined(text: string, range: OneLineRange): string {
  assert.equal(range.start.line, range.end.line, 'the finding spans more than one line');
  return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
}
