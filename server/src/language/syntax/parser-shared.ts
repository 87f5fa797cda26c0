/**
 * The Entente grammar is one Chevrotain CstParser built as a chain of classes, one per part of
 * the language (Chevrotain's grammar inheritance): shared pieces → instrument header → sharing
 * declarations → cooperation declarations → the document (parser.ts). Each class only adds
 * rules; the last one runs `performSelfAnalysis`. Rules are `protected` so later parts can use
 * them, and class fields, so a mistyped SUBRULE is a compile error.
 *
 * This part: the pieces every other part uses (quantities, lists, prose, cadences, deadlines).
 */
import { CstParser } from 'chevrotain';
import { errorMessageProvider } from './error-messages';
import * as T from './tokens';

export class SharedRules extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset', errorMessageProvider });
  }

  /** Text inside a block that starts no statement of that block; reported by the AST builder. */
  protected stray = this.RULE('stray', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Stray, { LABEL: 'tokens' }));
  });


  /** `24 hours`, `6 months`, `5 years` */
  protected quantity = this.RULE('quantity', () => {
    this.CONSUME(T.NumberLiteral, { LABEL: 'amount' });
    this.CONSUME(T.Identifier, { LABEL: 'unit' });
  });

  protected identifierList = this.RULE('identifierList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: 'items' }) });
  });

  /** Free words, keywords included: `about termination, costs`. */
  protected wordList = this.RULE('wordList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.AnyWord, { LABEL: 'items' }) });
  });

  /** `EE.Duty` */
  protected qualifiedName = this.RULE('qualifiedName', () => {
    this.CONSUME(T.Identifier, { LABEL: 'qualifier' });
    this.CONSUME(T.Dot);
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
  });

  /** `contacts EE.Duty, FI.Desk`: the points of contact a channel, protocol or exercise relies on. */
  protected contactsItem = this.RULE('contactsItem', () => {
    this.CONSUME(T.Contacts);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.qualifiedName, { LABEL: 'contacts' }) });
  });

  /** A closed word or free text; longer texts (a reservations article, IP terms) may be prose. */
  protected wordOrString = this.RULE('wordOrString', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'word' }) },
      { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
      { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
    ]);
  });

  /** Prose: a one-line string or a triple-quoted block. */
  protected prose = this.RULE('prose', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
      { ALT: () => this.CONSUME(T.TripleString, { LABEL: 'text' }) },
    ]);
  });

  /** `every 12 months` · `annually` · `biennially` */
  protected cadence = this.RULE('cadence', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Every);
          this.SUBRULE(this.quantity, { LABEL: 'interval' });
        },
      },
      { ALT: () => this.CONSUME(T.Annually) },
      { ALT: () => this.CONSUME(T.Biennially) },
    ]);
  });

  /** `within 24 hours via ThreatIntel` */
  protected deadline = this.RULE('deadline', () => {
    this.CONSUME(T.Within);
    this.SUBRULE(this.quantity, { LABEL: 'within' });
    this.OPTION(() => {
      this.CONSUME(T.Via);
      this.CONSUME(T.Identifier, { LABEL: 'via' });
    });
  });

  /** `breach procedure "…"` */
  protected breachProcedure = this.RULE('breachProcedure', () => {
    this.CONSUME(T.Breach);
    this.CONSUME(T.Procedure);
    this.SUBRULE(this.prose, { LABEL: 'text' });
  });
}
