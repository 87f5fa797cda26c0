/**
 * The house layout of a parse joined from its constructs' runs (format-segments.ts) a block of
 * constructs at a time, each block's joined edits kept for as long as the parse reuses all of
 * its constructs: after a keystroke only the block the keystroke re-parsed is joined again, and
 * every other block costs a look-up and a comparison of its constructs, instead of a read of
 * each construct's kept layout (about 1 µs each at 100,000 lines, where the heap no longer fits
 * the caches: 8,400 constructs, 10 ms a formatting, most of it memory latency).
 *
 * Blocks are cut where the content says (after a construct whose lexed segment's hash says so,
 * or after `blockSizing.most` constructs), so an edit that adds or removes a construct changes
 * the cuts of its own block only. What a block's join reads from outside the block is in its
 * key: the indent unit, whether the declaration after it is large (`after`), whether the last
 * declaration before it is large (`lastLarge`), and whether it holds the text's first token
 * (`leading`); the gap before its first construct and the checks on that construct are made
 * here for each request, from what the blocks before it left. The result equals the one run
 * over the whole text that `formatWholeText` makes (test/features/format-blocks.test.ts).
 */
import { segmentsOfParse, type ParseResult } from '../syntax/parse';
import type { Segment } from '../syntax/segments';
import { lexedOf } from '../syntax/shift';
import { roleOf } from './completion-context';
import { finalNewline, lineBreaksIn, shrink, type Edit } from './format-layout';
import { holds, layoutCounts, runKey, runOf, startsAfter, type ConstructRun } from './format-segments';

/** How blocks are cut: after a construct when `hash(lexed start) % every === 0`, and after `most` constructs at most. Tests make blocks small. */
export const blockSizing = { every: 32, most: 128 };

/** Blocks joined afresh so far (not taken from what was kept): tests count reuse with it. */
export const blockCounts = { joined: 0 };

/** Constructs laid out per step of `layoutSteps` (a few milliseconds of a first layout). */
const constructsPerStep = 64;

/** What joining a block's runs gives, offsets from the block's start. */
interface BlockJoin {
  /** False when a construct after the block's first cannot be laid out by construct (the caller lays out the whole text). */
  readonly valid: boolean;
  /** The block's first construct with a token (undefined: none has one) and its offset. */
  readonly first: { readonly run: ConstructRun; readonly at: number } | undefined;
  /** The edits of every construct from that first one on, and of the gaps between them. */
  readonly edits: readonly Edit[];
  /** What the blocks after this one read. */
  readonly last: { readonly end: number; readonly comment: boolean } | undefined;
  readonly lastLarge: boolean | undefined;
  readonly topicTail: ConstructRun['topicTail'] | undefined;
  readonly tailIsLeading: boolean;
}

/** A block's runs with one unit and one `after`, and its joins by what precedes it. */
interface BlockRuns {
  readonly runs: readonly ConstructRun[];
  /** `after` for the block before: whether this block's first declaration is large (or `after` when no construct has a token). */
  readonly afterOut: boolean | undefined;
  readonly joins: Map<string, BlockJoin>;
}

/** A block by its first construct's lexed segment: the constructs it holds, and its runs by unit and `after`. */
interface BlockShape {
  readonly lexed: readonly Segment[];
  readonly byKey: Map<string, BlockRuns>;
}

const shapes = new WeakMap<Segment, BlockShape>();

function cutsAfter(lexed: Segment): boolean {
  return (Math.imul(lexed.start + 1, 0x9e3779b1) >>> 0) % blockSizing.every === 0;
}

/** The blocks of `segments`, in order: what was kept for each block whose constructs are all reused, or a new one cut by content. */
function blocksOf(segments: readonly Segment[]): { from: number; shape: BlockShape }[] {
  const blocks: { from: number; shape: BlockShape }[] = [];
  const n = segments.length;
  for (let i = 0; i < n; ) {
    const kept = shapes.get(lexedOf(segments[i]));
    if (kept && matches(kept, segments, i)) {
      blocks.push({ from: i, shape: kept });
      i += kept.lexed.length;
      continue;
    }
    const lexed: Segment[] = [];
    for (let j = i; j < n; j++) {
      const one = lexedOf(segments[j]);
      // A construct that starts no block now keys none: what a block kept would hold on to constructs no longer in the text.
      if (j > i) shapes.delete(one);
      lexed.push(one);
      if (cutsAfter(one) || lexed.length >= blockSizing.most) break;
    }
    const shape: BlockShape = { lexed, byKey: new Map() };
    shapes.set(lexed[0], shape);
    blocks.push({ from: i, shape });
    i += lexed.length;
  }
  return blocks;
}

function matches(shape: BlockShape, segments: readonly Segment[], from: number): boolean {
  const lexed = shape.lexed;
  const to = from + lexed.length;
  // Any cut gives the same edits (what a block reads from outside is in its keys); cutting by content keeps most blocks after an edit.
  if (to > segments.length) return false;
  for (let k = 1; k < lexed.length; k++) if (lexedOf(segments[from + k]) !== lexed[k]) return false;
  return true;
}

/**
 * Every block's runs, last block to first (a construct's run needs to know whether the
 * declaration after it is large), a step per `constructsPerStep` constructs laid out afresh.
 */
function* blockRuns(text: string, segments: readonly Segment[], unit: string): Generator<void, { from: number; runs: BlockRuns }[], void> {
  const blocks = blocksOf(segments);
  const list = new Array<{ from: number; runs: BlockRuns }>(blocks.length);
  const keys = { large: runKey(unit, true), small: runKey(unit, false), last: runKey(unit, undefined) };
  let after: boolean | undefined;
  let fresh = 0;
  for (let b = blocks.length - 1; b >= 0; b--) {
    const { from, shape } = blocks[b];
    const key = after === undefined ? keys.last : after ? keys.large : keys.small;
    let kept = shape.byKey.get(key);
    if (!kept) {
      const runs = new Array<ConstructRun>(shape.lexed.length);
      let inner = after;
      for (let k = shape.lexed.length - 1; k >= 0; k--) {
        const computed = layoutCounts.computed;
        const run = (runs[k] = runOf(text, segments[from + k], unit, inner, inner === undefined ? keys.last : inner ? keys.large : keys.small));
        if (run.first) inner = run.firstLarge;
        if (layoutCounts.computed !== computed && ++fresh % constructsPerStep === 0) yield;
      }
      kept = { runs, afterOut: inner, joins: new Map() };
      // A block is laid out with one or two units and neighbours in practice: a few entries at most.
      if (shape.byKey.size >= 4) shape.byKey.clear();
      shape.byKey.set(key, kept);
    }
    list[b] = { from, runs: kept };
    after = kept.afterOut;
  }
  return list;
}

/**
 * Lays out and joins every construct of a parse without problems ahead of a request, in steps
 * that a host runs when it has nothing else to do (lsp/formatting-ahead.ts): the layouts and
 * joins `layoutBySegment` then reads instead of computing them. A parse with problems is
 * re-indented, never laid out by construct: nothing to prepare.
 */
export function* layoutSteps(text: string, parsed: ParseResult, unit: string): Generator<string, void, void> {
  const segments = parsed.problems.length === 0 ? segmentsOfParse(parsed) : undefined;
  if (!segments || segments.length === 0) return;
  const steps = joined(text, segments, unit);
  while (!steps.next().done) yield 'layout';
}

/** Edits (shrunk, no-ops dropped) of the house layout of a parse without problems, or undefined when it cannot be laid out by construct. */
export function layoutBySegment(text: string, parsed: ParseResult, unit: string): Edit[] | undefined {
  const segments = segmentsOfParse(parsed);
  if (!segments || segments.length === 0) return undefined;
  const steps = joined(text, segments, unit);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Blocks joined per step of `layoutSteps`. */
const blocksPerStep = 16;

function* joined(text: string, segments: readonly Segment[], unit: string): Generator<void, Edit[] | undefined, void> {
  const blocks = yield* blockRuns(text, segments, unit);
  let fresh = 0;
  const edits: Edit[] = [];
  let last: { end: number; comment: boolean } | undefined;
  let lastLarge: boolean | undefined;
  let topicTail: ConstructRun['topicTail'] | undefined;
  let tailIsLeading = false;
  let leading = true;
  for (const { from, runs } of blocks) {
    const base = segments[from].start;
    const joinKey = `${lastLarge}\u0000${leading}`;
    let join = runs.joins.get(joinKey);
    if (!join) {
      join = joinBlock(text, segments, from, runs.runs, lastLarge, leading);
      if (runs.joins.size >= 4) runs.joins.clear();
      runs.joins.set(joinKey, join);
      if (++fresh % blocksPerStep === 0) yield;
    }
    if (!join.first) continue;
    if (!join.valid) return undefined;
    const run = join.first.run;
    const start = base + join.first.at;
    if (leading) {
      // The whole text's first token: its run is the whole text's run so far, but for the
      // blank text before it in segments of their own, which goes.
      if (start > 0) {
        if (run.first!.at !== 0) return undefined;
        edits.push({ start: 0, end: start, newText: '' });
      }
    } else {
      if (run.first!.at !== 0 || roleOf(run.first!.type) !== 'top' || run.readsBack || !startsAfter(topicTail!, tailIsLeading)) return undefined;
      const newText = gapBefore(text, last!, lastLarge, run, start);
      if (!holds(text, last!.end, start, newText)) edits.push(shrink(text, { start: last!.end, end: start, newText }));
    }
    for (const e of join.edits) edits.push({ start: e.start + base, end: e.end + base, newText: e.newText });
    if (join.last) last = { end: join.last.end + base, comment: join.last.comment };
    lastLarge = join.lastLarge;
    topicTail = join.topicTail;
    tailIsLeading = join.tailIsLeading;
    leading = false;
  }
  const tail = finalNewline(text, last?.end);
  if (text.slice(tail.start, tail.end) !== tail.newText) edits.push(shrink(text, tail));
  return edits;
}

/** Between two constructs: a new line, and a blank one next to a declaration with a block (read in place, no slice). */
function gapBefore(text: string, last: { end: number; comment: boolean }, lastLarge: boolean | undefined, run: ConstructRun, start: number): string {
  const blank = lineBreaksIn(text, last.end, start) > 1 || (lastLarge !== undefined && !last.comment && (run.firstLarge === true || lastLarge));
  return blank ? '\n\n' : '\n';
}

/**
 * The join of one block's runs, but for the gap before its first construct with a token and
 * the checks on that construct (the caller makes them, from what precedes the block).
 */
function joinBlock(text: string, segments: readonly Segment[], from: number, runs: readonly ConstructRun[], lastLargeIn: boolean | undefined, leadingIn: boolean): BlockJoin {
  blockCounts.joined++;
  const base = segments[from].start;
  const edits: Edit[] = [];
  let first: BlockJoin['first'];
  let last: { end: number; comment: boolean } | undefined;
  let lastLarge = lastLargeIn;
  let topicTail: ConstructRun['topicTail'] | undefined;
  let tailIsLeading = false;
  let valid = true;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const start = segments[from + k].start;
    if (!run.first) continue;
    if (run.depth !== 0) {
      valid = false;
      break;
    }
    if (!first) first = { run, at: start - base };
    else {
      if (run.first.at !== 0 || roleOf(run.first.type) !== 'top' || run.readsBack || !startsAfter(topicTail!, tailIsLeading)) {
        valid = false;
        break;
      }
      const newText = gapBefore(text, last!, lastLarge, run, start);
      if (!holds(text, last!.end, start, newText)) {
        const small = shrink(text, { start: last!.end, end: start, newText });
        edits.push({ start: small.start - base, end: small.end - base, newText: small.newText });
      }
    }
    for (const e of run.edits) edits.push({ start: e.start + start - base, end: e.end + start - base, newText: e.newText });
    if (run.last) last = { end: run.last.end + start, comment: run.last.comment };
    if (run.lastLarge !== undefined) lastLarge = run.lastLarge;
    topicTail = run.topicTail;
    tailIsLeading = first.run === run && leadingIn;
  }
  return { valid, first, edits, last: last && { end: last.end - base, comment: last.comment }, lastLarge, topicTail, tailIsLeading };
}
