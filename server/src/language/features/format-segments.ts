/**
 * The house layout of a parse one top-level construct (segment) at a time, each construct's
 * edits kept for as long as the parse reuses it: after a keystroke only the constructs the
 * keystroke re-parsed are laid out again (60 ms → a few at 100,000 lines, for format on save).
 *
 * A construct's run (`layout` over its own tokens) gives the whole text's edits for every gap
 * after its first token when the run reads nothing outside the construct. That holds when each
 * construct after the first starts with a declaration keyword at its very start, leaves the
 * brace depth at 0, and is not read across by the clause-topic test (`about a, b, party`):
 * `layoutBySegment` (format-blocks.ts, which joins the runs a block of constructs at a time)
 * checks all three on every call and answers undefined otherwise, and the caller then lays out
 * the whole text in one run. The gap before each construct (it lies between two of them) and
 * the final newline are decided there, by the same rules. The property tests in
 * test/features/format-segments.test.ts and format-blocks.test.ts hold the two paths equal
 * after random edits.
 */
import type { TokenType } from 'chevrotain';
import type { Segment } from '../syntax/segments';
import { lexedOf } from '../syntax/shift';
import { withComments } from '../syntax/token-list';
import * as T from '../syntax/tokens';
import { topicListStart } from './completion-context';
import { isComment, layout, shrink, type Edit } from './format-layout';

/** What the layout of one construct gives, by offsets from the segment's start. */
export interface ConstructRun {
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

/**
 * Whether a declaration keyword right after a construct starts a declaration, read from that
 * construct alone: the clause-topic test stopped on a token of it other than `about`, or, in the
 * text's first construct, at the text's start. False also when the test would read further back.
 */
export function startsAfter(tail: ConstructRun['topicTail'], leading: boolean): boolean {
  if (!leading && (tail.index < 0 || (tail.index === 0 && tail.firstIsComma))) return false;
  return tail.image !== 'about';
}

/** Whether `text` holds exactly `expected` from `start` to `end`, read in place. */
export function holds(text: string, start: number, end: number, expected: string): boolean {
  return end - start === expected.length && text.startsWith(expected, start);
}

export const runKey = (unit: string, after: boolean | undefined) => `${unit}\u0000${after}`;

export function runOf(text: string, segment: Segment, unit: string, after: boolean | undefined, key: string): ConstructRun {
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
