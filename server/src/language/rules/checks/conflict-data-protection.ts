/**
 * Personal data leaving the Union (CF16, CF17): which regime's transfer rules apply to the
 * member that sends it (GDPR, Law Enforcement Directive, Regulation 2018/1725, or none outside
 * Union law), whether the recipient is covered by an adequacy decision *with its scope*, and
 * whether the channel states any basis at all. A missing basis is "no Chapter V basis is stated",
 * never "the transfer is unlawful": the derogations (GDPR Art. 49, LED Art. 38) may apply.
 * Where the language cannot tell the sender's regime or the recipient's coverage, the finding is
 * conditional and a warning (`possible-transfer-without-safeguards`).
 */
import type { Channel, Name } from '../../ast/nodes';
import { adequacyListAsOf } from '../../data/adequacy';
import { actsForState, exporterRegime, transferNeed, transferRules, type ExporterRegime, type TransferNeed, type TransferRegime } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { criminalCooperation } from '../support/channel-kinds';
import { implementedTreaty, type ImplementedTreaty } from '../support/implementing-arrangement';
import { natureOfStatus } from '../../model/legal-nature';
import { defineRule, type RelatedInformation } from '../rule';

export interface ChapterVTransfer {
  readonly exporter: { readonly name: Name; readonly party: PartyFacts; readonly regime: ExporterRegime };
  readonly recipient: { readonly name: Name; readonly party: PartyFacts; readonly need: TransferNeed };
  /**
   * Why the instrument itself may be the basis (a treaty between public bodies, GDPR Art.
   * 46(2)(a); one concluded before the GDPR or the Directive, GDPR Art. 96, LED Art. 61), in words
   * for the message; then "no basis is stated" is not certain.
   */
  readonly instrumentBasis: string | undefined;
  /** Certain exporter regime, a recipient certainly outside every adequacy decision, and no possible basis in the instrument itself. */
  readonly definite: boolean;
}

/** Public authorities or bodies (GDPR Art. 46(2)(a); international organisations, EDPB Guidelines 2/2020 ¶60). */
const publicBodyKinds: ReadonlySet<string> = new Set(['state', 'government-agency', 'national-cert', 'international-organisation']);
const isPublicBody = (party: PartyFacts) => publicBodyKinds.has(party.effective.kind?.value ?? '');

/** GDPR Art. 96 and LED Art. 61: agreements concluded by Member States before these dates stay in force. */
const grandfatheredBefore: Readonly<Partial<Record<TransferRegime, { time: number; date: string; article: string }>>> = {
  GDPR: { time: Date.UTC(2016, 4, 24), date: '24 May 2016', article: 'GDPR Art. 96' },
  LED: { time: Date.UTC(2016, 4, 6), date: '6 May 2016', article: 'Art. 61 of the Law Enforcement Directive' },
};

/**
 * That a treaty a Member State concluded before the GDPR or the Directive applied stays in force
 * if it complied with Union law as it then stood (GDPR Art. 96, LED Art. 61), in words for a
 * message; undefined for an MoU, a later treaty, or a sender that does not act for a State.
 */
export function keptInForce(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime): string | undefined {
  const instrument = model.ast.instrument;
  const concluded = instrument?.signature?.date?.time;
  const cutoff = grandfatheredBefore[regime];
  if (model.legalNature !== 'treaty' || !instrument || !cutoff || concluded === undefined || concluded >= cutoff.time || !actsForState(exporter)) return undefined;
  return `concluded by a Member State before ${cutoff.date}, this ${instrument.kind.text} remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date (${cutoff.article})`;
}

/**
 * How a binding treaty may itself carry the transfer: as the Art. 46(2)(a) instrument between
 * public bodies if it gives enforceable rights and effective remedies, or (under the Directive) as
 * the legally binding instrument that provides the safeguards; and, when a Member State concluded
 * it before the date, as an agreement that "shall remain in force until amended, replaced or
 * revoked" if it complied with Union law as applicable before that date. Undefined for an MoU or
 * an instrument of open status: only an international agreement can be either.
 */
function treatyAsBasis(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime, recipient: PartyFacts): string | undefined {
  const instrument = model.ast.instrument;
  const treaty = implementedBindingTreaty(model);
  if ((model.legalNature !== 'treaty' && !treaty) || !instrument) return undefined;
  const self = model.legalNature === 'treaty' ? `this ${instrument.kind.text}` : `the treaty this ${instrument.kind.text} implements (${treaty!.name})`;
  const parts: string[] = [];
  const kept = keptInForce(model, exporter, regime);
  if (kept) parts.push(kept);
  if (isPublicBody(exporter) && isPublicBody(recipient)) {
    if (regime === 'GDPR') parts.push(`${self} may itself be the "legally binding and enforceable instrument between public authorities or bodies" of GDPR Art. 46(2)(a) if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1))`);
    if (regime === 'LED') parts.push(`${self} may itself provide the appropriate safeguards of Chapter V of the Directive, as a legally binding instrument, if it states them`);
    // The Regulation was not read: a binding international agreement between public bodies is
    // taken as a possible basis, as under the GDPR and the Directive, so the finding is
    // conditional, never an error (eleventh real-instrument run: the EU–US PNR Agreement 2007,
    // "DHS is deemed to ensure an adequate level of protection", para. 6).
    if (regime === 'EUDPR') parts.push(`${self} may itself provide the basis for transfers by a Union body, as a legally binding instrument between public authorities or bodies, if it states the safeguards (Regulation (EU) 2018/1725, its transfer rules)`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The binding treaty an implementing arrangement is made under (`implements`, or "in
 * implementation of …" in its text), unless the file it names is itself no treaty: an
 * arrangement "on the technical and procedural details" that a treaty calls for (Netherlands–US
 * Agreement on serious crime 2010, Art. 7(2)) moves data under that treaty, which may be the
 * legally binding instrument (twelfth red-team probes).
 */
function implementedBindingTreaty(model: SemanticModel): ImplementedTreaty | undefined {
  const treaty = implementedTreaty(model);
  const linked = model.implementedFile?.model?.instrument;
  const declared = linked ? natureOfStatus(linked.status?.value) : undefined;
  const binding = !linked || declared === 'treaty' || (declared === 'by-kind' && linked.kind.value === 'treaty');
  return treaty && binding ? treaty : undefined;
}

/**
 * Each member that personal data on the channel would reach through a Chapter V transfer, with
 * the member sending it: the most definite pairing per recipient (a sender whose regime is
 * certain before one whose regime is not). Shared with `missing-transfer-safeguards` (MC20).
 */
export function chapterVTransfers(model: SemanticModel, channel: Channel): ChapterVTransfer[] {
  if (!channel.carries.some((c) => c.value === 'personal-data')) return [];
  const seen = new Set<string>();
  const members = channel.members
    .filter((m) => !seen.has(m.text) && seen.add(m.text))
    .map((name) => ({ name, party: model.party(name.text) }))
    .filter((m): m is { name: Name; party: PartyFacts } => m.party !== undefined);
  const evidence = channel.carries.some((c) => c.value !== undefined && criminalCooperation.has(c.value));
  const exporters = members
    .map((m) => ({ ...m, regime: exporterRegime(m.party, evidence) }))
    .filter((m): m is { name: Name; party: PartyFacts; regime: ExporterRegime } => m.regime !== undefined)
    .sort((a, b) => Number(b.regime.certain) - Number(a.regime.certain));
  const transfers: ChapterVTransfer[] = [];
  for (const recipient of members) {
    const candidates = exporters
      .filter((e) => e.party !== recipient.party)
      .map((exporter) => ({ exporter, need: transferNeed(recipient.party, exporter.regime.regime) }))
      .filter((c) => c.need.need !== 'none');
    const best = candidates.find((c) => c.exporter.regime.certain && c.need.need === 'needed') ?? candidates[0];
    if (!best) continue;
    const instrumentBasis = treatyAsBasis(model, best.exporter.party, best.exporter.regime.regime, recipient.party);
    transfers.push({
      exporter: best.exporter,
      recipient: { ...recipient, need: best.need },
      instrumentBasis,
      definite: best.exporter.regime.certain && best.need.need === 'needed' && instrumentBasis === undefined,
    });
  }
  return transfers;
}

function statesABasis(channel: Channel): boolean {
  return channel.safeguards.length > 0 || channel.safeguardsText !== undefined;
}

function declarationRange(model: SemanticModel, party: PartyFacts) {
  const declaration = party.local ?? party.record;
  return declaration?.id ? { uri: party.local ? model.uri : party.uri, range: declaration.id.range } : undefined;
}

function related(model: SemanticModel, transfer: ChapterVTransfer): RelatedInformation[] {
  const range = declarationRange(model, transfer.exporter.party);
  return range ? [{ ...range, message: `${transfer.exporter.regime.because}.` }] : [];
}

function basisAdvice(transfer: ChapterVTransfer): string {
  return transferRules[transfer.exporter.regime.regime].basis;
}

export const transferWithoutSafeguards = defineRule({
  code: 'transfer-without-safeguards',
  catalogueId: 'CF16',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'State the Chapter V basis for personal data sent to a recipient outside the EU that no adequacy decision covers: safeguards (`safeguards …`) or the derogation relied on.',
  rationale:
    'Personal data may leave the EU/EEA for a third country or an international organisation only on a basis in the sender\'s transfer rules: an adequacy decision (GDPR Art. 45), appropriate safeguards with enforceable rights and effective remedies (Art. 46), or a derogation (Art. 49; for public authorities in the exercise of their public powers only Art. 49(1)(d)–(g), Art. 49(3)). Adequacy decisions are scoped (Art. 45(1), (3)): the Canadian one covers only recipients subject to PIPEDA, not federal public bodies (Decision 2002/2/EC, recital 5); the Japanese one only APPI business operators; the US one only organisations certified under the Data Privacy Framework, never US agencies. A law-enforcement sender transfers under Directive (EU) 2016/680, Chapter V (Art. 35(1); the only law-enforcement adequacy decision is the United Kingdom’s), a Union body such as CERT-EU under Regulation (EU) 2018/1725 (GDPR Art. 2(3)); processing outside Union law (national security, defence: GDPR Art. 2(2)(a)) is under none. The articles of those two acts beyond LED Art. 35(1) were not read, so messages cite them by chapter. This rule reports only where the sender\'s regime is certain (declared, a company or national CSIRT in the EU/EEA, or a Union body), the recipient is certainly not covered, and the instrument cannot itself be the basis; otherwise `possible-transfer-without-safeguards` reports it conditionally. A binding treaty can be: between public authorities or bodies it may be the "legally binding and enforceable instrument" of Art. 46(2)(a) ("international treaties, public-law treaties or self-executing administrative agreements may be used under this provision", EDPB Guidelines 2/2020 ¶60) if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1)); and "International agreements involving the transfer of personal data to third countries or international organisations which were concluded by Member States prior to 24 May 2016, and which comply with Union law as applicable prior to that date, shall remain in force until amended, replaced or revoked" (Art. 96), as agreements in the field of judicial cooperation in criminal matters and police cooperation concluded before 6 May 2016 do under Art. 61 of the Law Enforcement Directive. A binding agreement between public bodies is taken as a possible basis for transfers by a Union body too (Regulation (EU) 2018/1725 was not read, so the finding is then conditional: the EU–US PNR Agreement of 2007 itself provides that \"DHS is deemed to ensure an adequate level of protection\", para. 6). MoUs and arrangements of undetermined status are neither, and stay here. A channel naming safeguards whose content is not stated is `missing-transfer-safeguards` (MC20).',
  source: 'GDPR Arts. 2(2)–(3), 44–46, 49 (read: the Official Journal text, Publications Office Formex, OJ L 119/2016) and Art. 96 (read: Publications Office Formex of the 2016 text, gdpr-cons-2016.fmx.xml in maastrichtlawtech/eur-lex-visualiser); EDPB Guidelines 2/2020 ¶60 (read: a paragraph-by-paragraph reproduction of version 2.0); Commission Decisions 2002/2/EC recital 5 and (EU) 2019/419 Art. 1(1), recital 10 (read: reproductions of the OJ texts and the Commission’s adequacy page); Directive (EU) 2016/680 Art. 35(1) (read: the text as adopted, legislation.gov.uk); its Art. 61 not read in its text (its rule as the EDPB recalls it, Statement 04/2021, read in a reproduction)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
    fix: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "the provisions of Annex A, authorised by the Estonian supervisory authority"\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      if (statesABasis(channel)) continue;
      for (const transfer of chapterVTransfers(model, channel)) {
        if (!transfer.definite) continue;
        const { exporter, recipient } = transfer;
        report({
          range: recipient.name.range,
          message: `${recipient.need.why}. No ${transferRules[exporter.regime.regime].chapter} basis is stated for personal data from ${exporter.name.text} (${exporter.regime.because}): ${basisAdvice(transfer)}.`,
          related: related(model, transfer),
        });
      }
    }
  },
});

export const possibleTransferWithoutSafeguards = defineRule({
  code: 'possible-transfer-without-safeguards',
  catalogueId: 'CF16',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Personal data may be leaving the EU without a stated Chapter V basis: settle the sender\'s regime or the recipient\'s coverage, or state the basis.',
  rationale:
    `The same law as \`transfer-without-safeguards\`, where the language cannot tell whether it applies. A State or ministry in the EU may process the data under the GDPR, as a law-enforcement authority under Directive (EU) 2016/680, or in national security or defence outside Union law (GDPR Art. 2(2)(a), (d)); declaring \`regimes GDPR\`, \`LED\` or \`outside-union-law\` on it settles which. A binding treaty may itself be the basis, and the message then says on what condition: between public authorities or bodies, as the Art. 46(2)(a) instrument if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1); EDPB Guidelines 2/2020 ¶60), or under the Law Enforcement Directive as the legally binding instrument providing the safeguards of its Chapter V; and, if a Member State concluded it before 24 May 2016, it "shall remain in force until amended, replaced or revoked" where it complied with Union law as applicable before that date (GDPR Art. 96; before 6 May 2016 for law-enforcement agreements, Art. 61 of the Directive, whose text was not read). A scoped adequacy decision covers a recipient only if it is of the kind the decision names — a US company only if it is certified under the EU–US Data Privacy Framework, a national CERT in Canada or Japan only if it is subject to PIPEDA or the APPI — which the language cannot state: name the basis (\`safeguards eu-us-dpf "certified under the Data Privacy Framework"\`) or suppress the finding with the reason. Adequacy list as of ${adequacyListAsOf}.`,
  source: 'GDPR Arts. 2(2)(a), (d), 45(1), (3), 46, 49 (read: the Official Journal text, Publications Office Formex, OJ L 119/2016) and Art. 96 (read: Publications Office Formex of the 2016 text, gdpr-cons-2016.fmx.xml in maastrichtlawtech/eur-lex-visualiser); EDPB Guidelines 2/2020 ¶60 (read: a paragraph-by-paragraph reproduction of version 2.0); Directive (EU) 2016/680 Art. 61 (not read in its text: its rule as the EDPB recalls it, Statement 04/2021, read in a reproduction); Commission Decisions 2002/2/EC recital 5, (EU) 2019/419 Art. 1(1) and (EU) 2023/1795 Art. 1 (read: reproductions of the OJ texts)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Republic of Estonia" { kind state jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
    fix: 'participant EE "Republic of Estonia" { kind state jurisdiction EE regimes outside-union-law }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      if (statesABasis(channel)) continue;
      for (const transfer of chapterVTransfers(model, channel)) {
        if (transfer.definite) continue;
        const { exporter, recipient } = transfer;
        const chapter = transferRules[exporter.regime.regime].chapter;
        const condition = exporter.regime.certain ? '' : `If ${exporter.name.text} processes these data under ${transferRules[exporter.regime.regime].name} (${exporter.regime.because}), `;
        const body =
          recipient.need.need === 'conditional'
            ? `${recipient.need.why}; unless it does, no ${chapter} basis is stated for personal data from ${exporter.name.text}`
            : `${recipient.need.why}, and no ${chapter} basis is stated for personal data from ${exporter.name.text}`;
        const opening = condition ? condition + body : body[0].toUpperCase() + body.slice(1);
        // A treaty may itself be the basis: say on what condition, and what to do if it is not.
        const message = transfer.instrumentBasis
          ? `${opening} other than ${model.legalNature === 'treaty' ? 'the instrument itself' : 'the treaty it implements'}: ${transfer.instrumentBasis}. If it is not, ${basisAdvice(transfer)}.`
          : `${opening}: ${basisAdvice(transfer)}.`;
        report({ range: recipient.name.range, message, related: related(model, transfer) });
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
  source: 'GDPR Art. 46(2)(a), 46(3)(b) (read: the Official Journal text, Publications Office Formex, OJ L 119/2016); EDPB Guidelines 2/2020 ¶60, 65–66 (read: a paragraph-by-paragraph reproduction of version 2.0)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nparticipant US "United States"\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nparticipant US "United States"\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement\n}\n',
  },
  check({ model, report }) {
    // An arrangement under a binding treaty may name that treaty as the binding instrument.
    if (model.legalNature !== 'mou' || implementedBindingTreaty(model)) return;
    for (const channel of model.ast.channels) {
      for (const safeguard of channel.safeguards) {
        if (!bindingInstrument.test(safeguard.text)) continue;
        report({
          range: safeguard.range,
          message: `'${safeguard.text}' relies on Art. 46(2)(a), which needs a legally binding instrument; this MoU is non-binding. Use an administrative arrangement under Art. 46(3)(b) with the supervisory authority's authorisation.`,
          fixes: [{ title: "Change the transfer basis to an administrative arrangement (Art. 46(3)(b), needs the supervisory authority's authorisation)", edits: [{ range: safeguard.range, newText: 'administrative-arrangement' }], effect: 'legal', preferred: true }],
        });
      }
    }
  },
});

/** Public authorities of a third country: whoever may ask an EU controller for data. */
const publicKinds: ReadonlySet<string> = new Set(['state', 'government-agency', 'national-cert']);

export const foreignAccessWithoutAgreement = defineRule({
  code: 'foreign-access-without-agreement',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'A third-country authority obtains data from a company in the EU under an instrument that is not an international agreement: base the disclosure on an MLA treaty or another Chapter V ground (GDPR Art. 48).',
  rationale:
    '"Any judgment of a court or tribunal and any decision of an administrative authority of a third country requiring a controller or processor to transfer or disclose personal data may only be recognised or enforceable in any manner if based on an international agreement, such as a mutual legal assistance treaty, in force between the requesting third country and the Union or a Member State, without prejudice to other grounds for transfer pursuant to this Chapter" (GDPR Art. 48). A channel on which a company in the EU gives subscriber information, traffic data or electronic evidence to a third country\'s authority is such direct access; under a binding treaty between that country and the Member State the treaty is the agreement Art. 48 asks for, but under an MoU or an instrument of undeclared status there is none, and the company\'s disclosure needs another ground of Chapter V (GDPR Arts. 45–49). The check does not decide whether such a ground exists.',
  source: 'GDPR Art. 48, Chapter V (read: Publications Office Formex, OJ L 119/2016)',
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
      const controller = members.find((m) => m.party.effective.kind?.value === 'company' && m.party.isEU && m.party.jurisdiction !== 'EU');
      const authority = members.find((m) => publicKinds.has(m.party.effective.kind?.value ?? '') && m.party.jurisdiction !== undefined && !m.party.isEU);
      if (!controller || !authority) continue;
      report({
        range: authority.name.range,
        message: `${authority.name.text}, an authority of a third country, obtains ${requested.text} from ${controller.name.text}, a company in the EU, under an instrument that is not an international agreement: such a request is recognised only on the basis of an agreement such as an MLA treaty (GDPR Art. 48); name the treaty, or the Chapter V ground on which ${controller.name.text} discloses.`,
        related: [{ uri: model.uri, range: requested.range, message: `${requested.text} is carried here` }],
      });
    }
  },
});

export const dataProtectionRules = [transferWithoutSafeguards, possibleTransferWithoutSafeguards, mouAsBindingInstrument, foreignAccessWithoutAgreement];
