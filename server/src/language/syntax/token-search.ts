/**
 * Finding tokens by offset in the parse's token list (document order, no overlaps) by binary
 * search: editor requests look up the token under the cursor without lexing or scanning the
 * whole document, so their cost does not grow with its length.
 */
import type { IToken } from 'chevrotain';

/** Index of the last token that starts before `offset` (strictly), or -1. */
export function lastStartingBefore(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].startOffset < offset) {
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
export function tokenTouching(tokens: readonly IToken[], offset: number): IToken | undefined {
  const before = lastStartingBefore(tokens, offset);
  if (before >= 0 && tokenEnd(tokens[before]) >= offset) return tokens[before];
  const next = tokens[before + 1];
  return next && next.startOffset === offset ? next : undefined;
}
