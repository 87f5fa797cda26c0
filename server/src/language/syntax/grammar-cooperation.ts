/** Working together: exercises, capacity building and technology transfer, governance bodies and when they meet. */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function cooperationRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `exercise CyberShield every 12 months led by EE with FI { scope "…" first 2027-09-15 contacts EE.Duty }` */
    exercise: $.RULE('exercise', () => {
      $.CONSUME(T.Exercise);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.SUBRULE(rules.cadence));
      $.OPTION2(() => {
        $.CONSUME(T.Led);
        $.CONSUME(T.By);
        $.CONSUME2(T.Identifier, { LABEL: 'lead' });
      });
      $.OPTION3(() => {
        $.CONSUME(T.With);
        $.SUBRULE(rules.identifierList, { LABEL: 'participants' });
      });
      $.OPTION4(() => $.block(($.alternatives.exerciseBlock ??= [{ ALT: () => $.SUBRULE(rules.exerciseItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInExercise, { LABEL: 'misplaced' }) }])));
    }),

    exerciseItem: $.RULE('exerciseItem', () => {
      $.OR(
        ($.alternatives.exerciseItem ??= [
          {
            ALT: () => {
              $.CONSUME(T.Scope);
              $.SUBRULE(rules.prose, { LABEL: 'scope' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.First);
              $.CONSUME(T.DateLiteral, { LABEL: 'first' });
            },
          },
          { ALT: () => $.SUBRULE(rules.contactsItem) },
        ]),
      );
    }),

    /** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
    cooperation: $.RULE('cooperation', () => {
      $.OR(($.alternatives.cooperationKind ??= [{ ALT: () => $.CONSUME(T.CapacityBuilding) }, { ALT: () => $.CONSUME(T.TechnologyTransfer) }]));
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => {
        $.OR2(($.alternatives.providersWord ??= [{ ALT: () => $.CONSUME(T.By) }, { ALT: () => $.CONSUME(T.From) }]));
        $.SUBRULE(rules.identifierList, { LABEL: 'providers' });
      });
      $.OPTION2(() => {
        $.OR3(($.alternatives.beneficiariesWord ??= [{ ALT: () => $.CONSUME(T.For) }, { ALT: () => $.CONSUME(T.To) }]));
        $.SUBRULE2(rules.identifierList, { LABEL: 'beneficiaries' });
      });
      $.OPTION3(() =>
        $.block(($.alternatives.cooperationBlock ??= [{ ALT: () => $.SUBRULE(rules.cooperationItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInCooperation, { LABEL: 'misplaced' }) }])),
      );
    }),

    cooperationItem: $.RULE('cooperationItem', () => {
      $.OR(
        ($.alternatives.cooperationItem ??= [
          {
            ALT: () => {
              $.CONSUME(T.Activities);
              $.SUBRULE(rules.identifierList, { LABEL: 'activities' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Description);
              $.SUBRULE(rules.prose, { LABEL: 'description' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Intellectual);
              $.CONSUME(T.Property);
              $.SUBRULE(rules.wordOrString, { LABEL: 'intellectualProperty' });
            },
          },
        ]),
      );
    }),

    /**
     * `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months`: a
     * body's statements follow its name without braces.
     */
    governanceBody: $.RULE('governanceBody', () => {
      $.CONSUME(T.Body);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.OPTION(() => $.CONSUME(T.StringLiteral, { LABEL: 'name' }));
      $.MANY(() => $.SUBRULE(rules.bodyItem));
    }),

    bodyItem: $.RULE('bodyItem', () => {
      $.OR(
        ($.alternatives.bodyItem ??= [
          {
            ALT: () => {
              $.CONSUME(T.Members);
              $.SUBRULE(rules.identifierList, { LABEL: 'members' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Meets);
              $.SUBRULE(rules.meeting, { LABEL: 'meets' });
              $.MANY(() => {
                $.CONSUME(T.Comma);
                $.SUBRULE2(rules.meeting, { LABEL: 'meets' });
              });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Chair);
              $.CONSUME(T.Identifier, { LABEL: 'chair' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Mandate);
              $.SUBRULE(rules.prose, { LABEL: 'mandate' });
            },
          },
        ]),
      );
    }),

    /**
     * When a body meets: a cadence (`every 6 months`), a minimum (`at least annually`), the cadence
     * the text gives "in principle" (`in principle annually`) or a word (`as-agreed`, `on-request`, `periodically`).
     */
    meeting: $.RULE('meeting', () => {
      $.OR(
        ($.alternatives.meeting ??= [
          {
            ALT: () => {
              $.SUBRULE(rules.atLeast);
              $.SUBRULE(rules.cadence, { LABEL: 'minimum' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.In);
              $.CONSUME(T.Principle);
              $.SUBRULE3(rules.cadence, { LABEL: 'inPrinciple' });
            },
          },
          { ALT: () => $.SUBRULE2(rules.cadence, { LABEL: 'cadence' }) },
          { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'term' }) },
        ]),
      );
    }),
  };
}
