/**
 * The house layout and the re-indentation of formatting (format.ts says what each does), as
 * edits of the whitespace before each token. `layout` runs over any list of tokens in document
 * order — a whole document, or one top-level construct of it (format-segments.ts), which gives
 * the same edits as the whole document's run wherever it reads nothing outside that list.
 */
import type { IToken } from 'chevrotain';
import type { LineIndex } from '../ast/positions';
import * as T from '../syntax/tokens';
import { constructsStartedBy, statementsOf } from '../constructs/table';
import { sequenceOf } from '../syntax/token-sequence';
import { roleOf, startsDeclaration, topicListStart, wordOfStatement } from './completion-context';

/** Tokens and comments in one list in document order (both lists are in order: a linear merge). */
export function mergeByOffset(a: readonly IToken[], b: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].startOffset <= b[j].startOffset)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

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

export const isComment = (t: IToken) => t.tokenType === T.LineComment || t.tokenType === T.BlockComment || t.tokenType === T.UnterminatedComment;

/**
 * Whether a token starts a statement of the block it is in, by the construct table's statements.
 * A word in a list (after a comma, the clause topics after `incorporates`, the items after
 * `with`) starts nothing, even when it is a statement keyword: `incorporates amendment, disputes
 * from "…"`, `implements "…" with status, effect`; nor does `from` in `classification from …`.
 */
function startsStatement(t: IToken, declaration: string | undefined, prev?: IToken): boolean {
  if (prev && (prev.tokenType === T.Comma || prev.tokenType === T.Incorporates || prev.tokenType === T.With)) return false;
  if (wordOfStatement(t, prev)) return false;
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

/**
 * Whether a blank line goes before token `i`: it opens a declaration (or the comments above one)
 * next to a large one. `after`: whether the declaration right after the last token is large
 * (undefined when none follows).
 */
function separates(tokens: IToken[], i: number, large: Map<number, boolean>, previousDeclaration: number, after: boolean | undefined): boolean {
  if (previousDeclaration < 0 || isComment(tokens[i - 1])) return false;
  let next = i;
  while (next < tokens.length && isComment(tokens[next])) next++;
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
export function layout(text: string, tokens: IToken[], unit: string, place: RunPlace): LayoutRun {
  const edits: Edit[] = [];
  const { shift } = place;
  const large = largeDeclarations(tokens);
  const sequence = sequenceOf(tokens);
  let previousDeclaration = -1;
  let depth = 0;
  let declaration: string | undefined;
  let readsBack = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const start = (prev ? prev.startOffset + prev.image.length : place.origin) + shift;
    const gap = text.slice(start, t.startOffset + shift);
    const breaks = lineBreaks(gap);
    if (t.tokenType === T.RCurly) depth = Math.max(0, depth - 1);
    if (i > 0 && roleOf(t.tokenType) === 'top') {
      const j = topicListStart(sequence, i);
      if (j < 0 || (j === 0 && tokens[0].tokenType === T.Comma)) readsBack = true;
    }
    const top = startsDeclaration(sequence, i);
    if (top) declaration = t.image;
    if (!prev) {
      edits.push({ start, end: t.startOffset + shift, newText: '' });
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
        const blank = breaks > 1 || (depth === 0 && (top || (isComment(t) && breaks > 0)) && separates(tokens, i, large, previousDeclaration, place.after));
        newText = (blank ? '\n\n' : '\n') + indent;
      } else {
        const tight = t.tokenType === T.Comma || t.tokenType === T.Dot || prev.tokenType === T.Dot;
        newText = tight ? '' : ' ';
      }
      // Most gaps are already as the layout wants them: no edit is made for those (a
      // 100,000-line instrument has about a million gaps).
      if (newText !== gap) edits.push({ start, end: t.startOffset + shift, newText });
    }
    if (t.tokenType === T.LCurly) depth++;
    if (large.has(i)) previousDeclaration = i;
  }
  return { edits, depth, large, readsBack };
}

/** The edit after the last token: exactly one final newline (none in a text without tokens). */
export function finalNewline(text: string, lastEnd: number | undefined): Edit {
  return { start: lastEnd ?? 0, end: text.length, newText: lastEnd === undefined ? '' : '\n' };
}

/** The number of line breaks in `gap` (`\r\n` counts once). */
export function lineBreaks(gap: string): number {
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
export function reindent(text: string, lines: LineIndex, tokens: IToken[], unit: string): Edit[] {
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
