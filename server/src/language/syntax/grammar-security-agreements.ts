/**
 * Security agreements: the parties they bind, the classification levels they cover, and their
 * table of equivalent national markings.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function securityAgreementRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `security-agreement GSA "General Security Agreement" between EE, FI up to SECRET { … }` */
    securityAgreement: $.RULE('securityAgreement', () => {
      $.CONSUME(T.SecurityAgreement);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
      $.CONSUME(T.Between);
      $.SUBRULE(rules.identifierList, { LABEL: 'parties' });
      // `from CONFIDENTIAL`: "CONFIDENTIAL and above"; no `up to`: no ceiling.
      $.OPTION4(() => {
        $.CONSUME(T.From);
        $.CONSUME3(T.Identifier, { LABEL: 'floor' });
      });
      $.OPTION2(() => {
        $.CONSUME(T.Up);
        $.CONSUME(T.To);
        $.CONSUME2(T.Identifier, { LABEL: 'level' });
      });
      $.OPTION3(() =>
        $.block(($.alternatives.securityAgreementBlock ??= [{ ALT: () => $.SUBRULE(rules.securityAgreementItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInSecurityAgreement, { LABEL: 'misplaced' }) }])),
      );
    }),

    securityAgreementItem: $.RULE('securityAgreementItem', () => {
      $.OR(
        ($.alternatives.securityAgreementItem ??= [
          { ALT: () => $.SUBRULE(rules.levelEquivalence) },
          { ALT: () => $.SUBRULE(rules.breachProcedure) },
          {
            // `scheme common "NATO security classifications"` · `scheme receiving-party`
            ALT: () => {
              $.CONSUME(T.Scheme);
              $.CONSUME(T.Identifier, { LABEL: 'scheme' });
              $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'schemeName' }));
            },
          },
          {
            // `concluded at "The Hague" on 1960-08-18`: in force elsewhere, not written here.
            ALT: () => {
              $.CONSUME(T.Concluded);
              $.OPTION2(() => {
                $.CONSUME(T.At);
                $.CONSUME2(T.StringLiteral, { LABEL: 'concludedAt' });
              });
              $.OPTION3(() => {
                $.CONSUME(T.On);
                $.CONSUME(T.DateLiteral, { LABEL: 'concludedOn' });
              });
            },
          },
        ]),
      );
    }),

    /**
     * `level SECRET equals EE "SALAJANE", FI "SALAINEN"` · `level equals NL "GEHEIM", SE "HEMLIG"`
     * (national to national, no common level) · `SE none safeguarded-as "HEMLIG"` (no equivalent;
     * one way).
     */
    levelEquivalence: $.RULE('levelEquivalence', () => {
      $.CONSUME(T.Level);
      $.OPTION(() => $.CONSUME(T.Identifier, { LABEL: 'level' }));
      $.CONSUME(T.Equals);
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.SUBRULE(rules.levelMarking, { LABEL: 'cells' }) });
    }),

    /**
     * One party's marking in a row: `EE "SALAJANE"` · `SE none` · `US none marked-as "Netherlands
     * RESTRICTED"`. Words after a cell, up to the next comma, are read here and reported by the
     * builder, so that one stray word does not swallow the rest of the row.
     */
    levelMarking: $.RULE('levelMarking', () => {
      $.CONSUME(T.Identifier, { LABEL: 'party' });
      $.OR(
        ($.alternatives.levelMarking ??= [
          { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'marking' }) },
          {
            ALT: () => {
              $.CONSUME2(T.Identifier, { LABEL: 'none' });
              $.OPTION(() => {
                $.CONSUME3(T.Identifier, { LABEL: 'handling' });
                $.CONSUME2(T.StringLiteral, { LABEL: 'handledAs' });
              });
            },
          },
        ]),
      );
      $.MANY(() =>
        $.OR2(
          ($.alternatives.cellExtra ??= [T.Identifier, T.StringLiteral, T.NumberLiteral, T.DateLiteral, T.TlpLabel, T.TwentyFourSeven, T.UnterminatedString].map((type) => ({
            ALT: () => $.CONSUME4(type, { LABEL: 'extra' }),
          }))),
        ),
      );
    }),
  };
}
