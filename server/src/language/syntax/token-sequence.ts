/**
 * A parse's tokens (or comments) by index, read from its segments without joining them.
 *
 * After a keystroke every segment below the edit is a moved one (shift.ts) whose tokens are
 * copied to their new offsets when first read; joining every segment's tokens into one array
 * (ParseResult.tokens) copies half the document's tokens — 18 ms at 100k lines — before a
 * hover or a completion could look at the one token under the cursor. A sequence finds a
 * token's segment by binary search over the segments' token counts, so a lookup moves only
 * the segments it reads; read field by field (`startAt`, a binary search's reads), it moves none.
 * Whole-document walks (formatting) read each segment's `tokenList` instead.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Segment } from './segments';
import { listOf, type TokenList } from './token-list';
import { tokenEnd } from './token-search';
import { lexedCount } from './shift';

/**
 * Tokens in document order, by index; `get` answers undefined outside 0 … length − 1. Read field
 * by field (TokenList), a sequence makes no token object.
 */
export interface TokenSequence extends TokenList {
  readonly length: number;
  get(index: number): IToken | undefined;
  /** The tokens from `start` up to (not including) `end`, as an array. */
  slice(start: number, end: number): IToken[];
}

/** A sequence over an array (tests, and parses not made of segments). */
export function sequenceOf(tokens: readonly IToken[]): TokenSequence {
  const list = listOf(tokens);
  return {
    length: tokens.length,
    get: (index) => (index >= 0 ? tokens[index] : undefined),
    slice: (start, end) => tokens.slice(Math.max(0, start), Math.max(0, end)),
    typeAt: (index) => list.typeAt(index),
    startAt: (index) => list.startAt(index),
    endAt: (index) => list.endAt(index),
    imageAt: (index) => list.imageAt(index),
  };
}

export class SegmentedTokens implements TokenSequence {
  readonly length: number;
  /** firsts[i]: the index of segment i's first token; ascending, one entry per segment. */
  private readonly firsts: Int32Array;
  /** The segment `segmentOf` found last. */
  private seen = 0;

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

  typeAt(index: number): TokenType {
    if (this.kind === 'comments') return this.get(index)!.tokenType;
    const segment = this.segmentOf(index);
    return this.segments[segment].tokenList.typeAt(index - this.firsts[segment]);
  }

  startAt(index: number): number {
    if (this.kind === 'comments') return this.get(index)!.startOffset;
    const segment = this.segmentOf(index);
    return this.segments[segment].tokenList.startAt(index - this.firsts[segment]);
  }

  endAt(index: number): number {
    if (this.kind === 'comments') return tokenEnd(this.get(index)!);
    const segment = this.segmentOf(index);
    return this.segments[segment].tokenList.endAt(index - this.firsts[segment]);
  }

  imageAt(index: number): string {
    if (this.kind === 'comments') return this.get(index)!.image;
    const segment = this.segmentOf(index);
    return this.segments[segment].tokenList.imageAt(index - this.firsts[segment]);
  }

  slice(start: number, end: number): IToken[] {
    const result: IToken[] = [];
    for (let i = Math.max(0, start), last = Math.min(end, this.length); i < last; i++) result.push(this.get(i)!);
    return result;
  }

  /**
   * The last segment whose first token index is at most `index` (segments without tokens are
   * skipped over). The one found before is tried first: a walk over every token asks for each
   * segment many times in a row.
   */
  private segmentOf(index: number): number {
    const firsts = this.firsts;
    const seen = this.seen;
    if (firsts[seen] <= index && (seen + 1 === firsts.length || firsts[seen + 1] > index)) return seen;
    this.seen = this.search(index);
    return this.seen;
  }

  private search(index: number): number {
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
