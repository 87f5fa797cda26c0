/**
 * Channels: what their members exchange (and which of them send it), with its marking, handling,
 * classification, onward sharing, hedges, deadlines, purpose, safeguards and recipients.
 */
import type { Grammar } from './grammar-dsl';
import * as T from './tokens';

export function channelRules($: Grammar) {
  const rules = $.rules;
  return {
    /** `channel ThreatIntel between EE, FI { … }` */
    channel: $.RULE('channel', () => {
      $.CONSUME(T.Channel);
      $.CONSUME(T.Identifier, { LABEL: 'id' });
      $.CONSUME(T.Between);
      $.SUBRULE(rules.identifierList, { LABEL: 'members' });
      $.OPTION(() => $.block(($.alternatives.channelBlock ??= [{ ALT: () => $.SUBRULE(rules.channelItem) }, { ALT: () => $.SUBRULE(rules.stray) }, { ALT: () => $.SUBRULE(rules.misplacedInChannel, { LABEL: 'misplaced' }) }])));
    }),

    channelItem: $.RULE('channelItem', () => {
      $.OR(
        ($.alternatives.channelItem ??= [
          {
            // `from OPCW`: only these members send what the channel carries. Not to be confused
            // with `classification from CONFIDENTIAL`, where `from` follows `classification`.
            // The list is written out, not `identifierList`: a `from` with no name then loses
            // nothing after it (the missing name is inserted in recovery).
            ALT: () => {
              $.CONSUME2(T.From);
              $.CONSUME6(T.Identifier, { LABEL: 'senders' });
              $.MANY(() => {
                $.CONSUME3(T.Comma);
                $.CONSUME7(T.Identifier, { LABEL: 'senders' });
              });
            },
          },
          {
            // `carries indicators, classified, "technical data packages"`
            ALT: () => {
              $.CONSUME(T.Carries);
              $.AT_LEAST_ONE_SEP2({
                SEP: T.Comma,
                DEF: () =>
                  $.OR2(
                    ($.alternatives.carried ??= [
                      { ALT: () => $.CONSUME4(T.Identifier, { LABEL: 'carries' }) },
                      { ALT: () => $.CONSUME2(T.StringLiteral, { LABEL: 'carriesText' }) },
                    ]),
                  ),
              });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Marking);
              $.CONSUME(T.TlpLabel, { LABEL: 'tlp' });
            },
          },
          {
            // `handling legend "…"` · `handling releasable-to "NLD, USA"` · `handling originator-controlled`
            ALT: () => {
              $.CONSUME(T.Handling);
              $.CONSUME5(T.Identifier, { LABEL: 'caveat' });
              $.OPTION5(() => $.SUBRULE3(rules.prose, { LABEL: 'caveatText' }));
            },
          },
          {
            // `classification SECRET under GSA` · `classification from CONFIDENTIAL` · `classification any`
            ALT: () => {
              $.CONSUME(T.Classification);
              $.OPTION6(() => $.CONSUME(T.From));
              $.CONSUME(T.Identifier, { LABEL: 'level' });
              $.OPTION(() => {
                $.CONSUME(T.Under);
                $.CONSUME2(T.Identifier, { LABEL: 'agreement' });
              });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Onward);
              $.CONSUME(T.Sharing);
              $.CONSUME3(T.Identifier, { LABEL: 'onward' });
              $.OPTION2(() => {
                // `to NCSC, "other Government authorities of the Contracting Parties"`: the only
                // recipients the consent opens, declared parties or the text's own words.
                $.CONSUME(T.To);
                $.SUBRULE2(rules.recipientList, { LABEL: 'onwardTo' });
              });
              $.OPTION4(() => {
                $.CONSUME(T.Except);
                $.SUBRULE(rules.recipientList, { LABEL: 'onwardExcept' });
              });
            },
          },
          {
            // `exchange when-practical, subject-to-national-law "consistent with existing arrangements"`
            ALT: () => {
              $.CONSUME(T.Exchange);
              $.OR4(
                ($.alternatives.exchangeHedge ??= [
                  {
                    ALT: () => {
                      $.SUBRULE4(rules.identifierList, { LABEL: 'hedges' });
                      $.OPTION7(() => $.SUBRULE4(rules.prose, { LABEL: 'hedgeText' }));
                    },
                  },
                  { ALT: () => $.SUBRULE5(rules.prose, { LABEL: 'hedgeText' }) },
                ]),
              );
            },
          },
          {
            // `modality may`: a duty, an endeavour, a permission, or only the text's words.
            ALT: () => {
              $.CONSUME(T.Modality);
              $.CONSUME8(T.Identifier, { LABEL: 'modality' });
            },
          },
          {
            // `deadline "answer a visit request" within 3 working-days of request`
            ALT: () => {
              $.CONSUME(T.Deadline);
              $.SUBRULE6(rules.prose, { LABEL: 'duty' });
              $.SUBRULE(rules.deadline, { LABEL: 'timeLimit' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Purpose);
              $.SUBRULE(rules.prose, { LABEL: 'purpose' });
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Safeguards);
              $.SUBRULE3(rules.identifierList, { LABEL: 'safeguards' });
              $.OPTION3(() => $.SUBRULE2(rules.prose, { LABEL: 'safeguardsText' }));
            },
          },
          {
            ALT: () => {
              $.CONSUME(T.Recipients);
              $.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => $.CONSUME(T.StringLiteral, { LABEL: 'recipients' }) });
            },
          },
          { ALT: () => $.SUBRULE(rules.contactsItem) },
          { ALT: () => $.SUBRULE(rules.breachProcedure) },
        ]),
      );
    }),
  };
}
