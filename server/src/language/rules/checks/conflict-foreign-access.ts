/**
 * Direct access by a third country's authority to a GDPR controller's data under an instrument
 * that is no international agreement (GDPR Art. 48). Where the GDPR applies is decided by
 * `exporterRegime`, as for the transfer rules (CF16): a company in a Member State or in an EEA
 * EFTA State (Iceland, Liechtenstein, Norway apply the GDPR through the EEA Agreement), unless it
 * declares otherwise; an authority of an EEA State is no authority of a third country
 * (sixteenth red-team run: Norway's Kripos was called one, and a Norwegian company was missed).
 */
import type { Name } from '../../ast/nodes';
import { exporterRegime } from '../../model/applicability';
import { isInEea } from '../../data/european-union';
import { realmTerritory } from '../../data/realms';
import { isUnionBodyParty } from '../../model/union-body-party';
import type { PartyFacts } from '../../model/semantic-model';
import { criminalCooperation, sendsOn } from '../support/channel-kinds';
import { defineRule } from '../rule';

/** Public authorities of a third country: whoever may ask an EU controller for data. */
const publicKinds: ReadonlySet<string> = new Set(['state', 'government-agency', 'national-cert']);

/** A company whose processing the GDPR governs (the transfer rules' own test). */
const gdprCompany = (party: PartyFacts) => party.effective.kind?.value === 'company' && exporterRegime(party)?.regime === 'GDPR';

/** An authority outside the EU/EEA and not of the Union itself. */
const thirdCountryAuthority = (party: PartyFacts) =>
  publicKinds.has(party.effective.kind?.value ?? '') && party.jurisdiction !== undefined && !isInEea(party.jurisdiction) && !isUnionBodyParty(party);

/** "an authority of a third country", or, in a Member State's territory outside the Union (Aruba), said so (twenty-fifth run). */
function authorityWords(party: PartyFacts): string {
  const territory = realmTerritory(party.jurisdiction);
  return territory ? `an authority in ${territory.name}, outside the Union (${territory.statusWords})` : 'an authority of a third country';
}

export const foreignAccessWithoutAgreement = defineRule({
  code: 'foreign-access-without-agreement',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A third-country authority obtains data from a company in the EU/EEA under an instrument that is not an international agreement: base the disclosure on an MLA treaty or another Chapter V ground (GDPR Art. 48).',
  rationale:
    '"Any judgment of a court or tribunal and any decision of an administrative authority of a third country requiring a controller or processor to transfer or disclose personal data may only be recognised or enforceable in any manner if based on an international agreement, such as a mutual legal assistance treaty, in force between the requesting third country and the Union or a Member State, without prejudice to other grounds for transfer pursuant to this Chapter" (GDPR Art. 48). A channel on which a company under the GDPR — in a Member State, or in Iceland, Liechtenstein or Norway, which apply the GDPR through the EEA Agreement — gives subscriber information, traffic data or electronic evidence to the authority of a third country (outside the EU/EEA; an EEA State\'s authority is not one) is such direct access; under a binding treaty between that country and the State the treaty is the agreement Art. 48 asks for, but under an MoU or an instrument of undeclared status there is none, and the company\'s disclosure needs another ground of Chapter V (GDPR Arts. 45–49). The check does not decide whether such a ground exists. The EEA incorporation of the GDPR (EEA Joint Committee Decision No 154/2018) was not read: it is taken as the transfer rules take it. A company in French Guiana, Réunion or another part of a Member State inside the Union (TFEU Art. 355(1), (4)) is under the GDPR like one in metropolitan France, and an authority there is no authority of a third country; one in an overseas country or territory (Annex II) is; a party named as a Union body is not one either, whatever its code. On a channel whose `from` names the senders, only a company among them discloses.',
  source: 'GDPR Art. 48, Chapter V (read: Publications Office Formex, OJ L 119/2016); EEA Joint Committee Decision No 154/2018 (not read: the EEA line is the transfer rules\')',
  sourceStatus: 'verified',
  example: {
    trigger:
      'memorandum "MoU" { status non-binding }\nparticipant Host "Hosting provider" { kind company jurisdiction DE }\nparticipant FBI "Federal Bureau of Investigation" { kind government-agency jurisdiction US }\nchannel Requests between Host, FBI { carries subscriber-information }\n',
    fix:
      'treaty "Agreement" { status binding }\nparty DE "Germany" { kind state jurisdiction DE }\nparty US "United States" { kind state jurisdiction US }\nchannel Requests between DE, US { carries subscriber-information }\n',
  },
  check({ model, report }) {
    if (model.legalNature === 'treaty') return;
    for (const channel of model.ast.channels) {
      const requested = channel.carries.find((c) => c.value !== undefined && criminalCooperation.has(c.value));
      if (!requested) continue;
      const members = channel.members.map((m) => ({ name: m, party: model.party(m.text) })).filter((m): m is { name: Name; party: PartyFacts } => m.party !== undefined);
      // The company must be one that sends: on a channel `from FBI`, it only receives.
      const controller = members.find((m) => gdprCompany(m.party) && sendsOn(channel, m.name.text));
      const authority = members.find((m) => thirdCountryAuthority(m.party));
      if (!controller || !authority) continue;
      report({
        range: authority.name.range,
        message: `${authority.name.text}, ${authorityWords(authority.party)}, obtains ${requested.text} from ${controller.name.text}, a company in ${controller.party.jurisdiction} under the GDPR, under an instrument that is not an international agreement: a third country's judgment or decision requiring the disclosure is recognised or enforceable only if based on an international agreement such as an MLA treaty (GDPR Art. 48), and otherwise ${controller.name.text} may disclose only on another ground of Chapter V; name the treaty, or the Chapter V ground on which ${controller.name.text} discloses.`,
        related: [{ uri: model.uri, range: requested.range, message: `${requested.text} is carried here` }],
      });
    }
  },
});

export const foreignAccessRules = [foreignAccessWithoutAgreement];
