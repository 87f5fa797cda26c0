/**
 * How a copy of a library clause departs from its approved text: a yes/no answer for the
 * `library-clause-edited` hint, and a word-level diff for hover. Whitespace never counts (the
 * formatter and the drafter's line breaks change it freely), and a placeholder the drafter
 * filled in ("within {{hours}}" → "within 48 hours") is not an edit: filling it is the point.
 */
import { documentValues, type DocumentFacts } from './document-values';
import type { LibraryClause } from './library-types';
import { placeholderPattern, renderPlaceholders } from './render-clause';
import { matchesOf } from '../util/all-matches';
import { singleSpaced } from '../util/single-spaced';

/** Collapse every run of whitespace to one space and trim, so layout is never a difference. */
export function normaliseSpace(text: string): string {
  return singleSpaced(text).trim();
}

/**
 * True when `body` is the approved text with its remaining placeholders filled somehow.
 * Placeholders the document answers (wording, parties, title) must read as the document says.
 * Matching is leftmost and linear: each literal piece must appear, in order, with some filled
 * text between pieces where the approved text has a placeholder.
 */
export function matchesApproved(clause: Pick<LibraryClause, 'text' | 'wording'>, model: DocumentFacts | undefined, body: string): boolean {
  return filledValues(clause, model, body) !== undefined;
}

/**
 * The values a copy of the approved text gives its placeholders ("fifth" for `{{count}}`), read
 * by the same match; undefined when the copy is not the approved text, since the words of an
 * edited copy cannot be read as the approved text's values. A placeholder filled differently in
 * two places has no value. Spacing is normalised, as the match normalises it.
 */
export function filledValues(clause: Pick<LibraryClause, 'text' | 'wording'>, model: DocumentFacts | undefined, body: string): Map<string, string | undefined> | undefined {
  const known = documentValues(model, clause.wording);
  const pieces: ({ literal: string } | { placeholder: string })[] = [];
  let last = 0;
  for (const match of matchesOf(clause.text, placeholderPattern)) {
    pieces.push({ literal: clause.text.slice(last, match.index) });
    const name = match[1];
    if (Object.hasOwn(known, name)) pieces.push({ literal: known[name] });
    else pieces.push({ placeholder: name });
    last = match.index + match[0].length;
  }
  pieces.push({ literal: clause.text.slice(last) });
  return matchPieces(pieces, normaliseSpace(body));
}

function matchPieces(pieces: readonly ({ literal: string } | { placeholder: string })[], text: string): Map<string, string | undefined> | undefined {
  // Merge adjacent literals and normalise them the way the body was normalised; a placeholder
  // becomes the names standing between two literals.
  const parts: (string | string[])[] = [];
  let buffer = '';
  for (const piece of pieces) {
    if ('literal' in piece) buffer += piece.literal;
    else {
      parts.push(buffer, [piece.placeholder]);
      buffer = '';
    }
  }
  parts.push(buffer);
  const norm = parts.map((p) => (typeof p === 'string' ? singleSpaced(p) : p));
  // Trim only the outer edges: inner spaces around a placeholder are significant separators.
  norm[0] = (norm[0] as string).trimStart();
  norm[norm.length - 1] = (norm[norm.length - 1] as string).trimEnd();
  const values = new Map<string, string | undefined>();
  const fill = (names: readonly string[], value: string) => {
    for (const name of names) values.set(name, values.has(name) && values.get(name) !== value ? undefined : value);
  };
  let pos = 0;
  let pending: string[] = [];
  for (let i = 0; i < norm.length; i++) {
    const part = norm[i];
    if (typeof part !== 'string') {
      pending = [...pending, ...part];
      continue;
    }
    const isLast = i === norm.length - 1;
    if (pending.length === 0) {
      if (!text.startsWith(part, pos)) return undefined;
      pos += part.length;
    } else if (isLast) {
      // The final literal must end the text, after at least one character of filled value.
      if (!text.endsWith(part) || text.length - part.length <= pos) return undefined;
      fill(pending, text.slice(pos, text.length - part.length));
      pos = text.length;
    } else {
      const found = part === '' ? pos + 1 : text.indexOf(part, pos + 1);
      if (found < 0) return undefined;
      fill(pending, text.slice(pos, found));
      pos = found + part.length;
    }
    pending = [];
  }
  if (pending.length > 0) {
    if (pos >= text.length) return undefined;
    fill(pending, text.slice(pos));
    return values;
  }
  return pos === text.length ? values : undefined;
}

/** The approved text as the drafter would see it in this document (placeholders at their defaults, or at the values given). */
export function approvedText(clause: LibraryClause, model: DocumentFacts | undefined, values: Readonly<Record<string, string>> = {}): string {
  const defaults = new Map(clause.placeholders.map((p) => [p.name, p.default]));
  return renderPlaceholders(clause.text, { ...values, ...documentValues(model, clause.wording) }, defaults, { snippet: false });
}

/**
 * A word-level diff in Markdown: removed words ~~struck through~~, added words in **bold**,
 * the rest as is. Whitespace differences are ignored. Past a size where the quadratic table
 * would cost too much, the whole differing middle is shown as removed and added.
 */
export function diffClause(approved: string, actual: string): string {
  const a = tokens(approved);
  const b = tokens(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [...a.slice(0, start).map((w): Op => ['=', w]), ...middle(a.slice(start, endA), b.slice(start, endB)), ...a.slice(endA).map((w): Op => ['=', w])];
  if (!ops.some(([kind]) => kind !== '=')) return 'No difference from the approved text (apart from spacing).';
  return render(ops);
}

type Op = ['=' | '-' | '+', string];

function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '');
}

function middle(a: readonly string[], b: readonly string[]): Op[] {
  if (a.length * b.length > 250_000) return [...a.map((w): Op => ['-', w]), ...b.map((w): Op => ['+', w])];
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(['=', a[i++]]);
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]]);
    else ops.push(['+', b[j++]]);
  }
  return ops;
}

/** Runs of the same kind become one span, so "~~shall~~ **will**" reads as a replacement. */
function render(ops: readonly Op[]): string {
  const out: string[] = [];
  let k = 0;
  while (k < ops.length) {
    const kind = ops[k][0];
    const run: string[] = [];
    while (k < ops.length && ops[k][0] === kind) run.push(escapeMarkdown(ops[k++][1]));
    const text = run.join(' ');
    out.push(kind === '=' ? text : kind === '-' ? `~~${text}~~` : `**${text}**`);
  }
  return out.join(' ');
}

function escapeMarkdown(word: string): string {
  return word.replace(/[\\`*_~[\]<>#|]/g, (c) => `\\${c}`);
}
