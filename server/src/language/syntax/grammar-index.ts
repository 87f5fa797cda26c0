/**
 * The grammar as data, for the tools that read it rather than parse with it: which label each
 * terminal and each sub-rule call carries (completion finds the slot of Chevrotain's content
 * assist this way), and what Chevrotain's content assist expects after some tokens. Built once
 * from the parser's own recorded productions (GAST), so it can never disagree with the grammar.
 */
import { NonTerminal, Terminal, tokenMatcher, type IProduction, type ISyntacticContentAssistPath, type IToken, type TokenType } from 'chevrotain';
import { parser } from './parse';
import type { EntenteParser } from './parser';

/** A terminal of the grammar with its label (`channelItem.tlp`: a TlpLabel). */
export interface GrammarTerminal {
  readonly rule: string;
  readonly tokenType: TokenType;
  readonly label: string | undefined;
}

/** A call of one rule from another, with its label (`channel.members` calls `identifierList`). */
export interface GrammarCall {
  readonly rule: string;
  readonly callee: string;
  readonly label: string | undefined;
}

/**
 * Chevrotain's content assist follows every path of the grammar the tokens allow, and some
 * sequences of free words make those paths multiply: 31 tokens of a party block broken by an edit
 * took over two minutes (the long random-edit run found it). Its work is metered by the token
 * matches it makes; past the budget, far above any statement a drafter writes, it gives up and
 * nothing is expected.
 */
export const contentAssistBudget = 50_000;

class ContentAssistBudgetSpent extends Error {}

/** The tokens, each counting the matches made against it in one shared budget. */
function metered(tokens: IToken[], budget: number): IToken[] {
  let left = budget;
  return tokens.map((token) => {
    const copy: IToken = Object.create(token) as IToken;
    Object.defineProperty(copy, 'tokenTypeIdx', {
      get() {
        if (--left < 0) throw new ContentAssistBudgetSpent('content assist budget spent');
        return token.tokenTypeIdx;
      },
    });
    return copy;
  });
}

export class GrammarIndex {
  readonly terminals: readonly GrammarTerminal[];
  readonly calls: readonly GrammarCall[];
  readonly rules: ReadonlySet<string>;
  private readonly terminalLabels = new Map<string, string | undefined>();
  private readonly callLabels = new Map<string, string | undefined>();

  constructor(private readonly parser: EntenteParser) {
    const terminals: GrammarTerminal[] = [];
    const calls: GrammarCall[] = [];
    const productions = parser.getGAstProductions();
    for (const [rule, production] of Object.entries(productions)) {
      visit(production.definition, (p) => {
        if (p instanceof Terminal) {
          terminals.push({ rule, tokenType: p.terminalType, label: p.label });
          this.terminalLabels.set(`${rule} ${p.terminalType.name} ${p.idx}`, p.label);
        } else if (p instanceof NonTerminal) {
          calls.push({ rule, callee: p.nonTerminalName, label: p.label });
          this.callLabels.set(`${rule} ${p.nonTerminalName} ${p.idx}`, p.label);
        }
      });
    }
    this.terminals = terminals;
    this.calls = calls;
    this.rules = new Set(Object.keys(productions));
  }

  /**
   * What may come after `tokens` when `rule` reads them: every next token type with the names of
   * its position, most specific first. A labelled terminal is `rule.label` (`prose.text`); when
   * that rule is a shared piece, the call that reached it names the position too
   * (`channelItem.purpose`), so a slot table can be asked from the inside out. An unlabelled
   * terminal (a keyword of the grammar) has no position name.
   */
  expected(rule: string, tokens: IToken[]): { readonly type: TokenType; readonly names: readonly string[] }[] {
    try {
      return this.parser.computeContentAssist(rule, metered(tokens, contentAssistBudget)).map((path) => ({ type: path.nextTokenType, names: this.positionNames(path) }));
    } catch (error) {
      if (error instanceof ContentAssistBudgetSpent) return [];
      throw error;
    }
  }

  /** Whether `rule` reads `tokens` completely and without a syntax error. */
  parsesFully(rule: string, tokens: IToken[]): boolean {
    return tokens.length > 0 && this.parser.parseRule(rule, tokens).errors === 0;
  }

  /** Which position of `rule` each of `tokens` fills, by replaying content assist token by token. */
  positionsOf(rule: string, tokens: IToken[]): (readonly string[])[] {
    return tokens.map((token, i) => this.expected(rule, tokens.slice(0, i)).find((e) => tokenMatcher(token, e.type))?.names ?? []);
  }

  private positionNames(path: ISyntacticContentAssistPath): string[] {
    const stack = path.ruleStack;
    const rule = stack[stack.length - 1];
    const label = this.terminalLabels.get(`${rule} ${path.nextTokenType.name} ${path.nextTokenOccurrence}`);
    if (!label) return [];
    const names = [`${rule}.${label}`];
    const caller = stack[stack.length - 2];
    const callLabel = caller === undefined ? undefined : this.callLabels.get(`${caller} ${rule} ${path.occurrenceStack[stack.length - 1]}`);
    if (callLabel) names.push(`${caller}.${callLabel}`);
    return names;
  }
}

function visit(productions: readonly IProduction[], each: (p: IProduction) => void): void {
  for (const p of productions) {
    each(p);
    // A sub-rule call's definition is the callee's: it is visited as a rule of its own.
    if (!(p instanceof NonTerminal) && 'definition' in p) visit((p as { definition: IProduction[] }).definition, each);
  }
}

let shared: GrammarIndex | undefined;

/**
 * The grammar index, over the parser that parses documents. Content assist and rule runs reset
 * its state, which no parse keeps between calls (each is synchronous and reads its errors
 * before returning); a parser of its own cost the first completion a second self-analysis of
 * the grammar (150–300 ms).
 */
export function grammarIndex(): GrammarIndex {
  shared ??= new GrammarIndex(parser());
  return shared;
}
