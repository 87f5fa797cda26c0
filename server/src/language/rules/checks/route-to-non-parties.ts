/**
 * A `via <channel>` on a protocol step whose recipients are not all parties (lf4; lg31, item 3).
 * A channel is a route among parties: its members are bound by its handling, purpose and onward
 * terms (VCLT Art. 34), which a State that is not a party, or an organisation, cannot be. So the
 * export never prints such a step as going "through the channel …" (constructs/incident-protocol.ts,
 * amongParties), and a `via` there was dropped without a word. This says why. A route to
 * non-parties that the text does name is an organisation that relays ("directly or through the
 * International Atomic Energy Agency", Early Notification 1986 Art. 2(a)): `through IAEA`, which
 * the export prints as written. No quick fix: whether the text names a route, and which, is the
 * transcriber's reading of the text.
 */
import type { Notification } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { defineDeclarationRule, type Rule } from '../rule';

/** The step's recipients that are not parties: described in the text's words, or declared non-parties. */
function nonPartyRecipients(model: SemanticModel, n: Notification): string[] {
  const organisations = n.recipients.filter((id) => model.resolve('non-party', id.text) !== undefined).map((id) => id.text);
  return [...(n.describedRecipients.length > 0 ? ['recipients described in the text’s words'] : []), ...organisations];
}

export const routeToNonParties = defineDeclarationRule({
  code: 'route-to-non-parties',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A channel is a route among the parties: a step that notifies non-parties is not printed as going through it. Remove `via …`, or write the organisation the text routes it through (`through IAEA`).',
  rationale:
    'A channel binds its members by its handling, purpose and onward-sharing terms, which a State that is not a party, or an organisation, cannot be bound by (VCLT Art. 34: "A treaty does not create either obligations or rights for a third State without its consent"); so the export never prints a step whose recipients include a declared non-party or States described in the text’s words as going "through the channel …", and a `via` written there would be lost from the exported text without a word. Real incident treaties name no channel for such a step ("then, without delay, inform all States whose interests are affected", OPRC 1990 Art. 5(1)(c): no route); where they name a route, it is an organisation that relays ("forthwith notify, directly or through the International Atomic Energy Agency …, those States which are or may be physically affected", Early Notification 1986 Art. 2(a)), which `directly or through IAEA` states and the export prints. A warning: the step is still read by every check, and only the route is not printed.',
  source: 'VCLT Art. 34 (read: Dutch treaty series BWBV0003441); Convention on Early Notification of a Nuclear Accident 1986, Art. 2 (read: BWBV0002139); OPRC 1990, Art. 5(1) (read: BWBV0002364); Entente language reference (incident protocols)',
  sourceStatus: 'verified',
  example: {
    trigger: 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Alerts between EE, FI\nprotocol Spill {\n  notify "all States whose interests are affected" by EE without-delay via Alerts\n}\n',
    fix: 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Alerts between EE, FI\nprotocol Spill {\n  notify "all States whose interests are affected" by EE without-delay\n}\n',
  },
  perDeclaration: {
    check({ model, report }, protocol) {
      if (protocol.type !== 'IncidentProtocol') return;
      for (const n of protocol.notifications) {
        const via = n.deadline?.via;
        if (!via) continue;
        const outside = nonPartyRecipients(model, n);
        if (outside.length === 0) continue;
        report({
          range: via.range,
          message: `Channel ${via.text} is a route among the parties, and this step notifies ${outside.join(' and ')}: the export does not print it as going through ${via.text}. Remove \`via ${via.text}\`; where the text routes the notification through an organisation, write it (\`directly or through <non-party>\`, \`through <non-party>\`).`,
        });
      }
    }
  },
});

export const routeRules: Rule[] = [routeToNonParties];
