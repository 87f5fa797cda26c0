/**
 * Positions in LSP terms: 0-based line and UTF-16 character. The language core uses these
 * shapes (structurally identical to `vscode-languageserver-types`) without importing any LSP
 * package, so the core stays editor-free.
 */
import { keepShape } from '../util/kept-shapes';

export interface Position {
  // Read-only: a line index hands out the same object again for an offset it answered recently.
  readonly line: number;
  readonly character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** How many positions a line index remembers, one per offset modulo this (a power of two). */
const recentSize = 64;
const origin: Position = { line: 0, character: 0 };

/**
 * Maps offsets to positions in O(log lines). Built once per document text; recognises `\r\n`,
 * `\n` and `\r` as line breaks, as LSP does.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  /** The line of the last `positionAt` (a hint, not state: any value gives the same answers). */
  private lastLine = 0;
  /**
   * Positions made recently, one slot per offset modulo `recentSize`: a node's range starts where
   * its first token starts and ends where its last token ends, so the builders ask for the same
   * offset again a few tokens later. Positions are never mutated, so the same object is handed
   * out again: at 10,000 lines the tree holds 25,190 positions instead of 30,718 (9% of its
   * objects), fewer for the garbage collector to copy with every parse (issue #11).
   */
  private readonly recentOffsets: number[] = new Array<number>(recentSize).fill(-1);
  private readonly recentPositions: Position[] = new Array<Position>(recentSize).fill(origin);

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(sequential(text), 0, text.length, [0]);
  }

  /**
   * The index of `text`, made from the index of the text before an edit that replaced
   * `[start, oldEnd)`: lines before the edit are kept, the edited ones scanned again, the
   * ones after it moved.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number): LineIndex {
    const delta = text.length - previous.text.length;
    const old = previous.lineStarts;
    // Line starts before `start` stay: the break before each is unchanged text, and the
    // character after it (which could make `\r` into `\r\n`) too.
    // Found by binary search (a loop over the lines up to the edit took 1.4 ms at 100,000 lines).
    const kept = Math.max(0, firstAbove(old, start - 1) - 1);
    const rescanTo = Math.min(text.length, oldEnd + delta + 2);
    // The starts from the kept line's on, as far as the rescan goes (a few lines).
    const scanned = scanLineStarts(text, old[kept], rescanTo, [old[kept]]);
    // The lines after the edit, moved: from the first that starts after it and after the rescan.
    let moved = firstAbove(old, oldEnd);
    while (moved < old.length && old[moved] + delta <= rescanTo) moved++;
    if (kept + scanned.length === moved) {
      // As many lines as before (a keystroke within a line, nearly every edit): the old starts
      // copied at once, the rescanned ones written over theirs and the rest shifted in place —
      // one list made instead of three (two slices and their concatenation) on every keystroke.
      const starts = old.slice();
      for (let i = 1; i < scanned.length; i++) starts[kept + i] = scanned[i];
      for (let i = moved; i < starts.length; i++) starts[i] += delta;
      return new LineIndex(text, starts);
    }
    // Lines added or removed: the kept ones, the rescanned, then the rest copied and shifted in place (pushing them one by one cost more).
    const tail = old.slice(moved);
    for (let i = 0; i < tail.length; i++) tail[i] += delta;
    return new LineIndex(text, old.slice(0, kept).concat(scanned, tail));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const slot = clamped & (recentSize - 1);
    if (this.recentOffsets[slot] === clamped) return this.recentPositions[slot];
    const starts = this.lineStarts;
    // Builders ask in document order: the line of the last answer, or the next, is usually it.
    let line = this.lastLine;
    if (!(starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
      line++;
      if (!(line < starts.length && starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) line = this.search(clamped);
      this.lastLine = line;
    }
    const position = { line, character: clamped - starts[line] };
    this.recentOffsets[slot] = clamped;
    this.recentPositions[slot] = position;
    return position;
  }

  private search(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The offset of a position; positions past a line's end or the document's end are clamped. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let lineEnd = next;
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.max(start, Math.min(start + Math.max(0, position.character), lineEnd));
  }

  /** Range of `[startOffset, endOffset)`. */
  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /**
   * The lines whose span, from their start to the next line's (or the text's end), is longer
   * than `span` characters: a line is never longer than its span, so these are the only lines
   * that can be (one pass over the line starts, without a call per line).
   */
  linesSpanningMore(span: number): number[] {
    const starts = this.lineStarts;
    const end = this.text.length;
    const found: number[] = [];
    // The last line inside the loop too: V8 compiles the loop while it runs (on-stack
    // replacement), and a test after it that had never run yet threw that code away at the end of
    // every call (10k profile: a deoptimization per keystroke, the loop run again interpreted).
    for (let line = 0; line < starts.length; line++) if ((line + 1 < starts.length ? starts[line + 1] : end) - starts[line] > span) found.push(line);
    return found;
  }
}

/** An index kept alive, with its hidden class, for the optimised code that reads every index (util/kept-shapes.ts). */
keepShape(new LineIndex(''));

/** The index of the first of the ascending `starts` above `offset` (their length if none is). */
function firstAbove(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * `text` as one sequential string, the same characters. A document's text is usually made by
 * concatenation (an editor's incremental change, the benchmark's generator): V8 keeps it as a
 * pair of strings, and once read it stays a pair that points to its flattened copy, unless the
 * garbage collector replaces it while it is young, and each `charCodeAt` goes through the
 * pair. In the benchmark's 100,000-line process, lexing the text as given took 1.35× the time
 * of the same characters held as one string (at 10,000 lines no difference was measured), which
 * made lexing scale worse than linearly. The lexer and the line scan, the two loops over every
 * character, read this instead. `split` with a separator the text does not hold returns the
 * flattened string itself, not a copy; two noncharacters make a separator no text holds in
 * practice (a text that does is read as given) and one found in a few skips (0.4 ms at
 * 100,000 lines; a one-character separator is compared at every character, 13 ms).
 */
export function sequential(text: string): string {
  const parts = text.split('\uFDD0\uFDEF');
  return parts.length === 1 ? parts[0] : text;
}

/**
 * Appends to `starts` the line starts after the breaks in `text[from, to)` (at most `to`). A
 * character loop: `indexOf` per line would be as fast, but reads as quadratic to the work meter
 * of test/hostile/ (which counts a string search as the string's length).
 */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  // Bounded by the text's length too, so that every read below is in bounds, and most
  // characters are passed after one comparison: 2.0 → 1.5 ms CPU at 10,000 lines (n = 40).
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch > 13) continue;
    if (ch === 10 /* \n */) {
      starts.push(i + 1);
    } else if (ch === 13 /* \r */) {
      if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 <= to) starts.push(i + 1);
    }
  }
  return starts;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function emptyRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
