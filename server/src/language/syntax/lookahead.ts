/**
 * The parser's lookahead: Chevrotain's LL(k) choices, each made after one table look-up by the
 * next token's type. Where every alternative of an `OR` (or the inside of a `MANY`/`OPTION`) is
 * told by one token, Chevrotain already decides with one look-up; where some need two (a
 * statement keyword shared by two statements, the stray-text alternative of every block), its
 * function tries every alternative in turn, each path token by token, on every statement of every
 * block: the most expensive of its functions in a 10k profile of the parse (3.4% of it).
 *
 * Here such a choice first narrows the alternatives to those that can start with the next
 * token's type (computed on the first token of that type, then kept), then tries those exactly
 * as Chevrotain would, in the same order with the same paths and the same token matcher: an
 * alternative left out has no path that could match, so the choice is always Chevrotain's. A
 * one-token choice is the first of those, as Chevrotain's table gives it. Every choice is built
 * here (the lookahead paths computed once: Chevrotain's functions, built as well, added a third
 * to the parser's construction); those with predicates (`GATE`) or dynamic tokens are Chevrotain's.
 */
import { getLookaheadPaths, LLkLookaheadStrategy, tokenMatcher, type ILookaheadStrategy, type IToken, type TokenType } from 'chevrotain';

type Path = readonly TokenType[];
type Alternative = readonly Path[];
/** What a lookahead function reads of the parser (`this` when Chevrotain calls it). */
interface Reader {
  LA_FAST(howMuch: number): IToken;
}
type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];

export class DispatchedLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']> {
    if (options.hasPredicates || options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
    // The paths are computed here only, not by Chevrotain too: computing them is most of building the parser.
    const alternatives = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: 'Alternation', maxLookahead: options.maxLookahead }) as Alternative[];
    const candidates: CandidateTable = [];
    // Every path one token long: the first alternative that can start with the next token is the
    // choice, as in Chevrotain's table from token type to alternative.
    if (alternatives.every((alternative) => alternative.every((path) => path.length === 1))) {
      return function (this: Reader): number | undefined {
        const next = this.LA_FAST(1);
        const list = candidates[next.tokenTypeIdx] ?? candidatesFor(candidates, alternatives, next);
        return list.length > 0 ? list[0] : undefined;
      };
    }
    return function (this: Reader): number | undefined {
      const next = this.LA_FAST(1);
      const list = candidates[next.tokenTypeIdx] ?? candidatesFor(candidates, alternatives, next);
      for (let c = 0; c < list.length; c++) if (someMatch(this, alternatives[list[c]])) return list[c];
      return undefined;
    };
  }

  override buildLookaheadForOptional(options: OptionalOptions): ReturnType<ILookaheadStrategy['buildLookaheadForOptional']> {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForOptional(options);
    // The paths into the production (Chevrotain's first list; the second is what may follow it),
    // each on its own as an alternative: the production is entered when one of them matches.
    const inside = (getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: options.prodType, maxLookahead: options.maxLookahead }) as Alternative[])[0];
    const paths = inside.map((path) => [path]);
    const candidates: CandidateTable = [];
    if (inside.every((path) => path.length === 1)) {
      return function (this: Reader): boolean {
        const next = this.LA_FAST(1);
        return (candidates[next.tokenTypeIdx] ?? candidatesFor(candidates, paths, next)).length > 0;
      };
    }
    return function (this: Reader): boolean {
      const next = this.LA_FAST(1);
      const list = candidates[next.tokenTypeIdx] ?? candidatesFor(candidates, paths, next);
      for (let c = 0; c < list.length; c++) if (someMatch(this, paths[list[c]])) return true;
      return false;
    };
  }
}

/** By token type index, the alternatives (indices, ascending) that may start with a token of that type; filled as types are met. */
type CandidateTable = (readonly number[] | undefined)[];

/**
 * The alternatives one of whose paths is empty or starts with a token type `token` matches (in
 * Chevrotain's sense, categories included): every other alternative fails on the first token.
 */
function candidatesFor(table: CandidateTable, alternatives: readonly Alternative[], token: IToken): readonly number[] {
  const list: number[] = [];
  for (let t = 0; t < alternatives.length; t++) if (alternatives[t].some((path) => path.length === 0 || tokenMatcher(token, path[0]))) list.push(t);
  table[token.tokenTypeIdx] = list;
  return list;
}

/** Whether one of the paths matches the next tokens: Chevrotain's own test of an alternative. */
function someMatch(reader: Reader, alternative: Alternative): boolean {
  next: for (let j = 0; j < alternative.length; j++) {
    const path = alternative[j];
    for (let i = 0; i < path.length; i++) if (!tokenMatcher(reader.LA_FAST(i + 1), path[i])) continue next;
    return true;
  }
  return false;
}
