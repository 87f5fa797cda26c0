/**
 * A statement written in the wrong block (`content …` in the instrument header, `signed at …` in
 * a protocol) is read as misplaced text of that block, and the block goes on after it: before,
 * the block ended there, and every statement after it (the header's `effect`, `duration`,
 * `amendment`…) was read as junk and then reported missing.
 *
 * Each block gets a token category holding the statement keywords of every other block (never
 * its own), so the grammar's decision between "a statement of this block" and "a misplaced one"
 * is taken on one token, as every other decision at a statement's start: no ambiguity, no
 * longer lookahead, and a half-written statement of the block itself is still read by its own
 * rule, which says what is missing.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { constructRows, statementsOf } from '../constructs/table';

/** The item rules of the constructs that have a `{ … }` block of statements. */
export const blockItemRules = ['headerItem', 'partyItem', 'securityAgreementItem', 'channelItem', 'protocolItem', 'exerciseItem', 'cooperationItem', 'assistanceItem'] as const;
export type BlockItemRule = (typeof blockItemRules)[number];

const categories = new Map<BlockItemRule, TokenType>(blockItemRules.map((rule) => [rule, createToken({ name: `NotIn_${rule}`, pattern: Lexer.NA })]));

/** The keywords that start a statement of the block whose item rule this is. */
function ownStarts(rule: BlockItemRule): ReadonlySet<string> {
  const row = constructRows.find((r) => r.statements?.rule === rule);
  if (!row) throw new Error(`no construct has the item rule ${rule}`);
  return new Set(statementsOf(row).flatMap((s) => s.starts));
}

const owners = new Map(blockItemRules.map((rule) => [rule, ownStarts(rule)]));

/** The category of the keywords that start no statement of this block. */
export function misplacedIn(rule: BlockItemRule): TokenType {
  return categories.get(rule)!;
}

/** The categories a statement keyword belongs to: one per block it starts no statement of. */
export function misplacedCategoriesOf(word: string): TokenType[] {
  return blockItemRules.filter((rule) => !owners.get(rule)!.has(word)).map((rule) => categories.get(rule)!);
}

/** Every category, for the lexer's token list (Chevrotain needs categories listed too). */
export const misplacedCategories: readonly TokenType[] = [...categories.values()];

/** Whether a keyword starts a statement of the block whose item rule this is (`consent` in the header). */
export function startsStatementOf(rule: BlockItemRule, word: string): boolean {
  return owners.get(rule)!.has(word);
}
