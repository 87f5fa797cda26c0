/**
 * The grammar DSL as the rule files (grammar-*.ts) write with it. Chevrotain's DSL methods are
 * `protected`, for rules written as fields of the parser class; here they are declared public,
 * each with Chevrotain's own type, so a function given the parser (`$`) can define rules on it.
 * Only the types change: at run time the class is CstParser itself, so the rules call exactly
 * what class fields would, with no wrapper in between.
 */
import { CstParser, type IOrAlt, type IToken } from 'chevrotain';
import type { Rules } from './parser';

/**
 * CstParser with the DSL public: only a type. The families the grammar uses, each with every
 * occurrence index; one a rule comes to need (MANY_SEP…) is declared here the same way.
 */
declare class PublicDslParser extends CstParser {
  override RULE: CstParser['RULE'];
  override CONSUME: CstParser['CONSUME'];
  override CONSUME1: CstParser['CONSUME1'];
  override CONSUME2: CstParser['CONSUME2'];
  override CONSUME3: CstParser['CONSUME3'];
  override CONSUME4: CstParser['CONSUME4'];
  override CONSUME5: CstParser['CONSUME5'];
  override CONSUME6: CstParser['CONSUME6'];
  override CONSUME7: CstParser['CONSUME7'];
  override CONSUME8: CstParser['CONSUME8'];
  override CONSUME9: CstParser['CONSUME9'];
  override SUBRULE: CstParser['SUBRULE'];
  override SUBRULE1: CstParser['SUBRULE1'];
  override SUBRULE2: CstParser['SUBRULE2'];
  override SUBRULE3: CstParser['SUBRULE3'];
  override SUBRULE4: CstParser['SUBRULE4'];
  override SUBRULE5: CstParser['SUBRULE5'];
  override SUBRULE6: CstParser['SUBRULE6'];
  override SUBRULE7: CstParser['SUBRULE7'];
  override SUBRULE8: CstParser['SUBRULE8'];
  override SUBRULE9: CstParser['SUBRULE9'];
  /** The token k ahead: for a gate where the grammar's own lookahead stops at a rule's end. */
  override LA(howMuch: number): IToken;
  override OPTION: CstParser['OPTION'];
  override OPTION1: CstParser['OPTION1'];
  override OPTION2: CstParser['OPTION2'];
  override OPTION3: CstParser['OPTION3'];
  override OPTION4: CstParser['OPTION4'];
  override OPTION5: CstParser['OPTION5'];
  override OPTION6: CstParser['OPTION6'];
  override OPTION7: CstParser['OPTION7'];
  override OPTION8: CstParser['OPTION8'];
  override OPTION9: CstParser['OPTION9'];
  override OR: CstParser['OR'];
  override OR1: CstParser['OR1'];
  override OR2: CstParser['OR2'];
  override OR3: CstParser['OR3'];
  override OR4: CstParser['OR4'];
  override OR5: CstParser['OR5'];
  override OR6: CstParser['OR6'];
  override OR7: CstParser['OR7'];
  override OR8: CstParser['OR8'];
  override OR9: CstParser['OR9'];
  override MANY: CstParser['MANY'];
  override MANY1: CstParser['MANY1'];
  override MANY2: CstParser['MANY2'];
  override MANY3: CstParser['MANY3'];
  override MANY4: CstParser['MANY4'];
  override MANY5: CstParser['MANY5'];
  override MANY6: CstParser['MANY6'];
  override MANY7: CstParser['MANY7'];
  override MANY8: CstParser['MANY8'];
  override MANY9: CstParser['MANY9'];
  override AT_LEAST_ONE: CstParser['AT_LEAST_ONE'];
  override AT_LEAST_ONE1: CstParser['AT_LEAST_ONE1'];
  override AT_LEAST_ONE2: CstParser['AT_LEAST_ONE2'];
  override AT_LEAST_ONE3: CstParser['AT_LEAST_ONE3'];
  override AT_LEAST_ONE4: CstParser['AT_LEAST_ONE4'];
  override AT_LEAST_ONE5: CstParser['AT_LEAST_ONE5'];
  override AT_LEAST_ONE6: CstParser['AT_LEAST_ONE6'];
  override AT_LEAST_ONE7: CstParser['AT_LEAST_ONE7'];
  override AT_LEAST_ONE8: CstParser['AT_LEAST_ONE8'];
  override AT_LEAST_ONE9: CstParser['AT_LEAST_ONE9'];
  override AT_LEAST_ONE_SEP: CstParser['AT_LEAST_ONE_SEP'];
  override AT_LEAST_ONE_SEP1: CstParser['AT_LEAST_ONE_SEP1'];
  override AT_LEAST_ONE_SEP2: CstParser['AT_LEAST_ONE_SEP2'];
  override AT_LEAST_ONE_SEP3: CstParser['AT_LEAST_ONE_SEP3'];
  override AT_LEAST_ONE_SEP4: CstParser['AT_LEAST_ONE_SEP4'];
  override AT_LEAST_ONE_SEP5: CstParser['AT_LEAST_ONE_SEP5'];
  override AT_LEAST_ONE_SEP6: CstParser['AT_LEAST_ONE_SEP6'];
  override AT_LEAST_ONE_SEP7: CstParser['AT_LEAST_ONE_SEP7'];
  override AT_LEAST_ONE_SEP8: CstParser['AT_LEAST_ONE_SEP8'];
  override AT_LEAST_ONE_SEP9: CstParser['AT_LEAST_ONE_SEP9'];
}

/** The class the parser extends: CstParser itself, typed with its DSL public. */
export const GrammarParser = CstParser as unknown as typeof PublicDslParser;

/**
 * What a rule file defines its rules with: the DSL, the rules to call (`rules`: the parser
 * itself, typed by every rule file's result), and what the rules of every construct share.
 * Rule files read `rules` from here rather than taking it as a parameter: a parameter typed by
 * their own results would make that type circular.
 */
export interface Grammar extends PublicDslParser {
  readonly rules: Rules;
  /** Each `OR`'s alternatives, built on the first call (Chevrotain's "cache arrays of alternatives"). */
  readonly alternatives: { [or: string]: IOrAlt<unknown>[] | undefined };
  /** `{ (item | stray)* }`: every block's one shape (EntenteParser.block). */
  block(alternatives: IOrAlt<unknown>[]): void;
}
