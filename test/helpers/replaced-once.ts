/**
 * A real transcription with one passage changed, for a test's near miss or variant: the passage
 * must occur exactly once, so that a later change to the transcription fails the test loudly
 * instead of leaving it to test the unchanged text.
 */
import assert from 'node:assert/strict';

export function replaced(text: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  assert.equal(count, 1, `expected one occurrence of ${String(from)}`);
  return text.replace(from, to);
}
