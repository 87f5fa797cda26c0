/**
 * The house layout and the re-indentation of formatting (format.ts says what each does), as
 * edits of the whitespace before each token. `layout` runs over any list of tokens in document
 * order — a whole document, or one top-level construct of it (format-segments.ts), which gives
 * the same edits as the whole document's run wherever it reads nothing outside that list.
 */
import type { TokenType } from 'chevrotain';
import type { LineIndex } from '../ast/positions';
import * as T from '../syntax/tokens';
import { constructsStartedBy, statementsOf } from '../constructs/table';
import type { TokenList } from '../syntax/token-list';
import { roleOf, startsDeclaration, topicListStart, wordOfStatement } from './completion-context';

/** A replacement of `[start, end)` of the text by `newText`, by offsets. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** The smallest edit with the same effect: common leading and trailing characters kept. */
export function shrink(text: string, edit: Edit): Edit {
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

export const isComment = (type: TokenType) => type === T.LineComment || type === T.BlockComment || type === T.UnterminatedComment;

/**
 * Whether a token starts a statement of the block it is in, by the construct table's statements.
 * A word in a list (after a comma, the clause topics after `incorporates`, the items after
 * `with`) starts nothing, even when it is a statement keyword: `incorporates amendment, disputes
 * from "…"`, `implements "…" with status, effect`; nor does `from` in `classification from …`.
 */
function startsStatement(tokens: TokenList, i: number, declaration: string | undefined): boolean {
  return declaration !== undefined && startsStatementIn(tokens, i, statementStarts(declaration));
}

/** The words that start a statement, and the length of the longest (a longer token is none of them, and its image is not read). */
interface StatementStarts {
  readonly words: ReadonlySet<string>;
  readonly longest: number;
}

const startsByKeyword = new Map<string, StatementStarts>();

/** The words that start a statement of any construct `keyword` starts (`protocol` starts two). */
function statementStarts(keyword: string): StatementStarts {
  let starts = startsByKeyword.get(keyword);
  if (!starts) {
    const words = new Set(constructsStartedBy(keyword).flatMap((row) => statementsOf(row).flatMap((s) => s.starts)));
    starts = { words, longest: Math.max(0, ...[...words].map((word) => word.length)) };
    startsByKeyword.set(keyword, starts);
  }
  return starts;
}

/**
 * For each top-level declaration start, whether it has a block: a block declaration is set off
 * by blank lines, as every sample and independent fixture lays them out, while clauses (also
 * prose ones) and one-line declarations stay stacked as drafters stack articles.
 */
function largeDeclarations(tokens: TokenList): Map<number, boolean> {
  const large = new Map<number, boolean>();
  let current = -1;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens.typeAt(i);
    if (depth === 0 && startsDeclaration(tokens, i)) large.set((current = i), false);
    if (type === T.LCurly) {
      if (current >= 0) large.set(current, true);
      depth++;
    } else if (type === T.RCurly && depth > 0) depth--;
  }
  return large;
}

/**
 * Whether a blank line goes before token `i`: it opens a declaration (or the comments above one)
 * next to a large one. `after`: whether the declaration right after the last token is large
 * (undefined when none follows).
 */
function separates(tokens: TokenList, i: number, large: Map<number, boolean>, previousDeclaration: number, after: boolean | undefined): boolean {
  if (previousDeclaration < 0 || isComment(tokens.typeAt(i - 1))) return false;
  let next = i;
  while (next < tokens.length && isComment(tokens.typeAt(next))) next++;
  if (next === tokens.length) return after !== undefined && (after || large.get(previousDeclaration) === true);
  if (!large.has(next)) return false;
  return large.get(next) === true || large.get(previousDeclaration) === true;
}

/** Where a run of `layout` lies in the text. */
export interface RunPlace {
  /** Added to a token's offset to give its offset in the text (a reused construct's tokens keep the offsets they were lexed at). */
  readonly shift: number;
  /** Where the run's text starts, in the tokens' offsets: the edit before the first token starts there. */
  readonly origin: number;
  /** Whether the declaration right after the run is large; undefined when none follows. */
  readonly after: boolean | undefined;
}

export interface LayoutRun {
  /** Edits by offsets in the text, the one before each token that needs one, in order. */
  readonly edits: Edit[];
  /** Brace depth after the last token. */
  readonly depth: number;
  /** For each token index that starts a top-level declaration, whether it has a block. */
  readonly large: ReadonlyMap<number, boolean>;
  /**
   * Some token after the first was told from a clause topic by reading back to the first token
   * or before it (`about a, b, party`): in a longer list the answer may differ.
   */
  readonly readsBack: boolean;
}

/** The house layout's edits for `tokens` (tokens and comments in document order), from depth 0. */
export function layout(text: string, tokens: TokenList, unit: string, place: RunPlace): LayoutRun {
  const edits: Edit[] = [];
  const { shift } = place;
  const large = largeDeclarations(tokens);
  const breaksBefore = lineBreakTexts(unit);
  let previousDeclaration = -1;
  let depth = 0;
  let declaration: string | undefined;
  let starts: StatementStarts | undefined;
  let readsBack = false;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens.typeAt(i);
    // Offsets in the text; the gap is read in place (a million gaps at 100,000 lines: slicing
    // each one was most of the allocation of a first formatting).
    const start = (i > 0 ? tokens.endAt(i - 1) : place.origin) + shift;
    const end = tokens.startAt(i) + shift;
    const breaks = lineBreaksIn(text, start, end);
    if (type === T.RCurly && depth > 0) depth--;
    const role = roleOf(type);
    if (i > 0 && role === 'top') {
      const j = topicListStart(tokens, i);
      if (j < 0 || (j === 0 && tokens.typeAt(0) === T.Comma)) readsBack = true;
    }
    const top = role === 'top' && startsDeclaration(tokens, i);
    if (top) {
      declaration = tokens.imageAt(i);
      starts = statementStarts(declaration);
    }
    if (i === 0) {
      edits.push({ start, end, newText: '' });
    } else {
      const prevType = tokens.typeAt(i - 1);
      const comment = isComment(type);
      const forced =
        prevType === T.LineComment ||
        (top && depth === 0) ||
        (depth > 0 && starts !== undefined && startsStatementIn(tokens, i, starts)) ||
        (prevType === T.LCurly && type !== T.RCurly) ||
        (type === T.RCurly && prevType !== T.LCurly) ||
        (comment && breaks > 0);
      const joined = type === T.LCurly && prevType !== T.LineComment;
      let newText: string;
      if (forced || (breaks > 0 && !joined)) {
        const statement = forced || comment || type === T.RCurly;
        const blank = breaks > 1 || (depth === 0 && (top || (comment && breaks > 0)) && separates(tokens, i, large, previousDeclaration, place.after));
        newText = breaksBefore(blank, depth + (statement ? 0 : 1));
      } else {
        const tight = type === T.Comma || type === T.Dot || prevType === T.Dot;
        newText = tight ? '' : ' ';
      }
      // Most gaps are already as the layout wants them: no edit is made for those (a
      // 100,000-line instrument has about a million gaps).
      if (end - start !== newText.length || !text.startsWith(newText, start)) edits.push({ start, end, newText });
    }
    if (type === T.LCurly) depth++;
    if (large.has(i)) previousDeclaration = i;
  }
  return { edits, depth, large, readsBack };
}

/**
 * `startsStatement` with the starts of the block's declaration already looked up. The token's
 * image is read (from the text, for a word or a string) only when it is no longer than the
 * longest start: a prose block's text is never copied out to be looked up.
 */
function startsStatementIn(tokens: TokenList, i: number, starts: StatementStarts): boolean {
  if (i > 0) {
    const prevType = tokens.typeAt(i - 1);
    if (prevType === T.Comma || prevType === T.Incorporates || prevType === T.With) return false;
  }
  if (wordOfStatement(tokens, i)) return false;
  return tokens.endAt(i) - tokens.startAt(i) <= starts.longest && starts.words.has(tokens.imageAt(i));
}

/** Line breaks and indentation by unit, made once: `\n` (or `\n\n` for a blank line) and `depth` units. */
const breakTexts = new Map<string, string[][]>();

function lineBreakTexts(unit: string): (blank: boolean, depth: number) => string {
  let byBlank = breakTexts.get(unit);
  if (!byBlank) breakTexts.set(unit, (byBlank = [[], []]));
  const table = byBlank;
  return (blank, depth) => {
    const row = table[blank ? 1 : 0];
    return (row[depth] ??= (blank ? '\n\n' : '\n') + unit.repeat(depth));
  };
}

/** The number of line breaks in `text` from `start` to `end` (`\r\n` counts once). */
export function lineBreaksIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13) {
      count++;
      if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** The edit after the last token: exactly one final newline (none in a text without tokens). */
export function finalNewline(text: string, lastEnd: number | undefined): Edit {
  return { start: lastEnd ?? 0, end: text.length, newText: lastEnd === undefined ? '' : '\n' };
}

/** The number of line breaks in `gap` (`\r\n` counts once). */
export function lineBreaks(gap: string): number {
  return lineBreaksIn(gap, 0, gap.length);
}

/** Syntax errors: give each line the indentation its brace depth implies, and nothing else. */
export function reindent(text: string, lines: LineIndex, tokens: TokenList, unit: string): Edit[] {
  const edits: Edit[] = [];
  let depth = 0;
  let declaration: string | undefined;
  let k = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    // Advance over the tokens that end before this line starts, tracking depth.
    while (k < tokens.length && tokens.startAt(k) < lineStart) {
      const type = tokens.typeAt(k);
      if (startsDeclaration(tokens, k)) {
        declaration = tokens.imageAt(k);
        depth = 0;
      } else if (type === T.LCurly) depth++;
      else if (type === T.RCurly) depth = Math.max(0, depth - 1);
      k++;
    }
    // A line that starts inside a prose block or a block comment is content: left alone.
    if (k > 0 && tokens.endAt(k - 1) > lineStart) continue;
    const indentEnd = lineStart + (/^[ \t]*/.exec(text.slice(lineStart, lineStart + 1000))?.[0].length ?? 0);
    const lineEnd = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    if (k >= tokens.length || tokens.startAt(k) >= lineEnd) {
      // A blank line (or one with only skipped characters): trailing spaces only are dropped.
      if (/^[ \t]*(\r\n|\r|\n)?$/.test(text.slice(lineStart, lineEnd))) edits.push({ start: lineStart, end: indentEnd, newText: '' });
      continue;
    }
    if (tokens.startAt(k) !== indentEnd) continue; // something unlexable starts the line: keep it
    const top = startsDeclaration(tokens, k);
    const type = tokens.typeAt(k);
    const lineDepth = type === T.RCurly ? Math.max(0, depth - 1) : top ? 0 : depth;
    const statement = top || type === T.RCurly || isComment(type) || k === 0 || (depth > 0 && startsStatement(tokens, k, declaration)) || tokens.typeAt(k - 1) === T.LCurly;
    edits.push({ start: lineStart, end: indentEnd, newText: unit.repeat(lineDepth + (statement ? 0 : 1)) });
  }
  return edits;
}
