/**
 * Mutual assistance (its basis, preservation, the central authority, the treaty it runs under)
 * and designations: the authorities and points of contact the parties designate.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function assistanceRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `assistance { basis budapest-35 preservation for 90 days central authority EE "Ministry of Justice" }` */
    assistance: $.RULE('assistance', () => {
      $.CONSUME(T.Assistance);
      $.block(($.alternatives.assistanceBlock ??= [{ ALT: () => $.SUBRULE(rules.assistanceItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInAssistance, { LABEL: 'misplaced' }) }]));
    }),

    assistanceItem: $.RULE('assistanceItem', () => {
      $.OR(
        ($.alternatives.assistanceItem ??= [
          {
            ALT: () => {
              $.CONSUME(T.Basis);
              $.SUBRULE(rules.identifierList, { LABEL: 'basis' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Preservation);
              $.CONSUME(T.For);
              $.OPTION(() => $.SUBRULE(rules.atLeast));
              $.SUBRULE(rules.quantity, { LABEL: 'preservation' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Central);
              $.CONSUME(T.Authority);
              $.CONSUME(T.Identifier, { LABEL: 'authorityParty' });
              $.CONSUME(T.StringLiteral, { LABEL: 'authorityName' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Under);
              $.CONSUME2(T.StringLiteral, { LABEL: 'mlaTreaty' });
            },
          },
        ]),
      );
    }),

    /**
     * `designate central-authority notified to "the Secretary General …"` (each party shall
     * designate one; names come later) · `designate competent-authority NL "Minister of Defence"`
     * (a designation the text makes) · `designate point-of-contact available 24/7 for Exchange`.
     */
    designation: $.RULE('designation', () => {
      $.CONSUME(T.Designate);
      $.CONSUME(T.Identifier, { LABEL: 'role' });
      $.OPTION(() => {
        $.CONSUME2(T.Identifier, { LABEL: 'party' });
        $.OPTION2(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
      });
      $.OPTION3(() => {
        $.CONSUME(T.Available);
        $.OR(
          ($.alternatives.designationHours ??= [
            { ALT: () => $.CONSUME(T.TwentyFourSeven, { LABEL: 'hours' }) },
            { ALT: () => $.CONSUME3(T.Identifier, { LABEL: 'hours' }) },
          ]),
        );
      });
      $.OPTION4(() => {
        $.CONSUME(T.For);
        $.SUBRULE(rules.identifierList, { LABEL: 'for' });
      });
      $.OPTION5(() => {
        $.CONSUME(T.Notified);
        $.CONSUME(T.To);
        $.SUBRULE(rules.prose, { LABEL: 'notifiedTo' });
      });
    }),
  };
}
