/**
 * Where the cursor is, syntactically: inside a comment, a string, prose, or between tokens; the
 * word typed so far; and what the grammar accepts next, with the slot of each position.
 *
 * What comes next is Chevrotain's content assist over the tokens of the current statement
 * only: at top level the declaration being written, read by the document rule; inside a block
 * the statement being written, read by the block's item rule from the construct table. So junk
 * earlier in the file cannot hide the answer, a broken declaration header does not matter
 * inside its block, and long documents stay fast. Each expected token carries the names of its
 * position (`rule.label`, grammar-index.ts); the first one the slot table knows is its slot.
 * A new statement or declaration is offered only when the one before the cursor is complete.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { ConstructRow, Slot } from '../constructs/construct';
import { constructsStartedBy, slotTable, statementsOf } from '../constructs/table';
import { grammarIndex } from '../syntax/grammar-index';
import { lastStartingBefore, tokenEnd } from '../syntax/token-search';
import { listOf, type TokenList } from '../syntax/token-list';
import { sequenceOf, type TokenSequence } from '../syntax/token-sequence';
import * as T from '../syntax/tokens';

export type CursorPlace =
  | { readonly kind: 'comment'; readonly before: string }
  | { readonly kind: 'string'; readonly token: IToken; readonly preceding: IToken[]; readonly contentStart: number; readonly contentEnd: number; readonly closed: boolean }
  | { readonly kind: 'prose'; readonly wordStart: number }
  | { readonly kind: 'code'; readonly wordStart: number; readonly wordEnd: number; readonly preceding: IToken[] };

/** The tokens and comments of a parse (`ParseResult`), in document order, by index. */
export interface LexedText {
  readonly tokenSequence: TokenSequence;
  readonly commentSequence: TokenSequence;
}

/**
 * Find what the cursor (an offset) is in, from the tokens kept with the parse: the token under
 * the cursor by binary search, and as `preceding` only the tokens of the declaration being
 * written (from the last token that starts a declaration), which is all `expectedAt` reads.
 */
export function placeCursor(text: string, offset: number, lexed: LexedText): CursorPlace {
  const comment = lexed.commentSequence.get(lastStartingBefore(lexed.commentSequence, offset));
  if (comment) {
    const end = tokenEnd(comment);
    const lineComment = comment.tokenType === T.LineComment;
    if (offset < end || (offset === end && (lineComment || comment.tokenType === T.UnterminatedComment))) {
      return { kind: 'comment', before: text.slice(comment.startOffset, offset) };
    }
  }
  const tokens = lexed.tokenSequence;
  const index = lastStartingBefore(tokens, offset);
  const before = tokens.get(index);
  const token = before && offset <= tokenEnd(before) ? before : undefined;
  if (token) {
    const end = tokenEnd(token);
    const type = token.tokenType;
    if (type === T.TripleString || type === T.UnterminatedTripleString) {
      const inside = type === T.UnterminatedTripleString ? offset >= token.startOffset + 3 : offset >= token.startOffset + 3 && offset <= end - 3;
      if (inside) return { kind: 'prose', wordStart: wordStart(text, offset, token.startOffset + 3) };
    } else if (type === T.StringLiteral || type === T.UnterminatedString) {
      const closed = type === T.StringLiteral;
      if (!closed || offset < end) {
        return { kind: 'string', token, preceding: declarationTokens(tokens, index), contentStart: token.startOffset + 1, contentEnd: closed ? end - 1 : end, closed };
      }
    } else if (isWordToken(type)) {
      return { kind: 'code', wordStart: token.startOffset, wordEnd: end, preceding: declarationTokens(tokens, index) };
    } else if (type === T.NumberLiteral && tokens.get(index - 1)?.image === 'available') {
      // `available 2`: the drafter is typing `24/7`, which only lexes once complete.
      return { kind: 'code', wordStart: token.startOffset, wordEnd: end, preceding: declarationTokens(tokens, index) };
    }
  }
  // Every token that ends at or before the cursor.
  const count = before && tokenEnd(before) <= offset ? index + 1 : Math.max(0, index);
  return { kind: 'code', wordStart: offset, wordEnd: offset, preceding: declarationTokens(tokens, count) };
}

/**
 * The tokens before `end` from the last one that starts a declaration (all of them when none
 * does): what `expectedAt` would find scanning every token before the cursor, read backwards.
 */
function declarationTokens(tokens: TokenSequence, end: number): IToken[] {
  let start = end - 1;
  while (start > 0 && !startsDeclaration(tokens, start)) start--;
  return tokens.slice(Math.max(0, start), end);
}

/**
 * Whether the token at `i` starts a declaration: a top-level keyword does, except as a clause
 * topic (`about capacity-building, technology-transfer`), where any word is taken as it stands.
 */
export function startsDeclaration(tokens: TokenList, i: number): boolean {
  if (roleOf(tokens.typeAt(i)) !== 'top') return false;
  const j = topicListStart(tokens, i);
  return j < 0 || tokens.imageAt(j) !== 'about';
}

/**
 * The index of the token before the list of words (`a, b, c, `) that ends right before `i`: the
 * token `startsDeclaration` reads to tell a clause topic from a declaration (−1 at the start).
 */
export function topicListStart(tokens: TokenList, i: number): number {
  let j = i - 1;
  while (j >= 1 && tokens.typeAt(j) === T.Comma && isWordToken(tokens.typeAt(j - 1))) j -= 2;
  return j;
}

function isWordToken(type: TokenType): boolean {
  return type === T.Identifier || type === T.TlpLabel || type.name.startsWith('Kw_');
}

/** Start of the word (letters, digits, `-`, `_`) that ends at `offset`, not before `floor`. */
function wordStart(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && /[\p{L}\p{N}_-]/u.test(text[start - 1])) start--;
  return start;
}

export type Role = 'top' | 'item' | 'word' | 'other';

const roles = new Map<TokenType, Role>();

/** A keyword's role, from its recovery categories (tokens.ts); asked per token by formatting, so kept per token type. */
export function roleOf(type: TokenType): Role {
  let role = roles.get(type);
  if (role === undefined) roles.set(type, (role = computeRole(type)));
  return role;
}

function computeRole(type: TokenType): Role {
  if (!type.name.startsWith('Kw_')) return 'other';
  const categories = type.CATEGORIES ?? [];
  if (categories.includes(T.Stray)) return 'word';
  if (categories.includes(T.NotTopLevel)) return 'item';
  return 'top';
}

/** A token the grammar accepts next, and what its position holds. */
export interface Expectation {
  readonly type: TokenType;
  /** The slot of the position, from the slot table; undefined for a keyword of the grammar. */
  readonly slot: Slot | undefined;
}

export interface Expected {
  /** In grammar order, each token type and slot once. */
  readonly expectations: readonly Expectation[];
  /** The tokens the answer was computed from: the declaration or the statement being written. */
  readonly tokens: IToken[];
  /** The grammar rule that read them (`document`, or a block's item rule). */
  readonly rule: string;
  /** True when the cursor is at top level (outside every block). */
  readonly topLevel: boolean;
  /** Inside a block: the declaration's tokens before it (`channel Intel between EE, FI`). */
  readonly header?: IToken[];
}

const documentRule = 'document';
const declarationRule = 'topLevel';

/** What may come next, given the tokens before the cursor. */
export function expectedAt(preceding: IToken[]): Expected {
  // Scan for the current declaration and block: a top-level keyword always starts a new
  // declaration, as the parser's recovery also decides.
  let declStart = -1;
  let blockOpen = -1;
  let depth = 0;
  const sequence = sequenceOf(preceding);
  preceding.forEach((t, i) => {
    if (startsDeclaration(sequence, i)) {
      declStart = i;
      depth = 0;
      blockOpen = -1;
    } else if (t.tokenType === T.LCurly) {
      if (++depth === 1) blockOpen = i;
    } else if (t.tokenType === T.RCurly && depth > 0) {
      if (--depth === 0) blockOpen = -1;
    }
  });
  if (declStart < 0) return { expectations: expect(documentRule, []), tokens: [], rule: documentRule, topLevel: true };
  if (depth === 0) {
    // A declaration being written: its keywords and the next declaration's only once it is complete.
    const tokens = preceding.slice(declStart);
    const complete = grammarIndex().parsesFully(declarationRule, tokens);
    const expectations = expect(documentRule, tokens).filter((e) => complete || (roleOf(e.type) !== 'top' && roleOf(e.type) !== 'item'));
    return { expectations, tokens, rule: documentRule, topLevel: true };
  }
  const header = preceding.slice(declStart, blockOpen);
  for (const row of blockConstructs(header)) {
    const found = inBlock(row, preceding, blockOpen);
    if (found) return { ...found, header };
  }
  return { expectations: [], tokens: [], rule: documentRule, topLevel: false };
}

/** The constructs whose block the cursor is in: those the declaration keyword starts, whose rule accepts the header. */
function blockConstructs(header: IToken[]): ConstructRow<never>[] {
  const rows = constructsStartedBy(header[0]?.image ?? '').filter((row) => row.statements);
  if (rows.length < 2) return rows;
  // `protocol "Title" {` is an instrument header, `protocol Id {` an incident protocol.
  const fitting = rows.filter((row) => grammarIndex().expected(row.rule, header).length > 0);
  return fitting.length > 0 ? fitting : rows;
}

/**
 * Whether a statement keyword is read as a word of the statement before it: `from` right after
 * `classification` is its "and above" (`classification from CONFIDENTIAL`), not a channel's
 * `from` statement of who sends. Formatting asks it too, to keep such a word on its line.
 */
export function wordOfStatement(tokens: TokenList, i: number): boolean {
  return tokens.typeAt(i) === T.From && i > 0 && tokens.typeAt(i - 1) === T.Classification;
}

/** The statement being written in a construct's block, read by its item rule. */
function inBlock(row: ConstructRow<never>, preceding: IToken[], blockOpen: number): Expected | undefined {
  const rule = row.statements!.rule;
  const starts = new Set(statementsOf(row).flatMap((s) => s.starts));
  const list = listOf(preceding);
  const candidates = preceding
    .map((_t, i) => i)
    .filter((i) => i > blockOpen && starts.has(preceding[i].image) && !wordOfStatement(list, i))
    .reverse()
    .slice(0, 4);
  candidates.push(blockOpen + 1);
  for (const start of candidates) {
    const tokens = preceding.slice(start);
    const complete = grammarIndex().parsesFully(rule, tokens);
    const continuing = expect(rule, tokens);
    if (continuing.length === 0 && !complete) continue;
    // After a complete statement, the next one may start.
    const expectations = complete ? dedupe([...continuing, ...expect(rule, [])]) : continuing;
    return { expectations, tokens, rule, topLevel: false };
  }
  return undefined;
}

/** Content assist with each position's slot; recovery-only tokens (junk, stray) are not offered. */
function expect(rule: string, tokens: IToken[]): Expectation[] {
  const expectations = grammarIndex()
    .expected(rule, tokens)
    .filter((e) => e.type !== T.NotTopLevel && e.type !== T.Stray)
    .map((e) => ({ type: e.type, slot: slotOf(e.names) }));
  return dedupe(expectations);
}

function dedupe(expectations: Expectation[]): Expectation[] {
  const seen = new Set<string>();
  return expectations.filter((e) => {
    const key = `${e.type.name} ${slotKeyOf(e.slot)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const slotKeys = new Map<Slot, string>(Object.entries(slotTable).map(([key, slot]) => [slot, key]));
const slotKeyOf = (slot: Slot | undefined) => (slot ? slotKeys.get(slot) : '');

/** The slot of a position: the first of its names the slot table knows. */
export function slotOf(names: readonly string[]): Slot | undefined {
  for (const name of names) {
    const slot = slotTable[name];
    if (slot) return slot;
  }
  return undefined;
}

/** Words written earlier in the statement in the slot named `from` (`languages English, French`). */
export function wordsInSlot(expected: Expected, from: string): string[] {
  const positions = grammarIndex().positionsOf(expected.rule, expected.tokens);
  return expected.tokens.filter((_t, i) => positions[i].includes(from)).map((t) => t.image);
}

/** Words written in the slot named `slot` of the header of the block the cursor is in (`between EE, FI`). */
export function wordsInHeader(expected: Expected, slot: string): string[] {
  const header = expected.header ?? [];
  const positions = grammarIndex().positionsOf(documentRule, header);
  return header.filter((_t, i) => positions[i].includes(slot)).map((t) => t.image);
}
