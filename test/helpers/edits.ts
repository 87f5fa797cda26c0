/** Applying text edits and quick fixes in tests, the way an editor would. */
import { LineIndex, type Range } from '../../server/src/language/ast/positions';
import type { CodeFix } from '../../server/src/language/rules/rule';

/** Apply non-overlapping edits to a text (positions as LSP, clamped like an editor's). */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lines = new LineIndex(text);
  return edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, e) => result.slice(0, e.start) + e.newText + result.slice(e.end), text);
}

/** Apply a quick fix; snippet tab stops (`${1:text}`) take their default text. */
export function applyCodeFix(text: string, fix: CodeFix): string {
  const plain = (newText: string) => (fix.snippet ? newText.replace(/\$\{\d+:([^}]*)\}/g, '$1') : newText);
  return applyEdits(text, fix.edits.map((e) => ({ range: e.range, newText: plain(e.newText) })));
}
