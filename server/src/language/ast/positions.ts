/**
 * Positions in LSP terms: 0-based line and UTF-16 character. The language core uses these
 * shapes (structurally identical to `vscode-languageserver-types`) without importing any LSP
 * package, so the core stays editor-free.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Maps offsets to positions in O(log lines). Built once per document text; recognises `\r\n`,
 * `\n` and `\r` as line breaks, as LSP does.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  /** The line of the last `positionAt` (a hint, not state: any value gives the same answers). */
  private lastLine = 0;

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(text, 0, text.length, [0]);
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
    let kept = 0;
    while (kept + 1 < old.length && old[kept + 1] < start) kept++;
    const rescanTo = Math.min(text.length, oldEnd + delta + 2);
    const starts = scanLineStarts(text, old[kept], rescanTo, old.slice(0, kept + 1));
    for (let i = 0; i < old.length; i++) {
      const moved = old[i] + delta;
      if (old[i] > oldEnd && moved > rescanTo) starts.push(moved);
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // Builders ask in document order: the line of the last answer, or the next, is usually it.
    let line = this.lastLine;
    if (!(starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
      line++;
      if (!(line < starts.length && starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) line = this.search(clamped);
      this.lastLine = line;
    }
    return { line, character: clamped - starts[line] };
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
    const found: number[] = [];
    for (let line = 0; line + 1 < starts.length; line++) if (starts[line + 1] - starts[line] > span) found.push(line);
    if (this.text.length - starts[starts.length - 1] > span) found.push(starts.length - 1);
    return found;
  }
}

/**
 * Appends to `starts` the line starts after the breaks in `text[from, to)` (at most `to`). A
 * character loop: `indexOf` per line would be as fast, but reads as quadratic to the work meter
 * of test/hostile/ (which counts a string search as the string's length).
 */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 <= to) starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
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
