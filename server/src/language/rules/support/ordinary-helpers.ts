/**
 * Small helpers the ordinary checks share: "did you mean" suggestions, and edits that delete
 * whole lines (so a removed declaration leaves no blank line behind).
 */
import type { Quantity } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import type { CodeFix, TextEdit } from '../rule';

/**
 * Levenshtein distance, case-insensitive: drafters mistype case as often as letters. With a
 * `bound`, only the diagonal band that can stay within it is computed and any distance above it
 * is answered as `bound + 1`, so comparing a long word costs its length times the bound, not
 * the product of the two lengths.
 */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > bound) return bound + 1;
  const width = Math.min(Math.max(s.length, t.length), bound);
  const over = Math.min(bound + 1, Number.MAX_SAFE_INTEGER);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => (j <= width ? j : over));
  for (let i = 1; i <= s.length; i++) {
    const current: number[] = new Array<number>(t.length + 1).fill(over);
    const from = Math.max(1, i - width);
    const to = Math.min(t.length, i + width);
    if (i <= width) current[0] = i;
    let rowMinimum = current[0];
    const si = s.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (si === t.charCodeAt(j - 1) ? 0 : 1), over);
      rowMinimum = Math.min(rowMinimum, current[j]);
    }
    if (rowMinimum > bound) return bound + 1;
    previous = current;
  }
  return Math.min(previous[t.length], over);
}

/** Words longer than this get no "did you mean": no code, id or value is that long. */
export const maxSuggestedWordLength = 64;

/**
 * The candidates close enough to be what the drafter meant, best first. "Close" grows with the
 * length of the word (a quarter of it, at least 2), so short codes do not match everything and
 * long library ids do not match every id sharing their prefix. A word of implausible length gets
 * no suggestion at all.
 */
export function closest(word: string, candidates: readonly string[], limit = 3): string[] {
  if (word.length > maxSuggestedWordLength) return [];
  const threshold = Math.max(2, Math.floor(word.length / 4));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate, threshold) }))
    .filter(({ candidate, distance }) => distance <= threshold && candidate !== word)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * One fix per suggestion, replacing a word the language does not know (a misspelt label, code,
 * rule code or library id; a label TLP 2.0 renamed) by one it knows; the first is preferred when
 * it is the only one. Where there are several candidates none is preferred, so fix-all applies
 * none of them.
 *
 * Mechanical only where the drafter's meaning is evident: an explicit equivalence (TLP:WHITE →
 * TLP:CLEAR, UK → GB; no `written` given), or a suggestion that differs from what was `written`
 * only in case and separators, or by two neighbouring letters swapped (TLP:AMBRE → TLP:AMBER).
 * The nearest word is otherwise often another word with another meaning — CLASSIFIED →
 * UNCLASSIFIED, anyone → none, NIS → NIS2, TLP:AMBER+ → TLP:AMBER (the review of the quick fixes'
 * legal effect) — so it is offered as a legal change, one by one, never applied in bulk.
 */
export function replacementFixes(range: Range, suggestions: readonly string[], describe = (s: string) => `Change to ${s}`, written?: string): CodeFix[] {
  return suggestions.map((s) => ({
    title: describe(s),
    edits: [{ range, newText: s }],
    effect: written === undefined || evidentTypo(written, s) ? 'mechanical' : 'legal',
    preferred: suggestions.length === 1,
  }));
}

/** Whether `intended` is `written` with only its case or separators changed, or two neighbouring letters swapped. */
export function evidentTypo(written: string, intended: string): boolean {
  const plain = (w: string) => w.toLowerCase().replace(/[\s_:.\-]/gu, '');
  const a = plain(written);
  const b = plain(intended);
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/**
 * An edit that deletes a declaration (or a statement of one): the lines it covers with their
 * line break when it stands on lines of its own, otherwise the range itself — but then only when
 * no syntax error lies on those lines. Text that shares a broken declaration's lines is most
 * often the rest of that declaration, left outside its range by the error (an unclosed string
 * in its header), and deleting the range alone would leave that rest behind to break the
 * document further: no edit then (undefined), and the drafter deletes it by hand.
 */
export function deleteDeclarationEdit(model: SemanticModel, range: Range): TextEdit | undefined {
  const { edit, ownLines } = deletion(model, range);
  if (ownLines) return edit;
  // At most maxSyntaxProblems (+1) problems, in document order: a short scan.
  const touched = model.parsed.problems.some((p) => p.range.start.line <= range.end.line && p.range.end.line >= range.start.line);
  return touched ? undefined : edit;
}

/**
 * The one fix that removes a declaration or a statement, or none when there is no clean edit
 * (`deleteDeclarationEdit`, `removeStatementEdit`). Removing a term of the instrument changes
 * what it says in law: a legal fix, so even a preferred one is applied only when the drafter
 * picks it (code-actions.ts).
 */
export function removalFixes(edit: TextEdit | undefined, title: string, { preferred }: { preferred: boolean }): CodeFix[] {
  return edit ? [{ title, edits: [edit], effect: 'legal', ...(preferred ? { preferred } : {}) }] : [];
}

/**
 * An edit that deletes the lines a range covers, including their line break, when nothing else
 * stands on them; otherwise only the range itself.
 */
export function deleteLinesEdit(model: SemanticModel, range: Range): TextEdit {
  return deletion(model, range).edit;
}

function deletion(model: SemanticModel, range: Range): { edit: TextEdit; ownLines: boolean } {
  const lines = model.lines;
  const startOffset = lines.offsetAt(range.start);
  const endOffset = lines.offsetAt(range.end);
  const lineStart = lines.lineStart(range.start.line);
  const nextLineStart = range.end.line + 1 < lines.lineCount ? lines.lineStart(range.end.line + 1) : model.text.length;
  const before = model.text.slice(lineStart, startOffset);
  const after = model.text.slice(endOffset, nextLineStart);
  if (before.trim() === '' && after.trim() === '') return { edit: { range: lines.range(lineStart, nextLineStart), newText: '' }, ownLines: true };
  return { edit: { range, newText: '' }, ownLines: false };
}

/** The range of a quantity's number (`24` in `24 hours`): the word at fault when it is zero. */
export function amountRange(model: SemanticModel, quantity: Quantity): Range {
  const written = /^\S*/.exec(model.sourceAt(quantity.range))?.[0] ?? '';
  return { start: quantity.range.start, end: { line: quantity.range.start.line, character: quantity.range.start.character + written.length } };
}

/** `a, b or c`: for messages that list the allowed values. */
export function listOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
