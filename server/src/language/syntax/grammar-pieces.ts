/**
 * Pieces several constructs use: quantities, lists, qualified names, closed words or prose,
 * cadences, deadlines, recipients and breach procedures.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function pieceRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `24 hours`, `6 months`, `5 years` */
    quantity: $.RULE('quantity', () => {
      $.CONSUME(T.NumberLiteral, { LABEL: 'amount' });
      $.CONSUME(T.Identifier, { LABEL: 'unit' });
    }),

    identifierList: $.RULE('identifierList', () => {
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.CONSUME(T.Identifier, { LABEL: 'items' }) });
    }),

    /** Free words, keywords included: `about termination, costs`. */
    wordList: $.RULE('wordList', () => {
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.CONSUME(T.AnyWord, { LABEL: 'items' }) });
    }),

    /** `EE.Duty` */
    qualifiedName: $.RULE('qualifiedName', () => {
      $.CONSUME(T.Identifier, { LABEL: 'qualifier' });
      $.CONSUME(T.Dot);
      $.CONSUME2(T.Identifier, { LABEL: 'name' });
    }),

    /** `contacts EE.Duty, FI.Desk`: the points of contact a channel, protocol or exercise relies on. */
    contactsItem: $.RULE('contactsItem', () => {
      $.CONSUME(T.Contacts);
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.SUBRULE(rules.qualifiedName, { LABEL: 'contacts' }) });
    }),

    /** A closed word or free text; longer texts (a reservations article, IP terms) may be prose. */
    wordOrString: $.RULE('wordOrString', () => {
      $.OR(
        ($.alternatives.wordOrString ??= [
          { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'word' }) },
          { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
          { ALT: () => $.CONSUME(T.TripleString, { LABEL: 'text' }) },
        ]),
      );
    }),

    /** Prose: a one-line string or a triple-quoted block. */
    prose: $.RULE('prose', () => {
      $.OR(
        ($.alternatives.prose ??= [
          { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'text' }) },
          { ALT: () => $.CONSUME(T.TripleString, { LABEL: 'text' }) },
        ]),
      );
    }),

    /** `every 12 months` · `annually` · `biennially` */
    cadence: $.RULE('cadence', () => {
      $.OR(
        ($.alternatives.cadence ??= [
          {
            ALT: () => {
              $.CONSUME(T.Every);
              $.SUBRULE(rules.quantity, { LABEL: 'interval' });
            },
          },
          { ALT: () => $.CONSUME(T.Annually) },
          { ALT: () => $.CONSUME(T.Biennially) },
        ]),
      );
    }),

    /**
     * `within 24 hours of awareness via ThreatIntel`: the time limit, the event that starts the
     * clock (any word, keywords included: `of classification`) and the channel; or a standard the
     * text states instead of a period, `forthwith via ThreatIntel` (no clock: "forthwith notify").
     */
    deadline: $.RULE('deadline', () => {
      $.OR(
        ($.alternatives.deadline ??= [
          {
            ALT: () => {
              $.CONSUME(T.Within);
              $.SUBRULE(rules.quantity, { LABEL: 'within' });
              $.OPTION2(() => {
                $.CONSUME(T.Of);
                $.CONSUME(T.AnyWord, { LABEL: 'start' });
              });
            },
          },
          // `forthwith`, `without-delay`: a standard, the text's own word, never a number of hours.
          { ALT: () => $.CONSUME(T.Forthwith) },
          { ALT: () => $.CONSUME(T.Immediately) },
          { ALT: () => $.CONSUME(T.Promptly) },
          { ALT: () => $.CONSUME(T.WithoutDelay) },
          { ALT: () => $.CONSUME(T.WithoutUndueDelay) },
        ]),
      );
      $.OPTION(() => {
        $.CONSUME(T.Via);
        $.CONSUME(T.Identifier, { LABEL: 'via' });
      });
    }),

    /** Recipients named by id or described in words: `NATO, "the Parties' contractors"`. */
    recipientList: $.RULE('recipientList', () => {
      $.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () =>
          $.OR(
            ($.alternatives.recipientList ??= [
              { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'ids' }) },
              { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'descriptions' }) },
            ]),
          ),
      });
    }),

    /** `breach procedure "…"` */
    breachProcedure: $.RULE('breachProcedure', () => {
      $.CONSUME(T.Breach);
      $.CONSUME(T.Procedure);
      $.SUBRULE(rules.prose, { LABEL: 'text' });
    }),
  };
}
