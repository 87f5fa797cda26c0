/**
 * Header statements on when the instrument binds and for how long: entry into force (`effect`,
 * and the `timing` that `subsequently` and `provisional application` share), consent to be
 * bound, duration and renewal, and termination.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function lifetimeRules($: Grammar) {
  const rules = $.rules;
  return {
    /**
     * `effect on signature` · `effect on 2027-05-01` · `effect after ratification by 3 parties` ·
     * `effect 30 days after last notification` · `effect after notification by NL` ·
     * `effect on first day of month following 3 months after last consent-to-be-bound by 5 States
     * including 3 CoE-Members` · `effect on first day of second month after notification by NL`
     */
    effectItem: $.RULE('effectItem', () => {
      $.CONSUME(T.Effect);
      $.SUBRULE(rules.timing);
    }),

    /**
     * When something happens, as final clauses say it: on a date or an event, on the first day of
     * a month counted from an event, or a period after an event. Shared by `effect`,
     * `subsequently` and `provisional application`.
     */
    timing: $.RULE('timing', () => {
      $.OR(
        ($.alternatives.timing ??= [
          {
            ALT: () => {
              $.CONSUME(T.On);
              $.OR2(
                ($.alternatives.timingOn ??= [
                  { ALT: () => $.CONSUME(T.DateLiteral, { LABEL: 'date' }) },
                  { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'onEvent' }) },
                  {
                    ALT: () => {
                      $.SUBRULE(rules.firstDay);
                      $.OPTION(() => {
                        $.SUBRULE(rules.quantity, { LABEL: 'delay' });
                        $.CONSUME(T.After);
                      });
                      $.SUBRULE(rules.effectAnchor, { LABEL: 'anchor' });
                    },
                  },
                ]),
              );
            },
          },
          {
            ALT: () => {
              $.OPTION2(() => $.SUBRULE2(rules.quantity, { LABEL: 'delay' }));
              $.CONSUME2(T.After);
              $.SUBRULE2(rules.effectAnchor, { LABEL: 'anchor' });
            },
          },
        ]),
      );
    }),

    /** `first day of second month after` · `first day of month following` (the date is then rounded to a month's first day). */
    firstDay: $.RULE('firstDay', () => {
      $.CONSUME(T.First);
      $.CONSUME(T.Identifier, { LABEL: 'day' });
      $.CONSUME(T.Of);
      // An alternation, not an OPTION: only alternations look two tokens ahead ("second month" / "month following").
      $.OR2(
        ($.alternatives.firstDayMonth ??= [
          {
            ALT: () => {
              $.CONSUME2(T.Identifier, { LABEL: 'ordinal' });
              $.CONSUME3(T.Identifier, { LABEL: 'month' });
            },
          },
          { ALT: () => $.CONSUME4(T.Identifier, { LABEL: 'month' }) },
        ]),
      );
      $.OR(($.alternatives.firstDayLink ??= [{ ALT: () => $.CONSUME(T.Following) }, { ALT: () => $.CONSUME(T.After) }]));
    }),

    /**
     * The event a period runs from: `last notification by 2 parties`, `consent-to-be-bound by 5
     * States including 3 CoE-Members`, `notification by NL` (one named party notifies),
     * `last notification to "the Government of …"` (to whom the notifications go, where the text says).
     */
    effectAnchor: $.RULE('effectAnchor', () => {
      $.OPTION(() => $.CONSUME(T.Last));
      $.CONSUME(T.Identifier, { LABEL: 'event' });
      $.OPTION2(() => {
        $.CONSUME(T.By);
        $.CONSUME(T.NumberLiteral, { LABEL: 'count' });
        $.OPTION3(() => $.CONSUME2(T.Identifier, { LABEL: 'countNoun' }));
        $.OPTION4(() => {
          $.CONSUME(T.Including);
          $.CONSUME2(T.NumberLiteral, { LABEL: 'includingCount' });
          $.CONSUME3(T.Identifier, { LABEL: 'including' });
        });
      });
      $.OPTION5(() => {
        $.CONSUME2(T.By);
        $.CONSUME4(T.Identifier, { LABEL: 'notifier' });
      });
      $.OPTION6(() => {
        $.CONSUME(T.To);
        $.SUBRULE(rules.wordOrString, { LABEL: 'addressee' });
      });
    }),

    /**
     * `consent by signature, ratification` (every Party alike) · `consent by notification for NL,
     * signature for US` (each Party's own means: one Party bound on signature, the other only after
     * its act). The means before a `for` are that Party's; the groups are separated by commas.
     */
    consentItem: $.RULE('consentItem', () => {
      $.CONSUME(T.Consent);
      $.CONSUME(T.By);
      $.SUBRULE(rules.consentMeans, { LABEL: 'means' });
      $.OPTION(() => {
        $.CONSUME(T.For);
        $.CONSUME(T.Identifier, { LABEL: 'party' });
        $.MANY(() => {
          $.CONSUME(T.Comma);
          $.SUBRULE2(rules.consentMeans, { LABEL: 'means' });
          $.CONSUME2(T.For);
          $.CONSUME2(T.Identifier, { LABEL: 'party' });
        });
      });
    }),

    /** One list of alternative means of consent: `ratification, accession after entry-into-force`. */
    consentMeans: $.RULE('consentMeans', () => {
      $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.SUBRULE(rules.consentMean, { LABEL: 'items' }) });
    }),

    /**
     * A means of consent, and for accession when it opens where the text says: `accession after
     * entry-into-force` — "Any State not represented at the Tenth Session … may accede to the present
     * Convention after it has entered into force" (Hague Service Convention 1965, Art. 28) — and
     * whether only on invitation: `accession by invitation` — "open for accession by all States not
     * members of the Organization invited to do so by the Executive Board" (UNESCO Convention
     * concerning the international exchange of publications 1958, Art. 15(1)).
     */
    consentMean: $.RULE('consentMean', () => {
      $.CONSUME(T.Identifier, { LABEL: 'means' });
      $.OPTION(() => {
        $.CONSUME(T.After);
        $.CONSUME2(T.Identifier, { LABEL: 'opensAfter' });
      });
      $.OPTION2(() => {
        $.CONSUME(T.By);
        $.CONSUME3(T.Identifier, { LABEL: 'byInvitation' });
      });
    }),

    /**
     * `duration 5 years renewable for 5 years` · `duration indefinite` · `duration 10 years
     * renewable tacitly for indefinite period` (one extension with no end: "shall be extended for an
     * indefinite period", NL–Egypt 1975 Art. VII(2))
     */
    durationItem: $.RULE('durationItem', () => {
      $.CONSUME(T.Duration);
      $.OR(
        ($.alternatives.duration ??= [
          { ALT: () => $.SUBRULE(rules.quantity, { LABEL: 'term' }) },
          { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'indefinite' }) },
        ]),
      );
      $.OPTION(() => {
        $.CONSUME(T.Renewable);
        $.OPTION3(() => $.CONSUME2(T.Identifier, { LABEL: 'renewal' }));
        $.OPTION2(() => {
          $.CONSUME(T.For);
          $.OR2(
            ($.alternatives.renewalPeriod ??= [
              { ALT: () => $.SUBRULE2(rules.quantity, { LABEL: 'renewalTerm' }) },
              {
                ALT: () => {
                  $.CONSUME3(T.Identifier, { LABEL: 'renewalIndefinite' });
                  $.OPTION5(() => $.CONSUME4(T.Identifier, { LABEL: 'renewalPeriod' }));
                },
              },
            ]),
          );
        });
        $.OPTION4(() => $.SUBRULE(rules.unlessTerms));
      });
    }),

    /**
     * What stops an automatic renewal: `unless notice of at least 6 months` (a Party gives notice of
     * non-renewal) or `unless decided otherwise` (the Parties decide otherwise).
     */
    unlessTerms: $.RULE('unlessTerms', () => {
      $.CONSUME(T.Unless);
      $.OR(
        ($.alternatives.unlessTerms ??= [
          {
            ALT: () => {
              $.CONSUME(T.Notice);
              $.OPTION(() => {
                $.CONSUME(T.Of);
                $.OPTION2(() => $.SUBRULE(rules.atLeast));
                $.SUBRULE(rules.quantity, { LABEL: 'notice' });
              });
            },
          },
          { ALT: () => $.AT_LEAST_ONE(() => $.CONSUME(T.Identifier, { LABEL: 'words' })) },
        ]),
      );
    }),

    /** `at least`: the period that follows is a minimum ("not less than sixty days"). */
    atLeast: $.RULE('atLeast', () => {
      $.CONSUME(T.At);
      $.CONSUME(T.Least);
    }),

    /**
     * `withdrawal with notice of 6 months` (also termination, discontinue, denunciation) ·
     * `termination after initial period with notice of 3 months`: the right runs only once the
     * duration's initial period has ended ("Each Government shall then have the right to denounce
     * the Agreement at any time giving three months' notice", NL–Bangladesh 1977 Art. VI(b)).
     */
    terminationItem: $.RULE('terminationItem', () => {
      $.OR(
        ($.alternatives.terminationKeyword ??= [
          { ALT: () => $.CONSUME(T.Termination) },
          { ALT: () => $.CONSUME(T.Withdrawal) },
          { ALT: () => $.CONSUME(T.Discontinue) },
          { ALT: () => $.CONSUME(T.Denunciation) },
        ]),
      );
      $.OPTION3(() => {
        $.CONSUME(T.After);
        $.CONSUME(T.Identifier, { LABEL: 'afterInitial' });
        $.OPTION4(() => $.CONSUME2(T.Identifier, { LABEL: 'afterPeriod' }));
      });
      $.OPTION(() => {
        $.CONSUME(T.With);
        $.CONSUME(T.Notice);
        $.CONSUME(T.Of);
        $.OPTION2(() => $.SUBRULE(rules.atLeast));
        $.SUBRULE(rules.quantity, { LABEL: 'notice' });
      });
    }),
  };
}
