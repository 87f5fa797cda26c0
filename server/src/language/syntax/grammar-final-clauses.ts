/**
 * The other final clauses of the header: amendment, disputes, applicable law, depositary,
 * registration, reservations, entry into force for later Parties, provisional application,
 * opening for signature, form, incorporation by reference, the treaty an arrangement
 * implements (or the arrangements that implement it), what a transcription omits, and the
 * recorded date of entry into force.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function finalClauseRules($: Grammar) {
  const rules = $.rules;
  /**
   * `about security-of-information, breach-procedure` after an omitted part: the clause topics the
   * transcriber declares it holds (analysis/excerpt-severity.ts caps only the findings on those).
   * A comma followed by a quoted part ends the topics; each topic belongs to the part before it
   * (build-header.ts, by offset).
   */
  const omittedTopics = (occurrence: 1 | 2) => {
    const [about, first, many, comma, next] =
      occurrence === 1 ? [$.CONSUME3, $.CONSUME4, $.MANY2, $.CONSUME5, $.CONSUME6] : [$.CONSUME7, $.CONSUME8, $.MANY3, $.CONSUME9, $.CONSUME1];
    about.call($, T.About);
    first.call($, T.AnyWord, { LABEL: 'topics' });
    many.call($, {
      // Chevrotain's lookahead for this loop does not see the enclosing loop's `, "…"`: said here.
      GATE: () => $.LA(2).tokenType !== T.StringLiteral,
      DEF: () => {
        comma.call($, T.Comma);
        next.call($, T.AnyWord, { LABEL: 'topics' });
      },
    });
  };
  return {
    /**
     * `amendment by written decision` · `amendment by mutual "consent" of the Parties within 180
     * days`: free words up to the end of the statement (tokens.ts, `FreeWord`).
     */
    amendmentItem: $.RULE('amendmentItem', () => {
      $.CONSUME(T.Amendment);
      $.CONSUME(T.By);
      $.AT_LEAST_ONE(() => $.CONSUME2(T.FreeWord, { LABEL: 'words' }));
    }),

    /** `disputes by consultation` · `disputes by arbitration "Permanent Court of Arbitration"` */
    disputesItem: $.RULE('disputesItem', () => {
      $.CONSUME(T.Disputes);
      $.CONSUME(T.By);
      $.SUBRULE(rules.identifierList, { LABEL: 'means' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'forum' }));
    }),

    /** `governing law international` · `applicable law "the law of England and Wales"` */
    governingLawItem: $.RULE('governingLawItem', () => {
      $.OR(($.alternatives.lawKeyword ??= [{ ALT: () => $.CONSUME(T.Governing) }, { ALT: () => $.CONSUME(T.Applicable) }]));
      $.CONSUME(T.Law);
      $.SUBRULE(rules.wordOrString, { LABEL: 'law' });
    }),

    /** `depositary "Secretary General of the Council of Europe"` or a party id. */
    depositaryItem: $.RULE('depositaryItem', () => {
      $.CONSUME(T.Depositary);
      // `depositary "A", "B"`: a treaty may have several (VCLT Art. 76(1); the Tax Convention has two).
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.SUBRULE(rules.wordOrString, { LABEL: 'depositary' }) });
    }),

    /** `registration article-102` · `registration none` */
    registrationItem: $.RULE('registrationItem', () => {
      $.CONSUME(T.Registration);
      $.SUBRULE(rules.wordOrString, { LABEL: 'registration' });
    }),

    /** `reservations none` · `reservations permitted` · `reservations "Articles 4 and 6 only"` */
    reservationsItem: $.RULE('reservationsItem', () => {
      $.CONSUME(T.Reservations);
      $.SUBRULE(rules.wordOrString, { LABEL: 'reservations' });
    }),

    /**
     * Entry into force for each State that consents after the treaty is in force (VCLT Art. 24(3)):
     * `subsequently on first day of month following 3 months after consent-to-be-bound` ·
     * `subsequently 30 days after ratification`.
     */
    subsequentlyItem: $.RULE('subsequentlyItem', () => {
      $.CONSUME(T.Subsequently);
      $.SUBRULE(rules.timing);
      $.OPTION(() => $.SUBRULE(rules.laterOf));
    }),

    /**
     * `or on entry-into-force whichever is later`: "on the thirtieth day after the date of deposit
     * … or on the date this Convention enters into force pursuant to paragraph 1 of this article,
     * whichever is later" (UNCAC Art. 68(2); Trafficking Protocol Art. 17(2)).
     */
    laterOf: $.RULE('laterOf', () => {
      $.CONSUME(T.Or);
      $.CONSUME(T.On);
      $.CONSUME(T.Identifier, { LABEL: 'event' });
      $.CONSUME(T.Whichever);
      $.CONSUME(T.Is);
      $.CONSUME2(T.Identifier, { LABEL: 'which' });
    }),

    /**
     * `provisional application on signature` · `… on first day of second month following
     * signature` · `… until 2027-12-31` · `… with notice of 30 days` (VCLT Art. 25) ·
     * `provisional application permitted on signature` (the text only says it "may" be applied).
     */
    provisionalItem: $.RULE('provisionalItem', () => {
      $.CONSUME(T.Provisional);
      $.CONSUME(T.Application);
      $.OPTION5(() => $.CONSUME2(T.Identifier, { LABEL: 'modality' }));
      $.SUBRULE(rules.timing);
      $.OPTION(() => {
        $.CONSUME(T.Until);
        $.OR(
          ($.alternatives.provisionalUntil ??= [
            { ALT: () => $.CONSUME(T.DateLiteral, { LABEL: 'untilDate' }) },
            { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'untilEvent' }) },
          ]),
        );
      });
      $.OPTION2(() => {
        $.CONSUME(T.With);
        $.CONSUME(T.Notice);
        $.OPTION3(() => {
          $.CONSUME(T.Of);
          $.OPTION4(() => $.SUBRULE(rules.atLeast));
          $.SUBRULE(rules.quantity, { LABEL: 'notice' });
        });
      });
    }),

    /** `opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31` */
    openedItem: $.RULE('openedItem', () => {
      $.CONSUME(T.Opened);
      $.CONSUME(T.For);
      $.CONSUME(T.Identifier, { LABEL: 'what' });
      $.OPTION(() => {
        $.CONSUME(T.At);
        $.CONSUME(T.StringLiteral, { LABEL: 'place' });
      });
      $.OPTION2(() => {
        $.CONSUME(T.On);
        $.CONSUME(T.DateLiteral, { LABEL: 'date' });
      });
      $.OPTION3(() => {
        $.CONSUME(T.Until);
        $.CONSUME2(T.DateLiteral, { LABEL: 'until' });
      });
    }),

    /** `form exchange-of-notes`: the instrument is constituted by a note and a reply (VCLT Art. 13). */
    formItem: $.RULE('formItem', () => {
      $.CONSUME(T.Form);
      $.CONSUME(T.Identifier, { LABEL: 'form' });
    }),

    /**
     * `incorporates amendment, disputes, costs from "budapest-convention.entente" "Articles 44, 45
     * and 46 of the Convention"`: the parent's provisions on those subjects apply to this one.
     */
    incorporatesItem: $.RULE('incorporatesItem', () => {
      $.CONSUME(T.Incorporates);
      $.SUBRULE(rules.wordList, { LABEL: 'topics' });
      $.CONSUME(T.From);
      $.CONSUME(T.StringLiteral, { LABEL: 'source' });
      $.OPTION(() => $.CONSUME2(T.StringLiteral, { LABEL: 'articles' }));
    }),

    /**
     * `implements "gsa.entente" article 7 with status, duration, termination` (an implementing
     * arrangement and the treaty it is concluded under, or `implements GSOIA`, a security agreement
     * declared here); the words after `with` are what it takes from the treaty.
     */
    implementsItem: $.RULE('implementsItem', () => {
      $.CONSUME(T.Implements);
      $.OR(
        ($.alternatives.implementsTarget ??= [
          { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'file' }) },
          { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'agreement' }) },
        ]),
      );
      $.OPTION(() => $.SUBRULE(rules.articleRef, { LABEL: 'article' }));
      $.OPTION2(() => {
        $.CONSUME(T.With);
        $.SUBRULE(rules.wordList, { LABEL: 'inherits' });
      });
    }),

    /**
     * `amends "Convention … signed at Jerusalem on April 25, 1984"`: the treaty this instrument
     * amends or revises, by its title (or its file); its provisions become provisions of that treaty.
     */
    amendsItem: $.RULE('amendsItem', () => {
      $.CONSUME(T.Amends);
      $.CONSUME(T.StringLiteral, { LABEL: 'treaty' });
    }),

    /** `implemented by "mou.entente" article 7`: the arrangements concluded under this treaty. */
    implementedByItem: $.RULE('implementedByItem', () => {
      $.CONSUME(T.Implemented);
      $.CONSUME(T.By);
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.CONSUME(T.StringLiteral, { LABEL: 'files' }) });
      $.OPTION(() => $.SUBRULE(rules.articleRef, { LABEL: 'article' }));
    }),

    /**
     * `omitted "Articles 5 to 42", "Annexes A and B"`: the parts of the text a transcription leaves
     * out, in the words an edition of extracts names them (render/omission-marks.ts places each).
     */
    omittedItem: $.RULE('omittedItem', () => {
      $.CONSUME(T.Omitted);
      $.CONSUME(T.StringLiteral, { LABEL: 'parts' });
      $.OPTION(() => omittedTopics(1));
      $.MANY(() => {
        $.CONSUME(T.Comma);
        $.CONSUME2(T.StringLiteral, { LABEL: 'parts' });
        $.OPTION2(() => omittedTopics(2));
      });
    }),

    /**
     * `entered into force on 2013-07-01 "Trb. 2013, 123"`: the date a concluded treaty entered into
     * force, as its source records it. The source is optional here only so that the builder can say
     * what is missing in words (build-final-clauses.ts) rather than as a bare syntax error.
     */
    enteredItem: $.RULE('enteredItem', () => {
      $.CONSUME(T.Entered);
      $.CONSUME(T.Into);
      $.CONSUME(T.Force);
      $.CONSUME(T.On);
      $.CONSUME(T.DateLiteral, { LABEL: 'date' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'source' }));
    }),

    /** `article 7` · `article VI` · `article "2.g"` */
    articleRef: $.RULE('articleRef', () => {
      $.CONSUME(T.Article);
      $.OR(
        ($.alternatives.articleRef ??= [
          { ALT: () => $.CONSUME(T.NumberLiteral, { LABEL: 'number' }) },
          { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'number' }) },
          { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'number' }) },
        ]),
      );
    }),
  };
}
