/**
 * Finding tokens by offset in the parse's token list (document order, no overlaps) by binary
 * search: editor requests look up the token under the cursor without lexing or scanning the
 * whole document, so their cost does not grow with its length.
 */
import type { IToken } from 'chevrotain';
import type { TokenSequence } from './token-sequence';

/** Index of the last token that starts before `offset` (strictly), or -1. */
export function lastStartingBefore(tokens: TokenSequence, offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens.startAt(mid) < offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/**
 * The first token with `start <= offset <= end` (a cursor touching a token's either edge is on
 * it; where one token ends and the next begins, the earlier one), or undefined.
 */
export function tokenTouching(tokens: TokenSequence, offset: number): IToken | undefined {
  const index = lastStartingBefore(tokens, offset);
  const before = tokens.get(index);
  if (before && tokenEnd(before) >= offset) return before;
  const next = tokens.get(index + 1);
  return next && next.startOffset === offset ? next : undefined;
}
