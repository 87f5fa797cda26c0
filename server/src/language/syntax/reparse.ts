/**
 * Incremental parsing: a new text is parsed by re-parsing only the segments (top-level
 * constructs, segments.ts) its change touches, reusing the others — those before the change
 * as they are, those after it moved by the change's length (and line count). The result equals
 * a full parse of the new text (the property test in test/syntax/reparse.test.ts checks it on
 * random edits of every sample); wherever that is not certain the region grows, and after a
 * few tries the whole text is parsed again.
 *
 * A region can be cut only where nothing crosses: the construct before it ends with a real `}`
 * and is followed by a blank (`firmEnd`), no parser error sits on the first reused token, the
 * lexer run over the region stops exactly at the reused text's first token, and the reused
 * constructs after it start on lines after the change (their columns are then unchanged).
 */
import { LineIndex } from '../ast/positions';
import { fromSegments, internalError, parse, parser, segmentsOfParse, type ParseResult } from './parse';
import { parseRegion, type NextToken, type Segment } from './segments';
import { moveSegment } from './shift';
import { toldSpan, type ChangedSpan, type TextChange } from './text-changes';

/** How many times a region may grow before the whole text is parsed instead. */
const maxAttempts = 4;

/**
 * `changes`, when given, are the edits that made `text` from the previous text (an editor's
 * incremental change, text-changes.ts): the changed span is then taken from them, once checked,
 * instead of comparing the two texts.
 */
export function reparse(previous: ParseResult, text: string, changes?: readonly TextChange[]): ParseResult {
  const old = segmentsOfParse(previous);
  const oldText = previous.lines.text;
  const told = toldSpan(oldText, text, changes);
  if (!told && oldText === text) return previous;
  if (!old || old.length === 0) return parse(text);
  try {
    return reparseSegments(previous, old, text, told ?? changedSpan(oldText, text)) ?? parse(text);
  } catch (error) {
    return internalError(text, error);
  }
}

function reparseSegments(previous: ParseResult, old: readonly Segment[], text: string, span: ChangedSpan): ParseResult | undefined {
  const oldLines = previous.lines;
  const oldText = oldLines.text;
  const { start: changeStart, oldEnd: changeEnd } = span;
  const delta = text.length - oldText.length;

  // The first segment re-parsed: the one the change starts in, moved back past any cut that is not firm.
  let first = segmentAt(old, changeStart);
  while (first > 0 && !cutBefore(old, first, changeStart)) first--;
  // The last segment re-parsed: the one the change ends in, moved on until the next starts on a later line.
  let last = Math.max(first, segmentAt(old, Math.max(changeStart, changeEnd - 1)));
  const changeEndLine = oldLines.positionAt(changeEnd).line;
  const lines = LineIndex.afterEdit(oldLines, text, changeStart, changeEnd);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    while (last + 1 < old.length && !reusableAfter(old[last + 1], oldLines, changeEndLine)) last++;
    const reuseFrom = last + 1;
    const from = old[first].start;
    const next = lookahead(old, reuseFrom);
    const to = next ? old[reuseFrom].start + delta : text.length;
    const region = parseRegion(parser(), lines, from, to, next);
    if (region) {
      const lineDelta = next ? lines.positionAt(to).line - oldLines.positionAt(old[reuseFrom].start).line : 0;
      // One list built in a loop: thousands of segments after the change, moved without a callback each.
      const segments = old.slice(0, first);
      for (const segment of region) segments.push(segment);
      for (let i = reuseFrom; i < old.length; i++) segments.push(moveSegment(old[i], delta, lineDelta));
      return fromSegments(lines, segments, previous);
    }
    if (!next) return undefined;
    last += 1 << attempt;
  }
  return undefined;
}

/**
 * The parse may restart at segment `index` for a change at `changeStart`: the construct before
 * it cannot read the changed text, because it ends with a real `}` (then it looks no further)
 * or because what it may look at — two tokens, the parser's lookahead — lies before the change.
 */
function cutBefore(segments: readonly Segment[], index: number, changeStart: number): boolean {
  const segment = segments[index];
  const tokens = segment.tokenList;
  if (segment.errorAtStart || tokens.length === 0 || tokens.startAt(0) !== segment.start) return false;
  if (segments[index - 1].firmEnd) return true;
  return tokens.length > 1 && tokens.endAt(1) < changeStart;
}

/** The first two tokens of the reused text from segment `index` on, offsets counted from its start. */
function lookahead(segments: readonly Segment[], index: number): NextToken[] | undefined {
  if (index >= segments.length) return undefined;
  const start = segments[index].start;
  const tokens: NextToken[] = [];
  for (let i = index; i < segments.length && tokens.length < 2; i++) {
    const list = segments[i].tokenList;
    for (let k = 0; k < list.length && tokens.length < 2; k++) tokens.push({ offset: list.startAt(k) - start, image: list.imageAt(k), tokenType: list.typeAt(k) });
  }
  return tokens;
}

/** A segment after the change can be reused: it starts with a token, on a line after the change, with no error on that token. */
function reusableAfter(segment: Segment, oldLines: LineIndex, changeEndLine: number): boolean {
  const tokens = segment.tokenList;
  if (tokens.length === 0 || tokens.startAt(0) !== segment.start || segment.errorAtStart) return false;
  return oldLines.positionAt(segment.start).line > changeEndLine;
}

/** The index of the segment holding `offset` (the last one starting at or before it). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The changed span by common prefix and suffix: `old[start, oldEnd)` became `text[start, oldEnd + delta)`. */
export function changedSpan(old: string, text: string): ChangedSpan {
  const shorter = Math.min(old.length, text.length);
  const start = commonRun(old, text, shorter, false);
  const suffix = commonRun(old, text, shorter - start, true);
  return { start, oldEnd: old.length - suffix };
}

/*
 * The longest common prefix (or, `fromEnd`, suffix), at most `max` long: doubling steps while the
 * pieces are equal, then halving — native string comparisons instead of a character loop. The
 * direction is a flag rather than a comparison callback: the callback was compiled again on most
 * keystrokes.
 */
function commonRun(old: string, text: string, max: number, fromEnd: boolean): number {
  let done = 0;
  let step = 64;
  let growing = true;
  while (step >= 1) {
    const equal = done + step <= max && (fromEnd ? old.substr(old.length - done - step, step) === text.substr(text.length - done - step, step) : old.substr(done, step) === text.substr(done, step));
    if (equal) {
      done += step;
      if (growing) step *= 2;
    } else {
      growing = false;
      step >>= 1;
    }
  }
  return done;
}
