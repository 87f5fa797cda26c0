/** Incident protocols: what triggers one, who notifies whom and by when, reports and escalation. */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function incidentProtocolRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `protocol MajorIncident { when severity high … }` */
    incidentProtocol: $.RULE('incidentProtocol', () => {
      $.CONSUME(T.Protocol);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.block(($.alternatives.protocolBlock ??= [{ ALT: () => $.SUBRULE(rules.protocolItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInProtocol, { LABEL: 'misplaced' }) }]));
    }),

    protocolItem: $.RULE('protocolItem', () => {
      $.OR(
        ($.alternatives.protocolItem ??= [
          {
            // `when severity high, category "ransomware"`
            ALT: () => {
              $.CONSUME(T.When);
              $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.SUBRULE(rules.triggerCondition, { LABEL: 'conditions' }) });
            },
          },
          {
            // `notify FI, EE within 24 hours via ThreatIntel`; `notify "those States which are or
            // may be physically affected", IAEA by "the State Party referred to in article 1"
            // directly or through IAEA forthwith`: recipients that are not parties are an
            // organisation declared as such, or described in the text's words.
            ALT: () => {
              // `inform …`: the same step, in the verb of a text that says "inform" (OPRC 1990 Art. 5(1)(c)).
              $.OR2([{ ALT: () => $.CONSUME(T.Notify) }, { ALT: () => $.CONSUME(T.Inform) }]);
              $.OPTION(() => $.SUBRULE(rules.addresseeList, { LABEL: 'recipients' }));
              // `notify FI by EE within …`: who notifies (else the party that becomes aware).
              $.OPTION2(() => {
                $.CONSUME(T.By);
                $.SUBRULE2(rules.addresseeList, { LABEL: 'notifiers' });
              });
              // `directly or through IAEA` (the notifier may use the organisation) or `through IAEA` (it must).
              $.OPTION3(() => {
                $.OPTION4(() => {
                  $.CONSUME(T.Directly);
                  $.CONSUME(T.Or);
                });
                $.CONSUME(T.Through);
                $.CONSUME3(T.Identifier, { LABEL: 'relay' });
              });
              $.SUBRULE(rules.deadline);
            },
          },
          {
            // `report final within 1 month`
            ALT: () => {
              $.CONSUME(T.Report);
              $.CONSUME(T.Identifier, { LABEL: 'stage' });
              $.SUBRULE2(rules.deadline);
            },
          },
          {
            // `escalate to SteeringCommittee within 48 hours`
            ALT: () => {
              $.CONSUME(T.Escalate);
              $.CONSUME(T.To);
              $.CONSUME2(T.Identifier, { LABEL: 'escalateTo' });
              $.SUBRULE3(rules.deadline);
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Content);
              $.SUBRULE(rules.prose, { LABEL: 'content' });
            },
          },
          {
            // `threshold "an incident that causes severe operational disruption …"`: what the trigger's severity means
            ALT: () => {
              $.CONSUME(T.Threshold);
              $.SUBRULE2(rules.prose, { LABEL: 'threshold' });
            },
          },
          { ALT: () => $.SUBRULE(rules.contactsItem) },
        ]),
      );
    }),

    /** Parties or organisations by id, or others described in the text's words: `IAEA, "those States which are or may be physically affected"`. */
    addresseeList: $.RULE('addresseeList', () => {
      $.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () =>
          $.OR(
            ($.alternatives.addresseeList ??= [
              { ALT: () => $.CONSUME(T.Identifier, { LABEL: 'ids' }) },
              { ALT: () => $.CONSUME(T.StringLiteral, { LABEL: 'descriptions' }) },
            ]),
          ),
      });
    }),

    triggerCondition: $.RULE('triggerCondition', () => {
      $.CONSUME(T.Identifier, { LABEL: 'attribute' });
      $.SUBRULE(rules.wordOrString, { LABEL: 'value' });
    }),
  };
}
