/**
 * The parser tokens of one lexed text, packed: each token's type index, start and end offset in
 * typed arrays, its image read from the text (or, for a keyword or a punctuation mark, the one
 * string of its type) when a token object is made. Lexing makes no object per token.
 *
 * Why: at 100,000 lines the 200,000 token objects of a lex outlived the young generation and the
 * garbage collector copied each of them (half of lexing's CPU). The parse makes a token object
 * when the parser looks at it (parser.ts, `LA_FAST`), kept only by the CST of the construct
 * being parsed, which dies young; a segment makes its tokens when first asked for (segments.ts).
 * A token made here has the fields, in the order, the scanner's tokens always had, so readers
 * see the one shape they saw.
 */
import type { IToken, TokenType } from 'chevrotain';

/**
 * A plain object, not a class instance: optimised code that reads or writes tables depends on
 * their object shape, and a class's shapes are forgotten by the garbage collector when no
 * instance is left (a lex whose result was dropped), which threw that code away; lexing 10,000
 * lines right after a full collection took five times the CPU. A literal's shape is kept by the
 * code that makes it.
 */
export interface TokenTable {
  /** What was lexed: images are read from it. */
  readonly text: string;
  /** How many tokens (`truncate` may drop the last ones). */
  count: number;
  /** Added to every offset read: a region's table is lexed from the region's own text, then moved to the document's offsets. */
  shift: number;
  types: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Each token type, and the one image of the types whose tokens all have one (keywords, punctuation), by type index. */
  readonly typeByIndex: readonly TokenType[];
  readonly fixedImages: readonly (string | undefined)[];
}

export function tokenTable(text: string, typeByIndex: readonly TokenType[], fixedImages: readonly (string | undefined)[]): TokenTable {
  // About one token per 24 characters of an instrument; the arrays grow by doubling.
  const capacity = 16 + (text.length >> 4);
  return { text, count: 0, shift: 0, types: new Uint16Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity), typeByIndex, fixedImages };
}

/** Adds a token of type index `type` covering `text[start, end)`. */
export function pushToken(table: TokenTable, type: number, start: number, end: number): void {
  const at = table.count;
  if (at === table.types.length) grow(table);
  table.types[at] = type;
  table.starts[at] = start;
  table.ends[at] = end;
  table.count = at + 1;
}

export function tokenTypeAt(table: TokenTable, index: number): TokenType {
  return table.typeByIndex[table.types[index]];
}

export function startAt(table: TokenTable, index: number): number {
  return table.starts[index] + table.shift;
}

/** The offset after the token's last character. */
export function endAt(table: TokenTable, index: number): number {
  return table.ends[index] + table.shift;
}

export function imageAt(table: TokenTable, index: number): string {
  return table.fixedImages[table.types[index]] ?? table.text.slice(table.starts[index], table.ends[index]);
}

/** The token at `index` as an object, as the scanner's tokens always were (a new object on each call). */
export function tokenAt(table: TokenTable, index: number): IToken {
  const type = table.types[index];
  const start = table.starts[index] + table.shift;
  const image = table.fixedImages[type] ?? table.text.slice(table.starts[index], table.ends[index]);
  return { image, startOffset: start, tokenTypeIdx: type, tokenType: table.typeByIndex[type], endOffset: start + image.length - 1 };
}

/** The tokens from `from` up to (not including) `to`, as objects. */
export function tokensOf(table: TokenTable, from = 0, to = table.count): IToken[] {
  const result: IToken[] = [];
  for (let i = from; i < to; i++) result.push(tokenAt(table, i));
  return result;
}

/** The index of the first token that starts at or after `offset` (`count` if none). */
export function firstFrom(table: TokenTable, offset: number): number {
  let low = 0;
  let high = table.count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startAt(table, mid) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function grow(table: TokenTable): void {
  const capacity = table.types.length * 2;
  const types = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  types.set(table.types);
  starts.set(table.starts);
  ends.set(table.ends);
  table.types = types;
  table.starts = starts;
  table.ends = ends;
}
