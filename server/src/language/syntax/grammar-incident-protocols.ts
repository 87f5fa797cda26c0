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
            // `notify FI, EE within 24 hours via ThreatIntel`
            ALT: () => {
              $.CONSUME(T.Notify);
              $.OPTION(() => $.SUBRULE(rules.identifierList, { LABEL: 'recipients' }));
              // `notify FI by EE within …`: who notifies (else the party that becomes aware).
              $.OPTION2(() => {
                $.CONSUME(T.By);
                $.SUBRULE2(rules.identifierList, { LABEL: 'notifiers' });
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

    triggerCondition: $.RULE('triggerCondition', () => {
      $.CONSUME(T.Identifier, { LABEL: 'attribute' });
      $.SUBRULE(rules.wordOrString, { LABEL: 'value' });
    }),
  };
}
