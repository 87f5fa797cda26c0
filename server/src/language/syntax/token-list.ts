/**
 * Tokens read by index, field by field, without token objects: what whole-document readers
 * (formatting, the reparse's look at a segment's first tokens) take of each token.
 *
 * Why: lexing packs a parse's tokens in a table (token-table.ts) and makes no object per token.
 * A reader that asked a segment for its tokens as objects made them all on its first read
 * (217,000 at 100,000 lines: the first formatting after an analysis took 111 ms of CPU against
 * 40 when lexing made them) and kept them for as long as the segment was reused. A list over the
 * table reads the type and offsets from the typed arrays; an image is a keyword's one string,
 * or read from the text only when asked for (65 ms).
 */
import type { IToken, TokenType } from 'chevrotain';
import type { TokenTable } from './token-table';

export interface TokenList {
  readonly length: number;
  typeAt(index: number): TokenType;
  /** Offset of the token's first character. */
  startAt(index: number): number;
  /** Offset after the token's last character. */
  endAt(index: number): number;
  imageAt(index: number): string;
}

/*
 * A list is one plain object whose functions are made once per kind and shared (`this` is the
 * list), not a class instance: lists are made when a reader first asks (the analysis makes
 * none), so after a full garbage collection none may be left, and a class's object shapes were
 * then forgotten with the optimised code of every reader made for them (token-table.ts says the
 * same of tables): the first formatting of 10,000 lines after a collection took 45 ms of CPU
 * instead of 12. A literal's shape is kept by the code that makes it. Closures made per list
 * cost an object per function and did no better.
 */

/** A list over token objects (a parse not made of segments, tests, comments). */
export function listOf(tokens: readonly IToken[]): TokenList {
  const list: ObjectTokens = { length: tokens.length, tokens, typeAt: objectType, startAt: objectStart, endAt: objectEnd, imageAt: objectImage };
  return list;
}

// Each kind's functions are made once and shared by its lists (a list is one object); `this` is the list.
interface ObjectTokens extends TokenList {
  readonly tokens: readonly IToken[];
}
function objectType(this: ObjectTokens, index: number): TokenType {
  return this.tokens[index].tokenType;
}
function objectStart(this: ObjectTokens, index: number): number {
  return this.tokens[index].startOffset;
}
function objectEnd(this: ObjectTokens, index: number): number {
  const token = this.tokens[index];
  return token.startOffset + token.image.length;
}
function objectImage(this: ObjectTokens, index: number): string {
  return this.tokens[index].image;
}

/** A segment's tokens in its table: the list, and the same tokens moved further on in the text. */
export interface TableTokens extends TokenList {
  moved(by: number): TableTokens;
}

interface TableRange extends TableTokens {
  readonly table: TokenTable;
  readonly from: number;
  /** Added to the table's offsets (with its `shift`). */
  readonly delta: number;
}

/**
 * The table's tokens from `from` up to (not including) `to`, each `delta` further on in the
 * text than the table says (a segment moved by an edit before it, shift.ts).
 */
export function tableTokens(table: TokenTable, from: number, to: number, delta = 0): TableTokens {
  const list: TableRange = { length: to - from, table, from, delta, typeAt: tableType, startAt: tableStart, endAt: tableEnd, imageAt: tableImage, moved: tableMoved };
  return list;
}
function tableType(this: TableRange, index: number): TokenType {
  const table = this.table;
  return table.typeByIndex[table.types[this.from + index]];
}
function tableStart(this: TableRange, index: number): number {
  return this.table.starts[this.from + index] + this.table.shift + this.delta;
}
function tableEnd(this: TableRange, index: number): number {
  return this.table.ends[this.from + index] + this.table.shift + this.delta;
}
function tableImage(this: TableRange, index: number): string {
  const table = this.table;
  const at = this.from + index;
  return table.fixedImages[table.types[at]] ?? table.text.slice(table.starts[at], table.ends[at]);
}
function tableMoved(this: TableRange, by: number): TableTokens {
  return tableTokens(this.table, this.from, this.from + this.length, this.delta + by);
}

/**
 * `tokens` and `comments` in one list in document order (both are in order: a linear merge of
 * indexes). Most constructs have no comment: their tokens are the list.
 */
export function withComments(tokens: TokenList, comments: readonly IToken[]): TokenList {
  if (comments.length === 0) return tokens;
  const notes = listOf(comments);
  const length = tokens.length + notes.length;
  // Small integers in an array, not a typed array (whose buffer the collector accounts for apart).
  const order = new Array<number>(length).fill(0);
  let i = 0;
  let j = 0;
  for (let k = 0; k < length; k++) {
    if (j >= notes.length || (i < tokens.length && tokens.startAt(i) <= notes.startAt(j))) order[k] = i++;
    else order[k] = -1 - j++;
  }
  const list: Merged = { length, tokens, notes, order, typeAt: mergedType, startAt: mergedStart, endAt: mergedEnd, imageAt: mergedImage };
  return list;
}

interface Merged extends TokenList {
  readonly tokens: TokenList;
  readonly notes: TokenList;
  /** By merged index: the token's index in `tokens`, or −1 − its index in `notes`. */
  readonly order: readonly number[];
}
function mergedType(this: Merged, index: number): TokenType {
  const at = this.order[index];
  return at >= 0 ? this.tokens.typeAt(at) : this.notes.typeAt(-1 - at);
}
function mergedStart(this: Merged, index: number): number {
  const at = this.order[index];
  return at >= 0 ? this.tokens.startAt(at) : this.notes.startAt(-1 - at);
}
function mergedEnd(this: Merged, index: number): number {
  const at = this.order[index];
  return at >= 0 ? this.tokens.endAt(at) : this.notes.endAt(-1 - at);
}
function mergedImage(this: Merged, index: number): string {
  const at = this.order[index];
  return at >= 0 ? this.tokens.imageAt(at) : this.notes.imageAt(-1 - at);
}
