/**
 * The layout a quick fix reads to insert a top-level declaration (top-level-insertion.ts): what
 * is still open at the end of the text, where the top-level nodes lie, and the prose blocks and
 * comments no insertion may fall inside.
 *
 * Read from the parse's segments (syntax/segments.ts), one summary per segment kept with the
 * segment its tokens were lexed in (syntax/shift.ts `lexedOf`, the same object for as long as an
 * edit reuses the segment) and counted from its start: after a keystroke only the re-parsed
 * segment is read again, and the rest is one step per segment. Reading every token of the
 * document instead (`layoutFromTokens`, kept for a parse without segments and as the definition
 * the tests compare with) made the tokens of 10,000 lines as objects on every keystroke of a
 * text with an undefined term: about 4 ms of a 5 ms keystroke (issue #11).
 */
import type { SemanticModel } from '../../model/semantic-model';
import { segmentsOfParse } from '../../syntax/parse';
import type { Segment } from '../../syntax/segments';
import { lexedOf } from '../../syntax/shift';
import * as T from '../../syntax/tokens';

export interface Layout {
  /** The offset of the earliest construct still open at the end of the text, if any. */
  readonly openAt: number | undefined;
  /** Top-level nodes sorted by start, with the largest end among each one and those before it. */
  readonly starts: readonly number[];
  readonly maxEnds: readonly number[];
  readonly headers: ReadonlySet<number>;
  /**
   * Prose blocks and comments by part of the text (a segment): where each part starts, how far
   * its spans' offsets are to be moved, and its spans, sorted [start, end) pairs, flat. Spans
   * never cross a part's bounds. Data, not a function made per layout (a closure made per call
   * loses its optimised code at a full collection).
   */
  readonly partStarts: readonly number[];
  readonly partShifts: readonly number[];
  readonly partSpans: readonly (readonly number[])[];
}

/** Whether `offset` lies strictly inside a prose block or a comment. */
export function insideSpanAt(l: Layout, offset: number): boolean {
  // Only the part holding `offset` can hold it strictly: spans before it end at its start or earlier.
  const index = lastAtOrBefore(l.partStarts, offset);
  return index >= 0 && insideSpan(l.partSpans[index], offset - l.partShifts[index]);
}

/** What one segment adds to the layout, its offsets counted from the start of the segment its tokens were lexed in. */
interface SegmentSummary {
  /** Prose blocks and comments, sorted by start: [start, end) pairs, flat. */
  readonly spans: readonly number[];
  /** The earliest prose block or comment never closed, if any. */
  readonly unterminated: number | undefined;
  /** Braces left unmatched: `}` that close what came before, then `{` still open after it (the first at `firstOpen`). */
  readonly closes: number;
  readonly opens: number;
  readonly firstOpen: number;
}

const summaries = new WeakMap<Segment, SegmentSummary>();

/** The layout of the model's text: from its segments when the parse has them, else from every token. */
export function measureLayout(model: SemanticModel): Layout {
  const segments = segmentsOfParse(model.parsed);
  return segments ? layoutFromSegments(model, segments) : layoutFromTokens(model);
}

function layoutFromSegments(model: SemanticModel, segments: readonly Segment[]): Layout {
  let depth = 0;
  let firstOpenBrace: number | undefined;
  let unterminated: number | undefined;
  const partStarts: number[] = [];
  const partShifts: number[] = [];
  const partSpans: (readonly number[])[] = [];
  for (const segment of segments) {
    const s = summaryOf(segment);
    // The summary's offsets are the lexed segment's; this segment lies `shift` further on.
    const shift = segment.start - lexedOf(segment).start;
    if (unterminated === undefined && s.unterminated !== undefined) unterminated = s.unterminated + shift;
    // Unmatched `}` close what is open (never below nothing, as the parser reads a stray one);
    // the first `{` left open, when opened at depth 0, is the brace the text ends inside.
    depth = Math.max(depth - s.closes, 0);
    if (s.opens > 0) {
      if (depth === 0) firstOpenBrace = s.firstOpen + shift;
      depth += s.opens;
    }
    partStarts.push(segment.start);
    partShifts.push(shift);
    partSpans.push(s.spans);
  }
  const opens: number[] = [];
  if (unterminated !== undefined) opens.push(unterminated);
  if (depth > 0 && firstOpenBrace !== undefined) opens.push(firstOpenBrace);
  const last = lastToken(segments);
  if (last && endsCutShort(model, last.end)) opens.push(last.start);
  return { openAt: opens.length > 0 ? Math.min(...opens) : undefined, ...nodesOf(model), partStarts, partShifts, partSpans };
}

function summaryOf(segment: Segment): SegmentSummary {
  const lexed = lexedOf(segment);
  let summary = summaries.get(lexed);
  if (!summary) summaries.set(lexed, (summary = summarise(lexed)));
  return summary;
}

function summarise(segment: Segment): SegmentSummary {
  const tokens = segment.tokenList;
  const proseSpans: number[] = [];
  let unterminated: number | undefined;
  let closes = 0;
  let opens = 0;
  let firstOpen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens.typeAt(i);
    if (type === T.TripleString || type === T.UnterminatedTripleString) proseSpans.push(tokens.startAt(i), tokens.endAt(i));
    if (type === T.UnterminatedTripleString) unterminated ??= tokens.startAt(i);
    if (type === T.LCurly) {
      if (opens === 0) firstOpen = tokens.startAt(i);
      opens++;
    } else if (type === T.RCurly) {
      if (opens > 0) opens--;
      else closes++;
    }
  }
  const commentSpans: number[] = [];
  for (const comment of segment.comments) {
    const start = comment.startOffset;
    if (comment.tokenType === T.UnterminatedComment && (unterminated === undefined || start < unterminated)) unterminated = start;
    commentSpans.push(start, start + comment.image.length);
  }
  return { spans: merged(proseSpans, commentSpans), unterminated, closes, opens, firstOpen };
}

/** Two sorted lists of [start, end) pairs as one. */
function merged(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) result.push(a[i++], a[i++]);
    else result.push(b[j++], b[j++]);
  }
  return result;
}

/** The document's last parser token, where it starts and ends. */
function lastToken(segments: readonly Segment[]): { start: number; end: number } | undefined {
  for (let i = segments.length - 1; i >= 0; i--) {
    const tokens = segments[i].tokenList;
    if (tokens.length > 0) return { start: tokens.startAt(tokens.length - 1), end: tokens.endAt(tokens.length - 1) };
  }
  return undefined;
}

/**
 * A declaration cut short by the end of the file (`channel` and nothing after it) is open too:
 * the parser reports what it still expected after the last token, and a declaration appended
 * there would be read as the rest of it.
 */
function endsCutShort(model: SemanticModel, lastEnd: number): boolean {
  return model.parsed.problems.some((p) => model.lines.offsetAt(p.range.start) >= lastEnd);
}

function nodesOf(model: SemanticModel): Pick<Layout, 'starts' | 'maxEnds' | 'headers'> {
  const lines = model.lines;
  const { instruments, declarations } = model.ast;
  // The headers, then the declarations, each in document order: already sorted by start unless a
  // header comes after a declaration. Plain arrays in one loop (objects sorted with a callback
  // were a tenth of the keystroke's layout at 10,000 lines); sorted by index, stably, only when needed.
  const starts: number[] = [];
  const ends: number[] = [];
  const headers = new Set<number>();
  for (const n of instruments) {
    starts.push(lines.offsetAt(n.range.start));
    ends.push(lines.offsetAt(n.range.end));
    headers.add(starts[starts.length - 1]);
  }
  for (const n of declarations) {
    starts.push(lines.offsetAt(n.range.start));
    ends.push(lines.offsetAt(n.range.end));
  }
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = starts[i - 1] <= starts[i];
  const order = sorted ? undefined : starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
  const maxEnds: number[] = [];
  let maxEnd = 0;
  for (let k = 0; k < starts.length; k++) {
    maxEnd = Math.max(maxEnd, ends[order ? order[k] : k]);
    maxEnds.push(maxEnd);
  }
  return { starts: order ? order.map((i) => starts[i]) : starts, maxEnds, headers };
}

/** Index of the last of the sorted `starts` at or before `offset`, or -1. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Whether `offset` lies strictly inside one of the sorted, non-overlapping [start, end) pairs of `spans`. */
function insideSpan(spans: readonly number[], offset: number): boolean {
  let low = 0;
  let high = spans.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[2 * mid] < offset) low = mid + 1;
    else high = mid - 1;
  }
  return low > 0 && offset < spans[2 * (low - 1) + 1];
}

/** The layout read from every token and comment of the parse: the definition `layoutFromSegments` must agree with. */
export function layoutFromTokens(model: SemanticModel): Layout {
  const { tokens, comments } = model.parsed;
  const opens: number[] = [];
  let depth = 0;
  let firstOpenBrace: number | undefined;
  const spans: [number, number][] = [];
  for (const token of tokens) {
    // A syntax error can leave prose outside every node: the tokens still say where it lies.
    if (token.tokenType === T.TripleString || token.tokenType === T.UnterminatedTripleString) spans.push([token.startOffset, token.startOffset + token.image.length]);
    if (token.tokenType === T.LCurly) {
      if (depth === 0) firstOpenBrace = token.startOffset;
      depth++;
    } else if (token.tokenType === T.RCurly && depth > 0) {
      depth--;
    } else if (token.tokenType === T.UnterminatedTripleString) {
      opens.push(token.startOffset);
    }
  }
  if (depth > 0 && firstOpenBrace !== undefined) opens.push(firstOpenBrace);
  for (const comment of comments) {
    if (comment.tokenType === T.UnterminatedComment) opens.push(comment.startOffset);
    spans.push([comment.startOffset, comment.startOffset + comment.image.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const last = tokens.at(-1);
  if (last && endsCutShort(model, last.startOffset + last.image.length)) opens.push(last.startOffset);
  return { openAt: opens.length > 0 ? Math.min(...opens) : undefined, ...nodesOf(model), partStarts: [0], partShifts: [0], partSpans: [spans.flat()] };
}
