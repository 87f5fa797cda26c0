/**
 * Formatting that never loses a word or a comment: it only ever rewrites the whitespace between
 * tokens (comments included), never a token. Two modes:
 *
 * - A document without syntax errors gets the house layout: one statement per line in a block,
 *   indented one level per brace; the opening brace on the header's line; single spaces between
 *   tokens on a line (none before `,` and around `.`); line breaks the drafter put inside a
 *   statement kept as continuation lines, indented one level more; at most one blank line;
 *   prose blocks and comments verbatim (only the line they start on moves); one final newline.
 * - A document with syntax errors is only re-indented, line by line: lines are never joined or
 *   split, since the structure is not known for sure.
 *
 * Both are idempotent. Range formatting applies only the edits that touch the range.
 */
import type { IToken } from 'chevrotain';
import { LineIndex, type Range } from '../ast/positions';
import { parse, type ParseResult } from '../syntax/parse';
import * as T from '../syntax/tokens';
import { constructsStartedBy, statementsOf } from '../constructs/table';
import { sequenceOf } from '../syntax/token-sequence';
import { startsDeclaration } from './completion-context';
import type { FeatureHost } from './host';
import type { FormattingOptions, TextEdit } from './types';

export function format(host: FeatureHost, uri: string, options: FormattingOptions, range?: Range): TextEdit[] {
  const text = host.text(uri);
  if (text === undefined) return [];
  const parsed = host.parse(uri);
  if (!parsed || parsed.lines.text !== text) return formatText(text, options, range, parsed);
  // The edits of a parse, by options and range, made once: format on save asks again for a text
  // that has not changed since, and a parse is never changed once made. Callers get a copy.
  const key = `${options.tabSize}\u0000${options.insertSpaces}\u0000${range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : ''}`;
  let kept = formatted.get(parsed);
  if (!kept) formatted.set(parsed, (kept = new Map()));
  let edits = kept.get(key);
  if (!edits) {
    edits = formatText(text, options, range, parsed);
    // Only the latest request is kept per parse: a handful of option sets at most in practice.
    kept.clear();
    kept.set(key, edits);
  }
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

const formatted = new WeakMap<ParseResult, Map<string, TextEdit[]>>();

/** Tokens and comments in one list in document order (both lists are in order: a linear merge). */
function mergeByOffset(a: readonly IToken[], b: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].startOffset <= b[j].startOffset)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** `parsed`, when given, is the service's parse of this text: its tokens are used, nothing is lexed again. */
export function formatText(text: string, options: FormattingOptions, range?: Range, parsed?: ParseResult): TextEdit[] {
  const parsedText = parsed && parsed.lines.text === text ? parsed : parse(text);
  const lines = parsedText.lines;
  const unit = options.insertSpaces === false ? '\t' : ' '.repeat(Math.max(1, Math.min(16, Math.floor(options.tabSize) || 2)));
  const tokens = mergeByOffset(parsedText.tokens, parsedText.comments);
  // Lexer errors are among the parse's problems.
  const clean = parsedText.problems.length === 0;
  const edits = clean ? layout(text, tokens, unit) : reindent(text, lines, tokens, unit);
  const from = range ? lines.offsetAt({ line: range.start.line, character: 0 }) : 0;
  const to = range ? lines.offsetAt({ line: range.end.line, character: Number.MAX_SAFE_INTEGER }) : text.length;
  return edits
    .filter((e) => text.slice(e.start, e.end) !== e.newText)
    .map((e) => shrink(text, e))
    .filter((e) => !range || (e.end >= from && e.start <= to))
    .map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}

/** The smallest edit with the same effect: common leading and trailing characters kept. */
function shrink(text: string, edit: Edit): Edit {
  let { start, end, newText } = edit;
  while (start < end && newText.length > 0 && text[start] === newText[0]) {
    start++;
    newText = newText.slice(1);
  }
  while (end > start && newText.length > 0 && text[end - 1] === newText[newText.length - 1]) {
    end--;
    newText = newText.slice(0, -1);
  }
  return { start, end, newText };
}

const isComment = (t: IToken) => t.tokenType === T.LineComment || t.tokenType === T.BlockComment || t.tokenType === T.UnterminatedComment;

/**
 * Whether a token starts a statement of the block it is in, by the construct table's statements.
 * A word in a list (after a comma, the clause topics after `incorporates`, the items after
 * `with`) starts nothing, even when it is a statement keyword: `incorporates amendment, disputes
 * from "…"`, `implements "…" with status, effect`.
 */
function startsStatement(t: IToken, declaration: string | undefined, prev?: IToken): boolean {
  if (prev && (prev.tokenType === T.Comma || prev.tokenType === T.Incorporates || prev.tokenType === T.With)) return false;
  return declaration !== undefined && statementStarts(declaration).has(t.image);
}

const startsByKeyword = new Map<string, ReadonlySet<string>>();

/** The words that start a statement of any construct `keyword` starts (`protocol` starts two). */
function statementStarts(keyword: string): ReadonlySet<string> {
  let starts = startsByKeyword.get(keyword);
  if (!starts) {
    starts = new Set(constructsStartedBy(keyword).flatMap((row) => statementsOf(row).flatMap((s) => s.starts)));
    startsByKeyword.set(keyword, starts);
  }
  return starts;
}

/**
 * For each top-level declaration start, whether it has a block: a block declaration is set off
 * by blank lines, as every sample and independent fixture lays them out, while clauses (also
 * prose ones) and one-line declarations stay stacked as drafters stack articles.
 */
function largeDeclarations(tokens: IToken[]): Map<number, boolean> {
  const large = new Map<number, boolean>();
  const sequence = sequenceOf(tokens);
  let current = -1;
  let depth = 0;
  tokens.forEach((t, i) => {
    if (depth === 0 && startsDeclaration(sequence, i)) large.set((current = i), false);
    if (current >= 0 && t.tokenType === T.LCurly) large.set(current, true);
    if (t.tokenType === T.LCurly) depth++;
    else if (t.tokenType === T.RCurly) depth = Math.max(0, depth - 1);
  });
  return large;
}

/** Whether a blank line goes before token `i`: it opens a declaration (or the comments above one) next to a large one. */
function separates(tokens: IToken[], i: number, large: Map<number, boolean>, previousDeclaration: number): boolean {
  if (previousDeclaration < 0 || isComment(tokens[i - 1])) return false;
  let next = i;
  while (next < tokens.length && isComment(tokens[next])) next++;
  if (!large.has(next)) return false;
  return large.get(next) === true || large.get(previousDeclaration) === true;
}

function layout(text: string, tokens: IToken[], unit: string): Edit[] {
  const edits: Edit[] = [];
  const large = largeDeclarations(tokens);
  const sequence = sequenceOf(tokens);
  let previousDeclaration = -1;
  let depth = 0;
  let declaration: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const start = prev ? prev.startOffset + prev.image.length : 0;
    const gap = text.slice(start, t.startOffset);
    const breaks = lineBreaks(gap);
    if (t.tokenType === T.RCurly) depth = Math.max(0, depth - 1);
    const top = startsDeclaration(sequence, i);
    if (top) declaration = t.image;
    if (!prev) {
      edits.push({ start, end: t.startOffset, newText: '' });
    } else {
      const forced =
        prev.tokenType === T.LineComment ||
        (top && depth === 0) ||
        (depth > 0 && startsStatement(t, declaration, prev)) ||
        (prev.tokenType === T.LCurly && t.tokenType !== T.RCurly) ||
        (t.tokenType === T.RCurly && prev.tokenType !== T.LCurly) ||
        (isComment(t) && breaks > 0);
      const joined = t.tokenType === T.LCurly && prev.tokenType !== T.LineComment;
      let newText: string;
      if (forced || (breaks > 0 && !joined)) {
        const statement = forced || isComment(t) || t.tokenType === T.RCurly;
        const indent = unit.repeat(depth + (statement ? 0 : 1));
        const blank = breaks > 1 || (depth === 0 && (top || (isComment(t) && breaks > 0)) && separates(tokens, i, large, previousDeclaration));
        newText = (blank ? '\n\n' : '\n') + indent;
      } else {
        const tight = t.tokenType === T.Comma || t.tokenType === T.Dot || prev.tokenType === T.Dot;
        newText = tight ? '' : ' ';
      }
      // Most gaps are already as the layout wants them: no edit is made for those (a
      // 100,000-line instrument has about a million gaps).
      if (newText !== gap) edits.push({ start, end: t.startOffset, newText });
    }
    if (t.tokenType === T.LCurly) depth++;
    if (large.has(i)) previousDeclaration = i;
  }
  const last = tokens[tokens.length - 1];
  const tail = last ? last.startOffset + last.image.length : 0;
  edits.push({ start: tail, end: text.length, newText: last ? '\n' : '' });
  return edits;
}

/** The number of line breaks in `gap` (`\r\n` counts once). */
function lineBreaks(gap: string): number {
  let count = 0;
  for (let i = 0; i < gap.length; i++) {
    const ch = gap.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13) {
      count++;
      if (gap.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** Syntax errors: give each line the indentation its brace depth implies, and nothing else. */
function reindent(text: string, lines: LineIndex, tokens: IToken[], unit: string): Edit[] {
  const edits: Edit[] = [];
  const sequence = sequenceOf(tokens);
  let depth = 0;
  let declaration: string | undefined;
  let k = 0;
  let prev: IToken | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    // Advance over the tokens that end before this line starts, tracking depth.
    while (k < tokens.length && tokens[k].startOffset < lineStart) {
      const t = tokens[k];
      if (startsDeclaration(sequence, k)) {
        declaration = t.image;
        depth = 0;
      } else if (t.tokenType === T.LCurly) depth++;
      else if (t.tokenType === T.RCurly) depth = Math.max(0, depth - 1);
      prev = t;
      k++;
    }
    // A line that starts inside a prose block or a block comment is content: left alone.
    if (prev && prev.startOffset + prev.image.length > lineStart) continue;
    const indentEnd = lineStart + (/^[ \t]*/.exec(text.slice(lineStart, lineStart + 1000))?.[0].length ?? 0);
    const first = tokens[k];
    const lineEnd = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    if (!first || first.startOffset >= lineEnd) {
      // A blank line (or one with only skipped characters): trailing spaces only are dropped.
      if (/^[ \t]*(\r\n|\r|\n)?$/.test(text.slice(lineStart, lineEnd))) edits.push({ start: lineStart, end: indentEnd, newText: '' });
      continue;
    }
    if (first.startOffset !== indentEnd) continue; // something unlexable starts the line: keep it
    const top = startsDeclaration(sequence, k);
    const lineDepth = first.tokenType === T.RCurly ? Math.max(0, depth - 1) : top ? 0 : depth;
    const statement = top || first.tokenType === T.RCurly || isComment(first) || !prev || (depth > 0 && startsStatement(first, declaration, prev)) || prev.tokenType === T.LCurly;
    edits.push({ start: lineStart, end: indentEnd, newText: unit.repeat(lineDepth + (statement ? 0 : 1)) });
  }
  return edits;
}
