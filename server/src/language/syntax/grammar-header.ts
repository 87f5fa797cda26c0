/**
 * The instrument header (`memorandum "Title" { … }`): the declaration, the statements it may hold
 * (`headerItem`, one alternative per statement), and the statements about the text itself:
 * status, languages, and the signature with its testimonium. grammar-lifetime.ts and
 * grammar-final-clauses.ts have the other statements.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function headerRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `memorandum "Title" { … }`, or `annex "Title" of "parent.entente" { … }`. */
    instrument: $.RULE('instrument', () => {
      $.OR(
        ($.alternatives.instrumentKind ??= [
          { ALT: () => $.CONSUME(T.Treaty) },
          { ALT: () => $.CONSUME(T.Memorandum) },
          { ALT: () => $.CONSUME(T.Arrangement) },
          { ALT: () => $.CONSUME(T.Framework) },
          { ALT: () => $.CONSUME(T.Protocol) },
          { ALT: () => $.CONSUME(T.Annex) },
          { ALT: () => $.CONSUME(T.Declaration) },
        ]),
      );
      $.CONSUME(T.StringLiteral, { LABEL: 'title' });
      $.OPTION(() => {
        $.CONSUME(T.Of);
        $.CONSUME2(T.StringLiteral, { LABEL: 'parent' });
      });
      $.block(($.alternatives.instrumentBlock ??= [{ ALT: () => $.SUBRULE(rules.headerItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInHeader, { LABEL: 'misplaced' }) }]));
    }),

    headerItem: $.RULE('headerItem', () => {
      $.OR(
        ($.alternatives.headerItem ??= [
          { ALT: () => $.SUBRULE(rules.statusItem) },
          { ALT: () => $.SUBRULE(rules.languagesItem) },
          { ALT: () => $.SUBRULE(rules.signatureItem) },
          { ALT: () => $.SUBRULE(rules.effectItem) },
          { ALT: () => $.SUBRULE(rules.consentItem) },
          { ALT: () => $.SUBRULE(rules.durationItem) },
          { ALT: () => $.SUBRULE(rules.terminationItem) },
          { ALT: () => $.SUBRULE(rules.amendmentItem) },
          { ALT: () => $.SUBRULE(rules.disputesItem) },
          { ALT: () => $.SUBRULE(rules.governingLawItem) },
          { ALT: () => $.SUBRULE(rules.depositaryItem) },
          { ALT: () => $.SUBRULE(rules.registrationItem) },
          { ALT: () => $.SUBRULE(rules.reservationsItem) },
          { ALT: () => $.SUBRULE(rules.subsequentlyItem) },
          { ALT: () => $.SUBRULE(rules.provisionalItem) },
          { ALT: () => $.SUBRULE(rules.openedItem) },
          { ALT: () => $.SUBRULE(rules.formItem) },
          { ALT: () => $.SUBRULE(rules.incorporatesItem) },
          { ALT: () => $.SUBRULE(rules.implementsItem) },
          { ALT: () => $.SUBRULE(rules.implementedByItem) },
          { ALT: () => $.SUBRULE(rules.amendsItem) },
          { ALT: () => $.SUBRULE(rules.omittedItem) },
          { ALT: () => $.SUBRULE(rules.enteredItem) },
        ]),
      );
    }),

    /** `status non-binding`; `status non-binding unstated` when the text itself does not say. */
    statusItem: $.RULE('statusItem', () => {
      $.CONSUME(T.Status);
      $.CONSUME(T.Identifier, { LABEL: 'value' });
      $.OPTION(() => $.CONSUME(T.Unstated));
    }),

    /** `languages English, Estonian equally-valid prevailing English` */
    languagesItem: $.RULE('languagesItem', () => {
      $.CONSUME(T.Languages);
      $.SUBRULE(rules.identifierList, { LABEL: 'languages' });
      $.OPTION(() => $.OR(($.alternatives.validity ??= [{ ALT: () => $.CONSUME(T.Authentic) }, { ALT: () => $.CONSUME(T.EquallyValid) }])));
      $.OPTION2(() => {
        $.CONSUME(T.Prevailing);
        $.CONSUME(T.Identifier, { LABEL: 'prevailing' });
      });
    }),

    /**
     * `signed at "Tallinn" on 2027-03-01` (MoU wording), `done at … on …` (treaty wording) or
     * `issued at … on …` (a declaration); several signatures: `signed by US at "Washington" on
     * 1978-07-25, by NL at "The Hague" on 1978-08-24`; the testimonium: `done at "Paris" on
     * 2002-08-19 in single copy deposited with "the Government of France"`, `… in duplicate`;
     * `… without testimonium` when the text has no "IN WITNESS WHEREOF …" recital.
     */
    signatureItem: $.RULE('signatureItem', () => {
      $.OR(
        ($.alternatives.signatureKeyword ??= [{ ALT: () => $.CONSUME(T.Signed) }, { ALT: () => $.CONSUME(T.Done) }, { ALT: () => $.CONSUME(T.Issued) }]),
      );
      $.OPTION3(() => {
        $.CONSUME(T.By);
        $.CONSUME(T.Identifier, { LABEL: 'signer' });
      });
      $.OPTION(() => {
        $.CONSUME(T.At);
        $.CONSUME(T.StringLiteral, { LABEL: 'place' });
      });
      $.OPTION2(() => {
        $.CONSUME(T.On);
        // `signed on unstated`: signed, on a date the text does not state (Brawijaya–Wageningen 1979).
        $.OR2(($.alternatives.signatureDate ??= [{ ALT: () => $.CONSUME(T.DateLiteral, { LABEL: 'date' }) }, { ALT: () => $.CONSUME(T.Unstated) }]));
      });
      $.MANY(() => {
        $.CONSUME(T.Comma);
        $.SUBRULE(rules.signing, { LABEL: 'more' });
      });
      $.OPTION4(() => $.SUBRULE(rules.originals));
      $.OPTION5(() => {
        $.CONSUME(T.Deposited);
        $.OPTION6(() => $.CONSUME(T.With));
        $.SUBRULE(rules.wordOrString, { LABEL: 'depositedWith' });
      });
      $.OPTION7(() => {
        $.CONSUME(T.Without);
        $.CONSUME3(T.Identifier, { LABEL: 'without' });
      });
    }),

    /** One more signature of the same text: `by NL at "The Hague" on 1978-08-24`. */
    signing: $.RULE('signing', () => {
      $.OPTION(() => {
        $.CONSUME(T.By);
        $.CONSUME(T.Identifier, { LABEL: 'signer' });
      });
      $.OPTION2(() => {
        $.CONSUME(T.At);
        $.CONSUME(T.StringLiteral, { LABEL: 'place' });
      });
      $.OPTION3(() => {
        $.CONSUME(T.On);
        $.CONSUME(T.DateLiteral, { LABEL: 'date' });
      });
    }),

    /** How many originals the testimonium says: `in duplicate`, `in single copy`, `in 3 originals`. */
    originals: $.RULE('originals', () => {
      $.CONSUME(T.In);
      $.OR(
        ($.alternatives.originals ??= [
          {
            ALT: () => {
              $.CONSUME(T.NumberLiteral, { LABEL: 'count' });
              $.CONSUME(T.Identifier, { LABEL: 'noun' });
            },
          },
          {
            ALT: () => {
              $.CONSUME2(T.Identifier, { LABEL: 'word' });
              $.OPTION(() => $.CONSUME3(T.Identifier, { LABEL: 'noun' }));
            },
          },
        ]),
      );
    }),
  };
}
