/**
 * A parse's tokens (or comments) by index, read from its segments without joining them.
 *
 * After a keystroke every segment below the edit is a moved one (shift.ts) whose tokens are
 * copied to their new offsets when first read; joining every segment's tokens into one array
 * (ParseResult.tokens) copies half the document's tokens — 18 ms at 100k lines — before a
 * hover or a completion could look at the one token under the cursor. A sequence finds a
 * token's segment by binary search over the segments' token counts, so a lookup moves only
 * the segments it reads: a binary search over the sequence reads O(log n) of them.
 * Whole-document walks (formatting, semantic tokens) keep reading the joined array.
 */
import type { IToken } from 'chevrotain';
import type { Segment } from './segments';
import { lexedCount } from './shift';

/** Tokens in document order, by index; `get` answers undefined outside 0 … length − 1. */
export interface TokenSequence {
  readonly length: number;
  get(index: number): IToken | undefined;
  /** The tokens from `start` up to (not including) `end`, as an array. */
  slice(start: number, end: number): IToken[];
}

/** A sequence over an array (tests, and parses not made of segments). */
export function sequenceOf(tokens: readonly IToken[]): TokenSequence {
  return {
    length: tokens.length,
    get: (index) => (index >= 0 ? tokens[index] : undefined),
    slice: (start, end) => tokens.slice(Math.max(0, start), Math.max(0, end)),
  };
}

export class SegmentedTokens implements TokenSequence {
  readonly length: number;
  /** firsts[i]: the index of segment i's first token; ascending, one entry per segment. */
  private readonly firsts: Int32Array;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly kind: 'tokens' | 'comments',
  ) {
    this.firsts = new Int32Array(segments.length);
    let count = 0;
    for (let i = 0; i < segments.length; i++) {
      this.firsts[i] = count;
      count += lexedCount(segments[i], kind);
    }
    this.length = count;
  }

  get(index: number): IToken | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const segment = this.segmentOf(index);
    return this.segments[segment][this.kind][index - this.firsts[segment]];
  }

  slice(start: number, end: number): IToken[] {
    const result: IToken[] = [];
    for (let i = Math.max(0, start), last = Math.min(end, this.length); i < last; i++) result.push(this.get(i)!);
    return result;
  }

  /** The last segment whose first token index is at most `index` (segments without tokens are skipped over). */
  private segmentOf(index: number): number {
    let low = 0;
    let high = this.firsts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.firsts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
