/**
 * Reading suppression comments: which codes each one names, with which reason, over which
 * lines. Pure: the suppression rules and the suppression pass both read from here.
 */
import type { Comment } from '../../ast/nodes';
import type { Position, Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { deleteLinesEdit } from './ordinary-helpers';
import { oncePer } from '../../util/once-per';
import { matchesOf } from '../../util/all-matches';

/** What the fix that adds a reason writes for the drafter to replace. */
export const reasonPlaceholder = 'why the finding does not apply';

export interface SuppressedCode {
  readonly text: string;
  readonly range: Range;
  /** What to delete to take this code out of a list (the code and one separating comma). */
  readonly listRange: Range;
  /** The lines (0-based, inclusive) on which findings with this code are hidden; -1 if none. */
  firstLine: number;
  lastLine: number;
}

export interface Suppression {
  readonly form: 'next-line' | 'block';
  /** The `entente-disable…` word. */
  readonly directive: Range;
  readonly codes: readonly SuppressedCode[];
  /** The text after ` -- `; undefined when missing or blank. */
  readonly reason: string | undefined;
  /** Whether ` --` was written at all (to place the fix that adds a reason). */
  readonly hasSeparator: boolean;
  readonly comment: Comment;
  /** Deleting the whole comment (and its line, when alone on it). */
  readonly deletion: Range;
}

export interface StrayEnable {
  readonly range: Range;
  readonly deletion: Range;
}

const directivePattern = /^\/\/\s*(entente-(?:disable-next-line|disable|enable))(?=\s|$)(.*)$/s;

/**
 * Whether a line holds something besides comments and white space. Asked only for the few lines
 * after a `disable-next-line`, so it looks at that one line and the comments on it (found by
 * bisection: the comments are in document order and do not overlap).
 */
function holdsCode(model: SemanticModel, line: number): boolean {
  const lines = model.lines;
  const start = lines.lineStart(line);
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : model.text.length;
  const chars = model.text.slice(start, end).split('');
  const comments = model.ast.comments;
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comments[mid].range.end.line < line) low = mid + 1;
    else high = mid;
  }
  for (let c = low; c < comments.length && comments[c].range.start.line <= line; c++) {
    const comment = comments[c];
    const from = comment.range.start.line < line ? 0 : comment.range.start.character;
    const to = comment.range.end.line > line ? chars.length : comment.range.end.character;
    for (let i = from; i < to && i < chars.length; i++) chars[i] = ' ';
  }
  return chars.join('').trim() !== '';
}

const suppressionsOf = oncePer(readSuppressions);

function at(base: Position, offset: number): Position {
  return { line: base.line, character: base.character + offset };
}

/** The suppressions of a document, read once per model (two rules and the suppression pass ask). */
export function parseSuppressions(model: SemanticModel): { suppressions: Suppression[]; strayEnables: StrayEnable[] } {
  return suppressionsOf(model);
}

function readSuppressions(model: SemanticModel): { suppressions: Suppression[]; strayEnables: StrayEnable[] } {
  const suppressions: Suppression[] = [];
  const strayEnables: StrayEnable[] = [];
  // Most documents have no suppression: skip the line scan for them (this runs on every keystroke).
  if (!model.ast.comments.some((c) => !c.block && c.text.includes('entente-'))) return { suppressions, strayEnables };
  /** Open block suppressions per code, innermost last. */
  const open = new Map<string, SuppressedCode[]>();
  const lastLine = model.lines.lineCount - 1;
  /** The first line at or after a line that holds code, remembered for every line passed on the way. */
  const codeLineFrom = new Map<number, number>();
  const nextCodeLine = (from: number): number => {
    const passed: number[] = [];
    let line = from;
    let found: number | undefined;
    while ((found = codeLineFrom.get(line)) === undefined && line <= lastLine && !holdsCode(model, line)) passed.push(line++);
    const result = found ?? line;
    for (const l of passed) codeLineFrom.set(l, result);
    codeLineFrom.set(line, result);
    return result;
  };

  for (const comment of model.ast.comments) {
    if (comment.block) continue;
    const match = directivePattern.exec(comment.text);
    if (!match) continue;
    const start = comment.range.start;
    const directiveOffset = comment.text.indexOf(match[1]);
    const directive = { start: at(start, directiveOffset), end: at(start, directiveOffset + match[1].length) };
    const restOffset = directiveOffset + match[1].length;
    const separator = /\s--/.exec(match[2]);
    const codePart = separator ? match[2].slice(0, separator.index) : match[2];
    // The placeholder the "Add a reason" fix writes is no reason (a client without snippets, or a
    // drafter who accepts it unedited, would otherwise switch the suppression on unseen).
    const written = separator ? match[2].slice(separator.index + separator[0].length).trim() || undefined : undefined;
    const reason = written === reasonPlaceholder ? undefined : written;
    const words = matchesOf(codePart, /[^\s,]+/g);
    const codes: SuppressedCode[] = words.map((word, i) => {
      const from = restOffset + word.index;
      const range = { start: at(start, from), end: at(start, from + word[0].length) };
      const next = words[i + 1];
      const previous = words[i - 1];
      const listRange = next
        ? { start: range.start, end: at(start, restOffset + next.index) }
        : previous
          ? { start: at(start, restOffset + previous.index + previous[0].length), end: range.end }
          : range;
      return { text: word[0], range, listRange, firstLine: -1, lastLine: -1 };
    });
    const deletion = deleteLinesEdit(model, comment.range).range;

    if (match[1] === 'entente-enable') {
      const closing = codes.length > 0 ? codes.map((c) => c.text) : [...open.keys()];
      let closedAny = false;
      for (const code of closing) {
        const stack = open.get(code);
        const block = stack?.pop();
        if (!block) continue;
        block.lastLine = comment.range.start.line;
        closedAny = true;
      }
      if (!closedAny) strayEnables.push({ range: directive, deletion });
      continue;
    }
    if (match[1] === 'entente-disable-next-line') {
      const target = nextCodeLine(comment.range.end.line + 1);
      for (const code of codes) if (target <= lastLine) [code.firstLine, code.lastLine] = [target, target];
    } else {
      for (const code of codes) {
        code.firstLine = comment.range.end.line;
        code.lastLine = lastLine;
        const stack = open.get(code.text);
        if (stack) stack.push(code);
        else open.set(code.text, [code]);
      }
    }
    suppressions.push({ form: match[1] === 'entente-disable' ? 'block' : 'next-line', directive, codes, reason, hasSeparator: !!separator, comment, deletion });
  }
  return { suppressions, strayEnables };
}
