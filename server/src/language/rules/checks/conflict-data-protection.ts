/**
 * Personal data leaving the EU (CF16, CF17): a transfer to a country without an adequacy
 * decision, or to an international organisation, needs an Art. 46 safeguard; and a non-binding
 * MoU cannot itself be the "legally binding and enforceable instrument" of Art. 46(2)(a).
 */
import type { Channel, Name } from '../../ast/nodes';
import { adequateJurisdictions, euMemberStates } from '../../ast/vocabulary';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';

function carriesPersonalData(channel: Channel): boolean {
  return channel.carries.some((c) => c.value === 'personal-data');
}

/**
 * A member to which a transfer from the EU is a Chapter V transfer needing safeguards; shared
 * with `missing-transfer-safeguards` (MC20) so both rules agree on who needs them.
 */
export function isNonAdequate(party: PartyFacts): boolean {
  const kind = party.effective.kind?.value;
  const jurisdiction = party.jurisdiction;
  // Union institutions and bodies (jurisdiction EU) are inside the Union's own data-protection regime.
  if (jurisdiction === 'EU') return false;
  if (kind === 'international-organisation') return true;
  if (!jurisdiction) return false;
  return !euMemberStates.has(jurisdiction) && !adequateJurisdictions.has(jurisdiction);
}

function declarationRange(model: SemanticModel, party: PartyFacts) {
  const declaration = party.local ?? party.record;
  return declaration?.id ? { uri: party.local ? model.uri : party.uri, range: declaration.id.range } : undefined;
}

export const transferWithoutSafeguards = defineRule({
  code: 'transfer-without-safeguards',
  catalogueId: 'CF16',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Add Art. 46 GDPR safeguards (`safeguards …`) before personal data goes to a country without an adequacy decision or to an international organisation.',
  rationale:
    'Chapter V of the GDPR allows a transfer of personal data to a third country or an international organisation only under an adequacy decision (Art. 45) or appropriate safeguards with enforceable data-subject rights and effective remedies (Art. 46). A channel carrying personal data from a GDPR-bound member to such a recipient with no safeguards makes the transfer unlawful. (Transfers between law-enforcement authorities fall under Directive 2016/680 instead.) Where safeguards are named but their content (data-subject rights, redress) is not stated, `missing-transfer-safeguards` (MC20) reports that instead.',
  source: 'GDPR Arts. 44–46',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" { jurisdiction EE }\nparticipant US "United States" { jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
    fix: 'participant EE "Estonia" { jurisdiction EE }\nparticipant US "United States" { jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "data-subject rights and redress as in Annex A"\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      if (!carriesPersonalData(channel) || channel.safeguards.length > 0 || channel.safeguardsText) continue;
      const members = channel.members.map((m) => ({ name: m, party: model.party(m.text) })).filter((m): m is { name: Name; party: PartyFacts } => !!m.party);
      const exporter = members.find((m) => m.party.regimes.has('GDPR'));
      if (!exporter) continue;
      const exporterRange = declarationRange(model, exporter.party);
      for (const { name, party } of members) {
        if (party === exporter.party || !isNonAdequate(party)) continue;
        const why = party.effective.kind?.value === 'international-organisation' ? 'an international organisation' : `in ${party.jurisdiction}, which has no EU adequacy decision`;
        report({
          range: name.range,
          message: `${name.text} is ${why}: personal data from ${exporter.name.text} (bound by the GDPR) may go there only under Art. 46 safeguards. Add \`safeguards …\`.`,
          related: exporterRange ? [{ ...exporterRange, message: `${exporter.name.text} is bound by the GDPR.` }] : [],
        });
      }
    }
  },
});

/** Safeguard names that claim the Art. 46(2)(a) "legally binding and enforceable instrument". */
const bindingInstrument = /legally[-_]?binding|binding[-_]?instrument|46[-_(]*2[-_)(]*a\b|international[-_]agreement|treaty/i;

export const mouAsBindingInstrument = defineRule({
  code: 'mou-as-binding-instrument',
  catalogueId: 'CF17',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'A non-binding MoU cannot be the Art. 46(2)(a) instrument: use an administrative arrangement under Art. 46(3)(b), authorised by the supervisory authority.',
  rationale:
    'Art. 46(2)(a) GDPR requires a legally binding and enforceable instrument between public authorities; a non-binding MoU is not one. Non-binding administrative arrangements fit only Art. 46(3)(b), and then only with the authorisation of the competent supervisory authority (EDPB Guidelines 2/2020 ¶60, 65–66).',
  source: 'GDPR Art. 46(2)(a), 46(3)(b); EDPB Guidelines 2/2020 ¶60, 65–66',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nparticipant US "United States"\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nparticipant US "United States"\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement\n}\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'mou') return;
    for (const channel of model.ast.channels) {
      for (const safeguard of channel.safeguards) {
        if (!bindingInstrument.test(safeguard.text)) continue;
        report({
          range: safeguard.range,
          message: `'${safeguard.text}' relies on Art. 46(2)(a), which needs a legally binding instrument; this MoU is non-binding. Use an administrative arrangement under Art. 46(3)(b) with the supervisory authority's authorisation.`,
          fixes: [{ title: "Replace with 'administrative-arrangement' (Art. 46(3)(b))", edits: [{ range: safeguard.range, newText: 'administrative-arrangement' }], preferred: true }],
        });
      }
    }
  },
});

export const dataProtectionRules = [transferWithoutSafeguards, mouAsBindingInstrument];
