/**
 * The Entente concrete-syntax parser: a Chevrotain CstParser with error recovery on, so one
 * typo never hides the rest of the document. It only recognises structure; every meaning
 * (enums, quantities, dates, which string is a heading) is given by the AST builder.
 *
 * The grammar is split by part of the language into a chain of classes (parser-shared.ts
 * explains how); this last one adds the document itself and analyses the whole grammar. One
 * parser instance is shared by every parse (see `parse.ts`); `input =` resets its state.
 */
import type { CstNode, IToken } from 'chevrotain';
import { CooperationRules } from './parser-cooperation';
import * as T from './tokens';

export class EntenteParser extends CooperationRules {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.topLevel) },
        { ALT: () => this.SUBRULE(this.junk) },
      ]),
    );
  });

  /**
   * Text that cannot start a declaration. Consumed here (and reported by the AST builder) so
   * that the declarations after it still parse: recovery in linear time, with no re-parse.
   */
  protected junk = this.RULE('junk', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.NotTopLevel, { LABEL: 'tokens' }));
  });

  protected topLevel = this.RULE('topLevel', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.instrument) },
      { ALT: () => this.SUBRULE(this.use) },
      { ALT: () => this.SUBRULE(this.party) },
      { ALT: () => this.SUBRULE(this.securityAgreement) },
      { ALT: () => this.SUBRULE(this.channel) },
      { ALT: () => this.SUBRULE(this.incidentProtocol) },
      { ALT: () => this.SUBRULE(this.exercise) },
      { ALT: () => this.SUBRULE(this.cooperation) },
      { ALT: () => this.SUBRULE(this.governanceBody) },
      { ALT: () => this.SUBRULE(this.definition) },
      { ALT: () => this.SUBRULE(this.clause) },
      { ALT: () => this.SUBRULE(this.assistance) },
    ]);
  });
}

export type { CstNode, IToken };
