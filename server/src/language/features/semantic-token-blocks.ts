/**
 * Semantic tokens as blocks, one per top-level construct (features/semantic-tokens.ts), and the
 * change between two answers computed from the blocks. At 100,000 lines an answer is half a
 * million numbers: joining them costs 5–20 ms of CPU and a 4 MB array after every keystroke,
 * and comparing two such arrays another millisecond, while a keystroke changes one block. So
 * an answer keeps its blocks and joins them only when the whole answer is asked for (the first
 * colouring of a document, a client that does not ask for changes); the change since an
 * earlier answer skips the blocks both share, by identity, and encodes only the rest.
 */
import type { SemanticTokens } from './types';

/** One construct's tokens as the LSP encodes them (five numbers a token, each relative to the one before). */
export interface Block {
  readonly firstLine: number;
  readonly firstCharacter: number;
  readonly lastLine: number;
  readonly lastCharacter: number;
  /**
   * Five numbers a token from the block's own first token; the first token's line and character
   * depend on the token before the block and are written when the blocks are joined.
   */
  readonly data: readonly number[];
}

/** A token as the features find it: absolute line and character. */
export interface BlockToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

const emptyBlock: Block = { firstLine: 0, firstCharacter: 0, lastLine: 0, lastCharacter: 0, data: [] };

/** Tokens sorted by position and free of overlaps, as one block. */
export function encodedBlock(tokens: readonly BlockToken[]): Block {
  if (tokens.length === 0) return emptyBlock;
  const data: number[] = [];
  let line = tokens[0].line;
  let character = tokens[0].character;
  for (const t of tokens) {
    data.push(t.line - line, t.line === line ? t.character - character : t.character, t.length, t.type, t.modifiers);
    line = t.line;
    character = t.character;
  }
  return { firstLine: tokens[0].line, firstCharacter: tokens[0].character, lastLine: line, lastCharacter: character, data };
}

/** The block on lines `lineDelta` further on: its numbers are relative, only its ends move. */
export function movedBlock(block: Block, lineDelta: number): Block {
  if (lineDelta === 0 || block.data.length === 0) return block;
  return { ...block, firstLine: block.firstLine + lineDelta, lastLine: block.lastLine + lineDelta };
}

/** A document's tokens: its blocks in document order, joined into the LSP array when first read. */
export class BlockTokens implements SemanticTokens {
  private joined: number[] | undefined;

  constructor(readonly blocks: readonly Block[]) {}

  get data(): readonly number[] {
    return (this.joined ??= encodeBlocks(this.blocks, 0, this.blocks.length, 0, 0));
  }
}

/** The blocks `from` to `to` (exclusive) as LSP numbers, after a token at `line`, `character`. */
function encodeBlocks(blocks: readonly Block[], from: number, to: number, line: number, character: number): number[] {
  let count = 0;
  for (let b = from; b < to; b++) count += blocks[b].data.length;
  const data: number[] = new Array<number>(count);
  let written = 0;
  for (let b = from; b < to; b++) {
    const block = blocks[b];
    const numbers = block.data;
    if (numbers.length === 0) continue;
    data[written] = block.firstLine - line;
    data[written + 1] = block.firstLine === line ? block.firstCharacter - character : block.firstCharacter;
    for (let i = 2; i < numbers.length; i++) data[written + i] = numbers[i];
    written += numbers.length;
    line = block.lastLine;
    character = block.lastCharacter;
  }
  return data;
}

/** An LSP semantic tokens edit: at `start`, `deleteCount` numbers replaced by `data`. */
export interface SemanticTokensEdit {
  readonly start: number;
  readonly deleteCount: number;
  readonly data: number[];
}

/**
 * The edits that turn `before`'s numbers into `after`'s: none when they are equal, else one (the
 * stretch between their common start and common end). Blocks the two answers share are skipped
 * without being read; answers not made of blocks are compared number by number.
 */
export function semanticTokenEdits(before: SemanticTokens, after: SemanticTokens): SemanticTokensEdit[] {
  if (!(before instanceof BlockTokens) || !(after instanceof BlockTokens)) return numberEdits(before.data, after.data, 0);
  const a = before.blocks;
  const b = after.blocks;
  let same = 0;
  let start = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) start += a[same++].data.length;
  if (same === a.length && same === b.length) return [];
  let endA = a.length;
  let endB = b.length;
  while (endA > same && endB > same && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // The first tokens of the shared blocks at the end are relative to the token before them, which
  // may differ: up to the first shared block with tokens, their numbers are compared with the
  // rest (the ones that follow it are relative to its own).
  while (endA < a.length) {
    endB++;
    if (a[endA++].data.length > 0) break;
  }
  const [line, character] = lastTokenBefore(a, same);
  return numberEdits(encodeBlocks(a, same, endA, line, character), encodeBlocks(b, same, endB, line, character), start);
}

/** Where the last token before block `index` is (the start of the text when there is none). */
function lastTokenBefore(blocks: readonly Block[], index: number): [number, number] {
  for (let k = index - 1; k >= 0; k--) if (blocks[k].data.length > 0) return [blocks[k].lastLine, blocks[k].lastCharacter];
  return [0, 0];
}

/** One edit replacing what differs between `a` and `b` (their common start and end kept), at `offset`. */
function numberEdits(a: readonly number[], b: readonly number[], offset: number): SemanticTokensEdit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head === a.length && head === b.length) return [];
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [{ start: offset + head, deleteCount: a.length - head - tail, data: b.slice(head, b.length - tail) }];
}
