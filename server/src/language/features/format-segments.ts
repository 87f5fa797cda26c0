/**
 * The house layout of a parse one top-level construct (segment) at a time, each construct's
 * edits kept for as long as the parse reuses it: after a keystroke only the constructs the
 * keystroke re-parsed are laid out again (60 ms → a few at 100,000 lines, for format on save).
 *
 * A construct's run (`layout` over its own tokens) gives the whole text's edits for every gap
 * after its first token when the run reads nothing outside the construct. That holds when each
 * construct after the first starts with a declaration keyword at its very start, leaves the
 * brace depth at 0, and is not read across by the clause-topic test (`about a, b, party`):
 * `layoutBySegment` checks all three on every call and answers undefined otherwise, and the
 * caller then lays out the whole text in one run. The gap before each construct (it lies
 * between two of them) and the final newline are decided here, by the same rules. The property
 * test in test/features/format-segments.test.ts holds the two paths equal after random edits.
 */
import type { TokenType } from 'chevrotain';
import { segmentsOfParse, type ParseResult } from '../syntax/parse';
import type { Segment } from '../syntax/segments';
import { lexedOf } from '../syntax/shift';
import { withComments } from '../syntax/token-list';
import * as T from '../syntax/tokens';
import { roleOf, topicListStart } from './completion-context';
import { finalNewline, isComment, layout, lineBreaksIn, shrink, type Edit } from './format-layout';

/** What the layout of one construct gives, by offsets from the segment's start. */
interface ConstructRun {
  /** Edits that change something, shrunk, in order. */
  readonly edits: readonly Edit[];
  readonly depth: number;
  readonly readsBack: boolean;
  readonly first: { readonly at: number; readonly type: TokenType } | undefined;
  readonly last: { readonly end: number; readonly comment: boolean } | undefined;
  /** Whether the first token's declaration has a block (undefined: the first token starts none). */
  readonly firstLarge: boolean | undefined;
  /** Whether the last declaration started in the construct has a block (undefined: none starts). */
  readonly lastLarge: boolean | undefined;
  /** Where the clause-topic test of a declaration right after the construct stops reading (`topicListStart`), and that token's image. */
  readonly topicTail: { readonly index: number; readonly image: string | undefined; readonly firstIsComma: boolean };
}

/** Runs by the segment the tokens were lexed in, then by indent unit and the next declaration's size. */
const runs = new WeakMap<Segment, Map<string, ConstructRun>>();

/** Constructs laid out afresh so far (not taken from what was kept): tests count reuse with it. */
export const layoutCounts = { computed: 0 };

/** Constructs laid out per step of `layoutSteps` (a few milliseconds of a first layout). */
const constructsPerStep = 64;

/**
 * The run of every construct, last to first (each needs to know whether the declaration after
 * it is large), a step per `constructsPerStep` constructs laid out afresh; a kept run costs a
 * look-up and is not counted.
 */
function* constructRuns(text: string, segments: readonly Segment[], unit: string): Generator<void, ConstructRun[], void> {
  const list = new Array<ConstructRun>(segments.length);
  // The runs' keys, made once per call rather than once per construct (a new string to hash each time).
  const keys = { large: runKey(unit, true), small: runKey(unit, false), last: runKey(unit, undefined) };
  let after: boolean | undefined;
  let fresh = 0;
  for (let k = segments.length - 1; k >= 0; k--) {
    const computed = layoutCounts.computed;
    const run = (list[k] = runOf(text, segments[k], unit, after, after === undefined ? keys.last : after ? keys.large : keys.small));
    if (run.first) after = run.firstLarge;
    if (layoutCounts.computed !== computed && ++fresh % constructsPerStep === 0 && k > 0) yield;
  }
  return list;
}

/**
 * Lays out every construct of a parse without problems ahead of a request, in steps that a host
 * runs when it has nothing else to do (lsp/formatting-ahead.ts): the layouts `layoutBySegment`
 * then reads instead of computing them. A parse with problems is re-indented, never laid out by
 * construct: nothing to prepare.
 */
export function* layoutSteps(text: string, parsed: ParseResult, unit: string): Generator<string, void, void> {
  const segments = parsed.problems.length === 0 ? segmentsOfParse(parsed) : undefined;
  if (!segments) return;
  const steps = constructRuns(text, segments, unit);
  while (!steps.next().done) yield 'layout';
}

/** Edits (shrunk, no-ops dropped) of the house layout of a parse without problems, or undefined when it cannot be laid out by construct. */
export function layoutBySegment(text: string, parsed: ParseResult, unit: string): Edit[] | undefined {
  const segments = segmentsOfParse(parsed);
  if (!segments || segments.length === 0) return undefined;
  const steps = constructRuns(text, segments, unit);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const laidOut = step.value;
  const edits: Edit[] = [];
  let last: { end: number; comment: boolean } | undefined;
  let lastLarge: boolean | undefined;
  let topicTail: ConstructRun['topicTail'] | undefined;
  let tailIsLeading = false;
  let leading = true;
  for (let k = 0; k < segments.length; k++) {
    const run = laidOut[k];
    const start = segments[k].start;
    if (!run.first) continue;
    if (run.depth !== 0) return undefined;
    if (leading) {
      // The whole text's first token: its run is the whole text's run so far, but for the
      // blank text before it in segments of their own, which goes.
      if (start > 0) {
        if (run.first.at !== 0) return undefined;
        edits.push({ start: 0, end: start, newText: '' });
      }
    } else {
      if (run.first.at !== 0 || roleOf(run.first.type) !== 'top' || run.readsBack || !startsAfter(topicTail!, tailIsLeading)) return undefined;
      // Between two constructs: a new line, and a blank one next to a declaration with a block.
      // Read in place: a slice per construct was most of what a formatting after a keystroke allocated.
      const blank = lineBreaksIn(text, last!.end, start) > 1 || (lastLarge !== undefined && !last!.comment && (run.firstLarge === true || lastLarge));
      const newText = blank ? '\n\n' : '\n';
      if (!holds(text, last!.end, start, newText)) edits.push(shrink(text, { start: last!.end, end: start, newText }));
    }
    for (const e of run.edits) edits.push({ start: e.start + start, end: e.end + start, newText: e.newText });
    if (run.last) last = { end: run.last.end + start, comment: run.last.comment };
    if (run.lastLarge !== undefined) lastLarge = run.lastLarge;
    topicTail = run.topicTail;
    tailIsLeading = leading;
    leading = false;
  }
  const tail = finalNewline(text, last?.end);
  if (text.slice(tail.start, tail.end) !== tail.newText) edits.push(shrink(text, tail));
  return edits;
}

/**
 * Whether a declaration keyword right after a construct starts a declaration, read from that
 * construct alone: the clause-topic test stopped on a token of it other than `about`, or, in the
 * text's first construct, at the text's start. False also when the test would read further back.
 */
function startsAfter(tail: ConstructRun['topicTail'], leading: boolean): boolean {
  if (!leading && (tail.index < 0 || (tail.index === 0 && tail.firstIsComma))) return false;
  return tail.image !== 'about';
}

/** Whether `text` holds exactly `expected` from `start` to `end`, read in place. */
function holds(text: string, start: number, end: number, expected: string): boolean {
  return end - start === expected.length && text.startsWith(expected, start);
}

const runKey = (unit: string, after: boolean | undefined) => `${unit}\u0000${after}`;

function runOf(text: string, segment: Segment, unit: string, after: boolean | undefined, key: string): ConstructRun {
  const lexed = lexedOf(segment);
  let byKey = runs.get(lexed);
  let run = byKey?.get(key);
  if (run) return run;
  run = computeRun(text, segment.start, lexed, unit, after);
  layoutCounts.computed++;
  if (!byKey) runs.set(lexed, (byKey = new Map()));
  // A construct is laid out with one or two units and neighbours in practice: a few entries at most.
  if (byKey.size >= 4) byKey.clear();
  byKey.set(key, run);
  return run;
}

function computeRun(text: string, start: number, lexed: Segment, unit: string, after: boolean | undefined): ConstructRun {
  // Read in place from the parse's token table: no token object is made (syntax/token-list.ts).
  const tokens = withComments(lexed.tokenList, lexed.comments);
  const shift = start - lexed.start;
  const { edits, depth, large, readsBack } = layout(text, tokens, unit, { shift, origin: lexed.start, after });
  const kept: Edit[] = [];
  for (const e of edits) {
    if (text.slice(e.start, e.end) === e.newText) continue;
    const small = shrink(text, e);
    kept.push({ start: small.start - start, end: small.end - start, newText: small.newText });
  }
  const count = tokens.length;
  let lastLarge: boolean | undefined;
  for (const value of large.values()) lastLarge = value;
  const tailIndex = topicListStart(tokens, count);
  return {
    edits: kept,
    depth,
    readsBack,
    first: count > 0 ? { at: tokens.startAt(0) - lexed.start, type: tokens.typeAt(0) } : undefined,
    last: count > 0 ? { end: tokens.endAt(count - 1) - lexed.start, comment: isComment(tokens.typeAt(count - 1)) } : undefined,
    firstLarge: large.get(0),
    lastLarge,
    topicTail: { index: tailIndex, image: tailIndex >= 0 ? tokens.imageAt(tailIndex) : undefined, firstIsComma: count > 0 && tokens.typeAt(0) === T.Comma },
  };
}
