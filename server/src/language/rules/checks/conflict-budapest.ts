/**
 * Budapest Convention cooperation (CF18, CF19 and the checks around them). The Convention is a
 * criminal-justice treaty between States Parties (research/sources/budapest-ets185.md): Art. 35
 * obliges each State Party — once — to designate a point of contact available 24/7 for criminal
 * investigations and proceedings; it binds no company, CERT or international organisation, and an
 * arrangement between agencies cannot designate the Art. 35 point (it may refer to the one its
 * State designated). Whether a party's State is a Party is data (data/budapest-parties.ts).
 */
import { declarationsBesides } from '../support/rule-inputs';
import type { Assistance, Channel, Contact, Name } from '../../ast/nodes';
import { budapestListAsOf, describeParty, type BudapestRow } from '../../data/budapest-parties';
import { isUnionBody } from '../../data/european-union';
import { budapestStateRow, isBudapestStateParty } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { criminalCooperation, csirtInformation } from '../support/channel-kinds';
import { defineDeclarationRule, defineRule, type RelatedInformation } from '../rule';

/**
 * A basis word that invokes the article (`budapest-35`, `bc35`, `budapest-art-35`…). One pattern
 * per article, made once: one built per call was compiled again after every two full garbage
 * collections, on every keystroke (issue #11).
 */
const basisWords = {
  '29': /^(?:budapest|bc)[-_]?(?:art[-_]?)?29$/i,
  '35': /^(?:budapest|bc)[-_]?(?:art[-_]?)?35$/i,
} as const;

function basis(assistance: Assistance, article: '29' | '35'): Name | undefined {
  const words = basisWords[article];
  return assistance.basis.find((b) => words.test(b.text));
}

/** The first basis word that invokes Art. 35, however many assistance blocks do. */
export function article35Basis(model: SemanticModel): Name | undefined {
  return model.ast.assistance.map((a) => basis(a, '35')).find((b) => b !== undefined);
}

/** The first basis word that invokes the Convention at all (`budapest-27`, `budapest-35`, `bc-29`…). */
function budapestBasis(model: SemanticModel): Name | undefined {
  return model.ast.assistance.flatMap((a) => a.basis).find((b) => /^(?:budapest|bc)(?:[-_]|$)/i.test(b.text));
}

/**
 * The contacts declared in this document as `available office-hours` for a party that has no
 * 24/7 contact: what CF18 reports once Art. 35 is invoked. `missing-24-7-contact` (MC13) skips
 * exactly these parties, so the two rules never report the same party twice. An inherited
 * party's contacts live in another file and cannot be pointed at here; MC13 reports those.
 */
export function officeHoursOnlyContacts(party: PartyFacts): readonly Contact[] {
  if (party.contacts.some((c) => c.availability?.value === '24/7')) return [];
  return party.local?.contacts.filter((c) => c.availability?.value === 'office-hours') ?? [];
}

/** What a State Party's Art. 35 duty is, and what this instrument can do about it. */
export function article35Duty(model: SemanticModel, party: PartyFacts, row: BudapestRow): string {
  const duty = `${party.id} is ${describeParty(row)}: Art. 35(1) obliges it to designate one point of contact available 24 hours a day, seven days a week, for criminal investigations and proceedings`;
  const action =
    model.legalNature === 'mou'
      ? `refer to the point ${party.id} has designated under Art. 35 (an arrangement between agencies cannot designate it), or name it as a contact available 24/7`
      : `name that point here (\`contact … available 24/7\`) or refer to the point ${party.id} has designated`;
  return `${duty}; ${action}`;
}

export const budapest35Without247 = defineRule({
  code: 'budapest-35-without-24-7',
  catalogueId: 'CF18',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Art. 35 cooperation is invoked, but this State Party is reachable here only in office hours: name or refer to its 24/7 point of contact.',
  rationale:
    'Budapest Convention Art. 35(1): "Each Party shall designate a point of contact available on a twenty-four hour, seven-day-a-week basis" for immediate assistance in investigations and proceedings concerning criminal offences. The duty is the State Party’s, once, for criminal matters: it does not bind a company, a CERT or an international organisation, and applies only to States on the list of Parties Entente holds (data with its date). Where the instrument invokes Art. 35 and a State Party (or the ministry or agency acting for it) is reachable here only in office hours, the instrument names no 24/7 point for it. That is a warning, not an error: the office-hours contact may serve other purposes while the State’s designated point is notified to the Council of Europe; then refer to that point. (A State Party with no 24/7 contact and no office-hours one: `missing-24-7-contact`, MC13.)',
  source: 'Budapest Convention Art. 35(1)–(2) (read: Dutch treaty series BWBV0001839); Council of Europe list of Parties to ETS 185 (read: stored copy from after 20 June 2024, States A–K; chart of 3 December 2015)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" { status binding }\nparty EE "Republic of Estonia" {\n  kind state\n  jurisdiction EE\n  contact Desk "Police and Border Guard Board" available office-hours\n}\nassistance {\n  basis budapest-35\n}\n',
    fix: 'treaty "Agreement" { status binding }\nparty EE "Republic of Estonia" {\n  kind state\n  jurisdiction EE\n  contact Desk "Police and Border Guard Board" available 24/7\n}\nassistance {\n  basis budapest-35\n}\n',
  },
  // Decided by the assistance declarations' bases and the signatories' contacts: no clause (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause')],
  check({ model, report }) {
    const article35 = article35Basis(model);
    if (!article35) return;
    for (const party of model.signatories) {
      const row = isBudapestStateParty(party);
      if (!row) continue;
      // One finding per party: one 24/7 contact is all Art. 35 asks, so a party with several
      // office-hours contacts (a duty desk and a central authority) has one problem, not two.
      const [contact, ...others] = officeHoursOnlyContacts(party);
      if (!contact) continue;
      report({
        range: contact.availability!.range,
        message: `${party.id} is reachable here only in office hours, but the instrument invokes Art. 35. ${article35Duty(model, party, row)}.`,
        related: [
          { uri: model.uri, range: article35.range, message: 'Art. 35 cooperation is invoked here.' },
          ...others.map((o) => ({ uri: model.uri, range: o.availability!.range, message: `${party.id}.${o.id?.text ?? 'contact'} is also available only in office hours.` })),
        ],
      });
    }
  },
});

export const preservationUnder60Days = defineDeclarationRule({
  code: 'preservation-under-60-days',
  catalogueId: 'CF19',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Preserve data for at least 60 days where Art. 29 of the Budapest Convention is invoked.',
  rationale:
    'Art. 29(7) of the Budapest Convention: preservation in response to a request lasts not less than 60 days, so that the requesting party can submit its request for search, seizure or disclosure. A shorter period lets the data go before the request arrives. (Checked against the text of Art. 29(7).)',
  source: 'Budapest Convention Art. 29(7) (read: Dutch treaty series BWBV0001839)',
  sourceStatus: 'verified',
  example: {
    trigger: 'assistance {\n  basis budapest-29\n  preservation for 30 days\n}\n',
    fix: 'assistance {\n  basis budapest-29\n  preservation for 60 days\n}\n',
  },
  perDeclaration: {
    check({ model, report }, assistance) {
      if (assistance.type !== 'Assistance') return;
      const article29 = basis(assistance, '29');
      const period = assistance.preservation;
      if (!article29 || period?.days === undefined || period.days >= 60) return;
      report({
        range: period.range,
        message: `Preservation for ${period.amount} ${period.unit.text} is shorter than the 60 days Art. 29(7) requires.`,
        related: [{ uri: model.uri, range: article29.range, message: 'Art. 29 is invoked here.' }],
        fixes: [{ title: 'Preserve data for 60 days (the period the requested Party commits to)', edits: [{ range: period.range, newText: '60 days' }], effect: 'legal', preferred: true }],
      });
    },
  },
});

function partyRange(model: SemanticModel, party: PartyFacts, fallback: Name): { uri: string; range: Name['range'] } {
  return party.local?.id ? { uri: model.uri, range: party.local.id.range } : { uri: model.uri, range: fallback.range };
}

export const budapestStateNotParty = defineRule({
  code: 'budapest-state-not-party',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Budapest Convention cooperation is invoked for a participant whose State is not a Party to the Convention: base that cooperation on another instrument.',
  rationale: `The Convention on Cybercrime binds only States that have consented to it and for which it has entered into force (Arts. 36–37); its co-operation articles (mutual assistance, Arts. 25–34; the 24/7 network, Art. 35) operate between those States Parties. An international organisation or a Union body cannot be a Party (Arts. 36(1), 37(1) admit States only). Invoking \`budapest-…\` for a participant whose State is not a Party states a legal basis that does not exist between it and the others. Party status is data, with its source and date: ${budapestListAsOf}. States the list does not establish either way are left alone.`,
  source: 'Budapest Convention Arts. 36–37 (read: Dutch treaty series BWBV0001839); Council of Europe list of Parties to ETS 185 (read: stored copy from after 20 June 2024, States A–K; chart of 3 December 2015)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant IN "CERT-In" { kind national-cert jurisdiction IN }\nassistance { basis budapest-35 }\n',
    fix: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant IN "CERT-In" { kind national-cert jurisdiction IN }\nassistance { basis urgent-assistance }\n',
  },
  // Decided by the assistance declarations' bases and the signatories: no clause (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause')],
  check({ model, report }) {
    const invoked = budapestBasis(model);
    if (!invoked) return;
    const related: RelatedInformation[] = [{ uri: model.uri, range: invoked.range, message: `${invoked.text} is invoked here.` }];
    for (const party of model.signatories) {
      const where = partyRange(model, party, invoked);
      const notAState = party.effective.kind?.value === 'international-organisation' ? 'an international organisation' : isUnionBody(party.jurisdiction) ? 'a body of the European Union' : undefined;
      if (notAState) {
        report({
          ...where,
          message: `${party.id} is ${notAState}: only States can be Parties to the Convention on Cybercrime (Arts. 36–37), so ${invoked.text} does not apply to ${party.id}. Base its cooperation on another instrument.`,
          related,
        });
        continue;
      }
      const row = budapestStateRow(party);
      if (!row || row.status === 'party') continue;
      const status =
        row.status === 'signatory'
          ? `${row.state} signed the Convention on Cybercrime${row.signature ? ` on ${row.signature}` : ''} but is not on the Council of Europe list of Parties (stored copy from after June 2024, read in 2026), so it is not bound by it`
          : `${row.state} is not a Party to the Convention on Cybercrime: it is not on the Council of Europe list of Parties (stored copy from after June 2024, read in 2026)`;
      report({
        ...where,
        message: `${party.id}: ${status}. ${invoked.text} does not apply between ${party.id} and the other participants: base that cooperation on another instrument, or invoke the Convention only between participants whose States are Parties.`,
        related,
      });
    }
  },
});

/** What makes a channel a CSIRT information-sharing channel, in words, or undefined. */
function csirtSignal(model: SemanticModel, channel: Channel): string | undefined {
  const cert = channel.members.find((m) => model.party(m.text)?.effective.kind?.value === 'national-cert');
  if (cert) return `${cert.text} is a national CERT`;
  // A TLP marking alone is no sign: police, judicial and State-to-State channels use TLP too
  // (who-is-bound review, item 14: ten police, State and company-to-police channels were called
  // CSIRT channels for their marking).
  const csirtData = channel.carries.find((c) => c.value !== undefined && csirtInformation.has(c.value));
  return csirtData ? `it carries ${csirtData.text}` : undefined;
}

export const evidenceOnCertChannel = defineDeclarationRule({
  code: 'evidence-on-cert-channel',
  family: 'conflict',
  defaultSeverity: 'info',
  message: 'Keep criminal evidence off CSIRT information-sharing channels: declare a separate channel between the authorities competent for mutual assistance.',
  rationale:
    'Evidence for criminal investigations and proceedings moves between the States’ competent authorities: by mutual assistance through central authorities (Budapest Convention Arts. 25, 27(2)(a)–(b)), or with the help of the 24/7 points of contact (Art. 35(1)), under the conditions the supplying State sets (Arts. 26(2), 28) and the safeguards of its law (Art. 15). CSIRT information sharing is another channel with other rules (NIS2 Art. 10(7): exchange with third-country CSIRTs under Union data-protection law, using protocols such as TLP). A channel that carries electronic evidence, traffic data or subscriber information and is also a CSIRT channel (a national CERT among its members, or CSIRT data such as indicators) mixes the two; a TLP marking alone does not make a channel a CSIRT one, since law-enforcement and State-to-State channels use TLP too (who-is-bound review, item 14), so that evidence may travel without the MLA conditions, and the CERT channel may be seen as a law-enforcement one (UN GGE 2015 norm (k) on the protection of CERTs, A/70/174 ¶13(k), not read by the team). Advice, not a legal error.',
  source: 'Budapest Convention Arts. 15, 25, 26(2), 27(2), 28, 35(1) (read: Dutch treaty series BWBV0001839); NIS2 Art. 10(7) (read: EUR-Lex consolidated text of 27.12.2022)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant FI "NCSC-FI" { kind national-cert jurisdiction FI }\nchannel Intel between EE, FI {\n  carries indicators, electronic-evidence\n}\n',
    fix: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant FI "NCSC-FI" { kind national-cert jurisdiction FI }\nchannel Intel between EE, FI {\n  carries indicators\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const evidence = channel.carries.find((c) => c.value !== undefined && criminalCooperation.has(c.value));
      if (!evidence) return;
      const signal = csirtSignal(model, channel);
      if (!signal) return;
      report({
        range: evidence.range,
        message: `${channel.id ? `Channel ${channel.id.text}` : 'This channel'} carries ${evidence.text} and is a CSIRT information-sharing channel (${signal}). Evidence for criminal proceedings moves between the States' competent authorities by mutual assistance (Budapest Convention Arts. 25, 27) or with the 24/7 points (Art. 35), under the supplying State's conditions (Arts. 26(2), 28): keep it on a channel of its own between the authorities competent for mutual assistance.`,
      });
    },
  },
});

export const budapestRules = [budapest35Without247, preservationUnder60Days, budapestStateNotParty, evidenceOnCertChannel];
