/**
 * The Entente grammar: one Chevrotain CstParser, its rules written in one file per construct
 * (grammar-*.ts) and defined here in a fixed order, which is the order of the recorded grammar
 * and so of the generated artifacts (grammar/entente.ebnf, cst.generated.ts).
 *
 * It only recognises structure; every meaning (closed values, quantities, dates, which string
 * is a heading) is given by the AST builder, and what each labelled position refers to is
 * written once in the slot table (constructs/). Error recovery is on, so one typo never hides
 * the rest of the document (grammar-document.ts).
 *
 * Shape, so the tables can rely on it: every block is `{ (item | stray)* }` with one item rule
 * per construct (`channelItem`, `exerciseItem`…), and each alternative of an item rule is one
 * statement, starting with its keyword. A rule calls another through `rules`, typed by what the
 * rule files return, so a mistyped SUBRULE is a compile error.
 *
 * Performance (Chevrotain's guide): one parser instance for every parse (`input =` resets it),
 * `OR` alternatives built once and cached in `alternatives`, not rebuilt on every call, and a
 * small `maxLookahead`.
 */
import { CstParser, type CstNode, type IOrAlt, type IToken } from 'chevrotain';
import { keepCstNodeShape, keepCstShapes } from './cst-shapes';
import { errorMessageProvider } from './error-messages';
import { assistanceRules } from './grammar-assistance';
import { channelRules } from './grammar-channels';
import { cooperationRules } from './grammar-cooperation';
import { documentRules } from './grammar-document';
import { GrammarParser, type Grammar } from './grammar-dsl';
import { finalClauseRules } from './grammar-final-clauses';
import { headerRules } from './grammar-header';
import { incidentProtocolRules } from './grammar-incident-protocols';
import { lifetimeRules } from './grammar-lifetime';
import { partyRules } from './grammar-parties';
import { pieceRules } from './grammar-pieces';
import { securityAgreementRules } from './grammar-security-agreements';
import { textRules } from './grammar-text';
import { tokenAt, type TokenTable } from './token-table';
import * as T from './tokens';

/** Every rule of the grammar by name, as the rule files define them. */
export interface Rules
  extends ReturnType<typeof documentRules>,
    ReturnType<typeof pieceRules>,
    ReturnType<typeof headerRules>,
    ReturnType<typeof lifetimeRules>,
    ReturnType<typeof finalClauseRules>,
    ReturnType<typeof partyRules>,
    ReturnType<typeof securityAgreementRules>,
    ReturnType<typeof channelRules>,
    ReturnType<typeof incidentProtocolRules>,
    ReturnType<typeof cooperationRules>,
    ReturnType<typeof textRules>,
    ReturnType<typeof assistanceRules> {}

// Every rule is a property of the parser, named as the rule (Chevrotain's self-analysis reads it
// there): the constructor assigns them from what the rule files return.
export interface EntenteParser extends Rules {}

/** How many of the last tokens made from a table the parser keeps (a power of two): it looks two ahead, recovery a few more. */
const recentTokens = 64;

/** The prototype of every CST node's children: an object without properties and without a prototype. */
const childrenPrototype: object = Object.freeze(Object.create(null) as object);

/** Chevrotain's own step that adds a parsed rule's node to its parent's (a method of its tree builder). */
type AddChild = (this: CstParser, node: CstNode, ruleName: string) => void;
const addChild = (CstParser.prototype as unknown as { cstPostNonTerminal: AddChild }).cstPostNonTerminal;
/** Chevrotain's step that opens the node of a rule being entered, and its hook after the first rule invoked (both of its tree builder and engine). */
const afterParse = (CstParser.prototype as unknown as { onAfterParse: (this: CstParser, ruleName: string) => void }).onAfterParse;

/** Thrown out of the parse when it reaches `stopAt` (not a recognition error: Chevrotain lets it through). */
const stopped = new Error('parse stopped at the reused text');

export class EntenteParser extends GrammarParser implements Grammar {
  readonly alternatives: { [or: string]: IOrAlt<unknown>[] | undefined } = {};
  /** What the rules call each other through: the parser itself. */
  readonly rules: Rules = this;
  /**
   * Where each child of `document` (a top-level construct or a junk run) goes as soon as its
   * rule returns, instead of into the document's node: the AST of a construct is then built
   * while its CST is young, and the CST dies young (a whole document's CST, kept until the
   * last construct is parsed, was copied out of the young generation by the GC).
   */
  topLevelSink: ((node: CstNode) => void) | undefined = undefined;

  /**
   * Where a region's parse ends (segments.ts, `parseRegion` with tokens of the reused text after
   * it): the first child of `document` (a construct or a junk run) entered at or after this offset
   * is where the reused text starts over; its offset goes to `stoppedAt` and the parse stops there,
   * before the construct reads its first token. Parsed on, the construct met the end of the
   * region's tokens after two and ran Chevrotain's error recovery on every keystroke, for errors
   * that were then dropped. The decision to enter it was already taken on the same two tokens of
   * lookahead as in a full parse.
   */
  stopAt: number | undefined = undefined;
  stoppedAt: number | undefined = undefined;

  /**
   * The tokens being parsed when they come packed (`readTable`): the parser then makes a token
   * object only when it looks at a token, and keeps the last `recentTokens` it made, so that
   * looking again gives the same object. The CST of the construct being parsed keeps the tokens
   * it consumed and dies young with them (a table's token objects, made all at once, outlived
   * the young generation at 100,000 lines and were copied by the garbage collector).
   */
  private table: TokenTable | undefined = undefined;
  private readonly recentIndex = new Int32Array(recentTokens).fill(-1);
  private readonly recentToken: IToken[] = new Array<IToken>(recentTokens);
  // Chevrotain's lexer adapter's state (not in its typings): the index of the last token consumed, the input and its length.
  declare private currIdx: number;
  declare private tokVector: IToken[];
  declare private tokVectorLength: number;
  /** Chevrotain's end-of-input token, what `LA` gives past the last token. */
  private readonly endOfInput: IToken;

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 2, nodeLocationTracking: 'onlyOffset', errorMessageProvider });
    // Defined in this order (arguments are evaluated left to right): the order of the recorded grammar.
    Object.assign(
      this,
      documentRules(this),
      pieceRules(this),
      headerRules(this),
      lifetimeRules(this),
      finalClauseRules(this),
      partyRules(this),
      securityAgreementRules(this),
      channelRules(this),
      incidentProtocolRules(this),
      cooperationRules(this),
      textRules(this),
      assistanceRules(this),
    );
    this.performSelfAnalysis();
    this.input = [];
    this.endOfInput = super.LA(1);
    // Every node's own shape (its children's are kept as each construct is parsed).
    keepCstNodeShape(childrenPrototype);
  }

  /** Parse `table`'s tokens next (setting `input` parses an array of tokens again). */
  readTable(table: TokenTable): void {
    this.input = [];
    this.table = table;
    this.tokVectorLength = table.count;
  }

  /** Chevrotain resets the parser whenever `input` is set: an array input replaces a table. */
  override reset(): void {
    super.reset();
    this.table = undefined;
    this.recentIndex.fill(-1);
    this.recentToken.fill(this.endOfInput);
  }

  /**
   * The token `howMuch` after the last consumed (Chevrotain's lexer adapter, which a parser may
   * override to read its tokens from elsewhere). `LA_FAST` is called only where Chevrotain knows
   * the index is at least 0; past the end both give the end-of-input token.
   */
  protected override LA_FAST(howMuch: number): IToken {
    const index = this.currIdx + howMuch;
    const table = this.table;
    return table === undefined ? this.tokVector[index] : this.fromTable(table, index);
  }

  override LA(howMuch: number): IToken {
    const index = this.currIdx + howMuch;
    if (index < 0 || index >= this.tokVectorLength) return this.endOfInput;
    const table = this.table;
    return table === undefined ? this.tokVector[index] : this.fromTable(table, index);
  }

  private fromTable(table: TokenTable, index: number): IToken {
    if (index >= table.count) return this.endOfInput;
    const slot = index & (recentTokens - 1);
    if (this.recentIndex[slot] === index) return this.recentToken[slot];
    const token = tokenAt(table, index);
    this.recentIndex[slot] = index;
    this.recentToken[slot] = token;
    return token;
  }

  /**
   * Starts every rule's node (for `cstInvocationStateUpdate`, below, which replaces that method of
   * Chevrotain's tree builder), as Chevrotain does but for the children's object: Chevrotain makes it with
   * `Object.create(null)`, which V8 keeps as a hash table (each child added and each child read
   * a hash look-up, each table grown by copying). Here it is an ordinary object whose prototype
   * has no properties (`childrenPrototype`), so no key of the grammar can find an inherited one,
   * as with Chevrotain's.
   */
  private openNode(fullRuleName: string): void {
    const node: CstNode = { name: fullRuleName, children: Object.create(childrenPrototype) as CstNode['children'] };
    (this as unknown as { setInitialNodeLocation(node: CstNode): void }).setInitialNodeLocation(node);
    (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.push(node);
  }

  /**
   * Chevrotain's tree builder adds every parsed rule's node to its parent here (also the
   * partial node of a rule that failed); the children of the first rule invoked go to
   * `topLevelSink` when one is set, after cst-shapes.ts has kept a text-free object of each of
   * their shapes not kept yet (so a full garbage collection, the tree gone, does not throw away
   * the optimised code that saw them). Not in Chevrotain's typings: a method of its tree builder,
   * overridden as its own parser classes could.
   */
  cstPostNonTerminal(node: CstNode, ruleName: string): void {
    const sink = this.topLevelSink;
    if (sink !== undefined && (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.length === 1) {
      keepCstShapes(node, childrenPrototype);
      sink(node);
    } else addChild.call(this, node, ruleName);
  }

  /** Chevrotain opens the node of each rule entered here (`openNode`, above); a child of `document` at or after `stopAt` stops the parse. */
  cstInvocationStateUpdate(ruleName: string): void {
    this.openNode(ruleName);
    const stopAt = this.stopAt;
    if (stopAt === undefined || (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.length !== 2) return;
    const offset = this.LA(1).startOffset;
    if (offset >= stopAt) {
      this.stoppedAt = offset;
      throw stopped;
    }
  }

  /** After the first rule invoked: input left over is an error, unless the parse stopped at `stopAt`. */
  onAfterParse(ruleName: string): void {
    if (this.stoppedAt === undefined) afterParse.call(this, ruleName);
  }

  /** Whether `error` is the parse stopping at `stopAt` (segments.ts catches it). */
  static isStop(error: unknown): boolean {
    return error === stopped;
  }

  /**
   * Runs one rule over `tokens` (completion asks whether a statement is complete): the CST and
   * the errors, including input left over after the rule.
   */
  parseRule(rule: string, tokens: IToken[]): { cst: CstNode; errors: number } {
    this.input = tokens;
    const run = (this as unknown as Record<string, (() => CstNode) | undefined>)[rule];
    if (typeof run !== 'function' || !this.getGAstProductions()[rule]) throw new Error(`no grammar rule ${rule}`);
    const cst = run.call(this);
    return { cst, errors: this.errors.length };
  }

  /**
   * Every block has this one shape: `{`, then statements (`item`) or stray text, then `}`. Its
   * DSL calls use occurrence 9, which no rule uses itself, so a block fits in any rule.
   */
  block(alternatives: IOrAlt<unknown>[]): void {
    this.CONSUME9(T.LCurly);
    this.MANY9(() => this.OR9(alternatives));
    this.CONSUME9(T.RCurly);
  }
}

export type { CstNode, IToken };
