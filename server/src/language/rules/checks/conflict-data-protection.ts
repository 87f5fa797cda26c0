/**
 * Personal data leaving the Union (CF16; CF17 is in conflict-binding-instrument.ts, GDPR Art. 48 in conflict-foreign-access.ts): which regime's transfer rules apply to the
 * member that sends it (GDPR, Law Enforcement Directive, Regulation 2018/1725, or none outside
 * Union law), whether the recipient is covered by an adequacy decision *with its scope*, and
 * whether the channel states any basis at all. A missing basis is "no Chapter V basis is stated",
 * never "the transfer is unlawful": the derogations (GDPR Art. 49, LED Art. 38) may apply.
 * Where the language cannot tell the sender's regime or the recipient's coverage, the finding is
 * conditional and a warning (`possible-transfer-without-safeguards`).
 */
import type { Channel, Name } from '../../ast/nodes';
import { adequacyListAsOf } from '../../data/adequacy';
import { actsForState, classOfStatesNeed, exporterRegime, transferNeed, transferRules, type ExporterRegime, type TransferNeed, type TransferRegime } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { sendsOn } from '../support/channel-kinds';
import { personalDataCarried } from '../support/personal-data-carried';
import { dataProtectionPointer, gatherClasses, type TransferFinding } from '../support/transfer-class-findings';
import type { Range } from '../../ast/positions';
import { lawEnforcementUse } from '../support/law-enforcement-purpose';
import { certainlyNotCompetentAuthority, gdprToolsNamed, lawEnforcementAdvice, statedBasis } from '../support/transfer-basis';
import { implementedTreaty, type ImplementedTreaty } from '../support/implementing-arrangement';
import { natureOfStatus } from '../../model/legal-nature';
import { concludedText, conclusionOf, dayOf, inForceBefore } from '../../model/conclusion';
import { transferInputs } from '../support/transfer-inputs';
import type { Day } from '../../model/timing';
import { eeaEftaStates } from '../../data/european-union';
import { accessionWords, membershipOn } from '../../data/union-membership';
import { exchangeAwaitsFormalities, withThirdStatesOnly } from '../support/accession-agreements';
import { grandfatheredBefore } from '../../data/union-rules';
import { keptInForceNote } from '../support/kept-in-force-note';
import { unreadTreatyTransferNote } from '../support/purpose-limitation-notes';
import { oncePerPair } from '../../util/once-per';
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
  /** Certain exporter regime, a recipient certainly outside every adequacy decision, no possible basis in the instrument itself, and `personal-data` stated. */
  readonly definite: boolean;
  /**
   * The criminal-cooperation data the channel carries without stating `personal-data` ("subscriber-information"),
   * which are personal data only where they concern natural persons: the finding is then conditional.
   */
  readonly possiblyPersonal: string | undefined;
  /** Senders under other regimes whose data reach the same recipient: named in the message, each under its own rules. */
  readonly alsoFrom: readonly { readonly name: Name; readonly regime: ExporterRegime }[];
  /**
   * The other senders of which every word of the finding is as true as of `exporter`: the same
   * regime, as certain, the same need, and the same possible basis in the instrument (Belgium,
   * Luxembourg and the Netherlands sending to Kazakhstan, fortieth real-instrument run, point 2).
   */
  readonly alongside: readonly { readonly name: Name; readonly party: PartyFacts; readonly regime: ExporterRegime }[];
}

/**
 * The conclusion sentence of `keptInForce` said of several Member States, which the same words
 * describe only when true of each (the senders grouped have the same sentence): each consents on
 * its own (VCLT Art. 14).
 */
function forEachSender(basis: string | undefined): string | undefined {
  return basis?.replace('if the Member State concluded it', 'if each Member State concluded it').replace('concluded by a Member State on', 'concluded by each Member State on');
}

const capitalised = (words: string) => words[0].toUpperCase() + words.slice(1);

/** "BE", "BE and NL", "BE, LU and NL". */
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** The senders a finding rests on, named together. */
export function sendersOf(transfer: ChapterVTransfer): string {
  return listFormat.format([transfer.exporter, ...transfer.alongside].map((s) => s.name.text));
}

/** Why each sender is under its regime, one reason each. */
function sendersBecause(transfer: ChapterVTransfer): string {
  return [transfer.exporter, ...transfer.alongside].map((s) => s.regime.because).join('; ');
}

/**
 * Public authorities or bodies (GDPR Art. 46(2)(a); international organisations, EDPB Guidelines
 * 2/2020 ¶60). A Government is the State concluding through it (`kind government`): as much a
 * public authority as the State (eighteenth real-instrument run: the NL–US notes of 1991 between
 * the two Governments were not offered Art. 46(2)(a), and an MoU's Government was called "not a
 * public body").
 */
const publicBodyKinds: ReadonlySet<string> = new Set(['state', 'government', 'government-agency', 'national-cert', 'international-organisation']);
export const isPublicBody = (party: PartyFacts) => publicBodyKinds.has(party.effective.kind?.value ?? '');

/**
 * That a treaty a Member State concluded before the GDPR or the Directive applied stays in force
 * if it complied with Union law as it then stood (GDPR Art. 96, LED Art. 61), in words for a
 * message; undefined for an MoU, a later treaty, or a sender that does not act for a State. The
 * date of conclusion is the model's (`conclusionOf`: the reply of an exchange of notes, else the
 * last signature). Where that date is not the date of consent — a signature subject to
 * ratification, or a header silent on consent — the sentence is conditional: a Member State
 * concludes a treaty when it consents to be bound by it, which may come years after signature
 * (seventeenth real-instrument run: the Macolin Convention, signed in 2014), unless an entry into force before the date dates it (`inForceBefore`).
 */
export function keptInForce(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime): string | undefined {
  const instrument = model.ast.instrument;
  const conclusion = conclusionOf(model.ast);
  const cutoff = grandfatheredBefore[regime];
  if (model.legalNature !== 'treaty' || !instrument || !cutoff || !actsForState(exporter)) return undefined;
  const kept = `this ${instrument.kind.text} remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date (${cutoff.article})`;
  if (!conclusion) return openedBefore(model, exporter, regime, kept);
  if (Date.UTC(conclusion.day.year, conclusion.day.month - 1, conclusion.day.day) >= cutoff.time) return undefined;
  const who = concludingState(exporter, conclusion.day, regime, withThirdStatesOnly(model, exporter, conclusion.day));
  const consent = conclusion.consent === 'given' && exchangeAwaitsFormalities(model) ? 'later' : conclusion.consent; // formalities to come: no consent by the reply (lr29, D5)
  if (consent === 'given') return `${who.prefix}concluded by ${who.name} on ${conclusion.iso} (${conclusion.what})${who.status}, before ${cutoff.date}, ${kept}`;
  // Consent dated by an entry into force before the day, unless membership changed between signature and it.
  const inForce = inForceBefore(model.ast, dayOf(cutoff.time));
  if (inForce && membershipOn(exporter.jurisdiction, inForce.day) === membershipOn(exporter.jurisdiction, conclusion.day)) return `${who.prefix}concluded by ${who.name}${who.status} before ${cutoff.date} (${inForce.words}, so its consent to be bound came no later), ${kept}`;
  const why = consent === 'later' ? 'consent follows it' : 'the header does not say whether signature bound the Parties';
  return `${who.prefix}if ${who.name === 'a Member State' ? 'the Member State' : who.name} concluded it (consented to be bound) before ${cutoff.date} (${conclusion.what} is ${conclusion.iso}; ${why}), ${kept}`;
}

/**
 * A convention the header dates only by its opening for signature (UNTOC 2000: "open to all States
 * for signature from 12 to 15 December 2000 in Palermo, Italy, and thereafter at United Nations
 * Headquarters in New York until 12 December 2002", Art. 36(1); no "done", no date of adoption): no
 * State concluded it before that day, and each may have consented to be bound at any time after it,
 * by signature and ratification or by accession (Art. 36(3)–(4)). Opened before the date, it may
 * be kept in force, and the sentence says so on that condition (twenty-eighth real-instrument run,
 * point 6); opened after it, it cannot be.
 */
function openedBefore(model: SemanticModel, exporter: PartyFacts, regime: TransferRegime, kept: string): string | undefined {
  const opened = model.ast.instrument?.openedForSignature?.date;
  const cutoff = grandfatheredBefore[regime];
  if (!opened?.valid || opened.time === undefined || !cutoff || opened.time >= cutoff.time) return undefined;
  // A State that acceded after the opening may have consented before or after its accession,
  // which would change who concluded it: no sentence rather than a wrong one (lg25).
  if (membershipOn(exporter.jurisdiction, { year: opened.year, month: opened.month, day: opened.day }) !== 'member') return undefined;
  const who = concludingState(exporter, { year: opened.year, month: opened.month, day: opened.day }, regime, true);
  return `${who.prefix}if ${who.name === 'a Member State' ? 'the Member State' : who.name} concluded it (consented to be bound) before ${cutoff.date} (the header gives no date of conclusion; the ${kindWord(model)} was opened for signature on ${opened.text}), ${kept}`;
}
const kindWord = (model: SemanticModel) => model.ast.instrument?.kind.text ?? 'instrument';

/**
 * Who concluded the treaty, true of the State on that day (who-is-bound review, item 10): "a Member State" only if it was
 * one then; an acceding State is named with its accession (TFEU Art. 351, read, for agreements with third States only:
 * support/accession-agreements.ts); an EEA EFTA State (or a Schengen associate) is not a Member State (conditional).
 */
function concludingState(exporter: PartyFacts, day: Day, regime: TransferRegime, thirdStates: boolean): { prefix: string; name: string; status: string } {
  const where = exporter.jurisdiction;
  const membership = membershipOn(where, day);
  if (membership === 'member') return { prefix: '', name: 'a Member State', status: '' };
  if (membership === 'before-accession' && where)
    return { prefix: '', name: where, status: `, before its accession to the Union on ${accessionWords(where)}${thirdStates ? ' (an agreement TFEU Art. 351 governs)' : ''}` };
  if (where && (eeaEftaStates.has(where) || (regime === 'LED' && where === 'CH'))) {
    const route = eeaEftaStates.has(where) && regime === 'GDPR' ? 'the EEA Agreement, as it incorporated the GDPR' : 'its association with the Schengen acquis';
    return { prefix: `if ${cutoffArticle(regime)} reaches the agreements of ${where} (not a Member State) through ${route} — not checked here — `, name: where, status: '' };
  }
  return { prefix: '', name: where ?? exporter.id, status: '' };
}
const cutoffArticle = (regime: TransferRegime) => grandfatheredBefore[regime]?.article ?? 'the grandfathering clause';

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
    if (regime === 'EUDPR') parts.push(`${self} may itself provide the basis for transfers by a Union body, as a legally binding instrument between public authorities or bodies, if it states the safeguards (under Regulation (EU) 2018/1725, Chapter V, or, for operational personal data, the body’s founding regulation)`);
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
export function implementedBindingTreaty(model: SemanticModel): ImplementedTreaty | undefined {
  const treaty = implementedTreaty(model);
  const linked = model.implementedFile?.model?.instrument;
  const declared = linked ? natureOfStatus(linked.status?.value) : undefined;
  const binding = !linked || declared === 'treaty' || (declared === 'by-kind' && linked.kind.value === 'treaty');
  return treaty && binding ? treaty : undefined;
}

/**
 * Each member that personal data on the channel would reach through a Chapter V transfer, with
 * the member sending it (any member, or only those the channel names in `from`): per recipient,
 * the most definite pairing (a sender whose regime is certain before one whose regime is not),
 * and the senders under other regimes (`alsoFrom`), which the message names: a Member State and
 * the Union both on the channel each send under their own rules, and naming only the Union body,
 * whose regime is certain, told the drafter nothing of the State's (twenty-eighth real-instrument
 * run, probe 6: CETS 196 Art. 22, "information obtained within the framework of their own
 * investigations", which a State's competent authorities hold). One finding per recipient: one
 * basis stated on the channel answers them all. Shared with MC20 and CF17, once per model and channel.
 */
export const chapterVTransfers = oncePerPair((model: SemanticModel, channel: Channel): readonly ChapterVTransfer[] => {
  const carried = personalDataCarried(channel);
  if (!carried) return [];
  const possiblyPersonal = carried === 'stated' ? undefined : carried.possibly;
  const seen = new Set<string>();
  const members = channel.members
    .filter((m) => !seen.has(m.text) && seen.add(m.text))
    .map((name) => ({ name, party: model.party(name.text) }))
    .filter((m): m is { name: Name; party: PartyFacts } => m.party !== undefined);
  const lawEnforcement = lawEnforcementUse(channel, model.ast.instrument?.title?.value);
  // Only a member that sends exports: on a channel `from OPCW`, the others only receive.
  const exporters = members
    .filter((m) => sendsOn(channel, m.name.text))
    .map((m) => ({ ...m, regime: exporterRegime(m.party, lawEnforcement) }))
    .filter((m): m is { name: Name; party: PartyFacts; regime: ExporterRegime } => m.regime !== undefined)
    .sort((a, b) => Number(b.regime.certain) - Number(a.regime.certain));
  const transfers: ChapterVTransfer[] = [];
  for (const recipient of members) {
    const candidates = exporters
      .filter((e) => e.party !== recipient.party)
      .map((exporter) => ({ exporter, need: classOfStatesNeed(recipient.party, exporter.party, exporter.regime.regime) ?? transferNeed(recipient.party, exporter.regime.regime) }))
      .filter((c) => c.need.need !== 'none');
    const best = candidates.find((c) => c.exporter.regime.certain && c.need.need === 'needed') ?? candidates[0];
    if (!best) continue;
    const others = [...new Set(candidates.map((c) => c.exporter.regime.regime).filter((r) => r !== best.exporter.regime.regime))].map((regime) => {
      const under = candidates.filter((c) => c.exporter.regime.regime === regime);
      const pair = under.find((c) => c.exporter.regime.certain && c.need.need === 'needed') ?? under[0];
      return { name: pair.exporter.name, regime: pair.exporter.regime };
    });
    const instrumentBasis = treatyAsBasis(model, best.exporter.party, best.exporter.regime.regime, recipient.party);
    const alongside = candidates
      .filter((c) => c !== best && c.exporter.regime.regime === best.exporter.regime.regime && c.exporter.regime.certain === best.exporter.regime.certain && c.need.need === best.need.need && c.need.why === best.need.why)
      .filter((c) => treatyAsBasis(model, c.exporter.party, c.exporter.regime.regime, recipient.party) === instrumentBasis)
      .map((c) => c.exporter);
    transfers.push({
      exporter: best.exporter,
      recipient: { ...recipient, need: best.need },
      instrumentBasis: alongside.length > 0 ? forEachSender(instrumentBasis) : instrumentBasis,
      definite: best.exporter.regime.certain && best.need.need === 'needed' && instrumentBasis === undefined && possiblyPersonal === undefined,
      possiblyPersonal,
      alsoFrom: others,
      alongside,
    });
  }
  return transfers;
});

/**
 * How the transfer is reported, if at all: an error only where the finding is definite and no
 * basis the sender's regime knows is stated. A law-enforcement sender naming only GDPR tools to a
 * recipient that may be a competent authority is reported conditionally (the checker cannot tell
 * what the tools stand for there); to a company, whom Art. 35(1)(b) never reaches, as an error, unless the sender is declared under the GDPR too (53rd run).
 */
function reportAs(channel: Channel, transfer: ChapterVTransfer): 'error' | 'conditional' | undefined {
  const basis = statedBasis(channel, transfer.exporter.regime.regime);
  if (basis === 'stated') return undefined;
  if (!transfer.definite) return 'conditional';
  if (basis === 'gdpr-tools-only' && (!certainlyNotCompetentAuthority(transfer.recipient.party) || transfer.exporter.regime.alternative === 'GDPR')) return 'conditional';
  return 'error';
}

/** That the channel's safeguards are GDPR tools, when they are all it names (for the message). */
function gdprToolsNote(channel: Channel, transfer: ChapterVTransfer): string {
  if (statedBasis(channel, transfer.exporter.regime.regime) !== 'gdpr-tools-only') return '';
  return ` (${gdprToolsNamed(channel).join(', ')} ${channel.safeguards.length > 1 ? 'are GDPR transfer tools' : 'is a GDPR transfer tool'}, no basis under the Directive)`;
}

function declarationRange(model: SemanticModel, party: PartyFacts) {
  const declaration = party.local ?? party.record;
  return declaration?.id ? { uri: party.local ? model.uri : party.uri, range: declaration.id.range } : undefined;
}

function related(model: SemanticModel, transfer: ChapterVTransfer): RelatedInformation[] {
  return [transfer.exporter, ...transfer.alongside].flatMap((sender) => {
    const range = declarationRange(model, sender.party);
    return range ? [{ ...range, message: `${sender.regime.because}.` }] : [];
  });
}

/** The other senders, each under its own rules (twenty-eighth real-instrument run, probe 6). */
function alsoFromNote(transfer: ChapterVTransfer): string {
  return transfer.alsoFrom
    .map(({ name, regime }) => ` ${name.text} sends these data too, under ${transferRules[regime.regime].name}${regime.certain ? '' : ` if it processes them so (${regime.because})`}: its transfer needs a basis under those rules as well.`)
    .join('');
}

function basisAdvice(transfer: ChapterVTransfer): string {
  const { exporter, recipient } = transfer;
  if (exporter.regime.regime === 'LED') return lawEnforcementAdvice(recipient.name.text, recipient.party);
  return transferRules[exporter.regime.regime].basis;
}

export const transferWithoutSafeguards = defineRule({
  code: 'transfer-without-safeguards',
  catalogueId: 'CF16',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'State the Chapter V basis for personal data sent to a recipient outside the EU that no adequacy decision covers: safeguards (`safeguards …`) or the derogation relied on.',
  rationale:
    'Personal data may leave the EU/EEA for a third country or an international organisation only on a basis in the sender\'s transfer rules: an adequacy decision (GDPR Art. 45), appropriate safeguards with enforceable rights and effective remedies (Art. 46), or a derogation (Art. 49; for public authorities in the exercise of their public powers only Art. 49(1)(d)–(g), Art. 49(3)). Adequacy decisions are scoped (Art. 45(1), (3)): the Canadian one covers only recipients subject to PIPEDA, not federal public bodies (Decision 2002/2/EC, recital 5); the Japanese one only APPI business operators; the US one only organisations certified under the Data Privacy Framework, never US agencies. A law-enforcement sender transfers under Directive (EU) 2016/680, Chapter V (the only law-enforcement adequacy decision is the United Kingdom’s), and only to "an authority competent for the purposes referred to in Article 1(1)" (Art. 35(1)(b)): to a company, or to a CSIRT that is no such authority, Art. 39 allows direct transfers only "in individual and specific cases" and on its conditions, never over a standing channel, whatever safeguards are stated; the GDPR\'s own tools (standard data protection clauses, binding corporate rules, the EU–US Data Privacy Framework) are no basis under the Directive and do not clear its transfers (to a company the finding stays an error; to a recipient that may be a competent authority it becomes conditional). A Union body is not under the GDPR (Art. 2(3)): it transfers administrative personal data under Regulation (EU) 2018/1725, Chapter V, which excludes operational personal data; those of Europol are governed by Regulation (EU) 2016/794 (Art. 25: an adequacy decision under LED Art. 36, a Union agreement under Art. 218 TFEU, a cooperation agreement concluded before 1 May 2017, or the Executive Director\'s authorisation case by case, in its original wording: Regulation (EU) 2022/991 amended it and was not read), those of Eurojust by Regulation (EU) 2018/1727 with Chapter IX of Regulation (EU) 2018/1725 (its Art. 26(1)). The language cannot tell which body or which data, so the message names these alternatives and offers no GDPR adequacy decision or GDPR tool to a Union body; processing outside Union law (national security, defence: GDPR Art. 2(2)(a)) is under none. Art. 37 of the Directive, Regulation (EU) 2018/1725 and the Europol and Eurojust Regulations were read only in secondary material or reproductions (see the source), so messages cite them no more precisely than that. This rule reports only where the sender\'s regime is certain (declared, a company or national CSIRT in the EU/EEA, or a Union body), the recipient is certainly not covered, and the instrument cannot itself be the basis; otherwise `possible-transfer-without-safeguards` reports it conditionally. A binding treaty can be: between public authorities or bodies it may be the "legally binding and enforceable instrument" of Art. 46(2)(a) ("international treaties, public-law treaties or self-executing administrative agreements may be used under this provision", EDPB Guidelines 2/2020 ¶60) if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1)); and "International agreements involving the transfer of personal data to third countries or international organisations which were concluded by Member States prior to 24 May 2016, and which comply with Union law as applicable prior to that date, shall remain in force until amended, replaced or revoked" (Art. 96), as agreements in the field of judicial cooperation in criminal matters and police cooperation concluded before 6 May 2016 do under Art. 61 of the Law Enforcement Directive. The message says who concluded the treaty as that State stood on the day (who-is-bound review, item 10): \"a Member State\" only if it was one then (membership at a date, data/union-membership.ts); a State that acceded later is named with its accession date, its earlier agreements with third States being those TFEU Art. 351 governs (\"De rechten en verplichtingen voortvloeiende uit overeenkomsten vóór 1 januari 1958 of, voor de toetredende staten, vóór de datum van hun toetreding gesloten tussen één of meer lidstaten enerzijds en één of meer derde staten anderzijds …\", read: Dutch text BWBV0001506) — not its agreements with a Member State, nor with a Member State acting for a territory of its realm (the Kingdom of the Netherlands \"in respect of Curaçao\", Croatia–Curaçao savings income letters 2013), for which the article is not cited; and an exchange of letters that provides for later constitutional formalities (\"our mutual undertaking to comply at the earliest possible date with our internal constitutional formalities for the entry into force of this Convention\") is not read as consent by the reply, so the sentence is conditional (treaty lawyer lr29, D5); for an EEA EFTA State (or, under the Directive, a Schengen associate) Art. 96 or 61 is said to apply only if the EEA Agreement or the Schengen association carries it, which was not read (the adaptations of EEA Joint Committee Decision 154/2018 included). Accession dates are those of data/union-membership.ts, each with its source: read in the accession treaties for 1981, 1986, 2004, 2007 and 2013 (BWBV0006410, BWBV0002952, BWBV0001642, BWBV0001819, BWBV0005638), named but not read for 1973 and 1995 (not in the Dutch treaty series). A binding agreement between public bodies is taken as a possible basis for transfers by a Union body too (Regulation (EU) 2018/1725 was not read, so the finding is then conditional: the EU–US PNR Agreement of 2007 itself provides that \"DHS is deemed to ensure an adequate level of protection\", para. 6). MoUs and arrangements of undetermined status are neither, and stay here. A channel naming safeguards whose content is not stated is `missing-transfer-safeguards` (MC20). The sender is any member of the channel, or only the members its `from` names: where senders under different regimes share a channel (a Member State and the Union), the finding names each of them under its own rules (twenty-eighth real-instrument run, probe 6, where only the Union body was named); senders under the same regime of which every word of the finding is true alike (three Member States sending to Kazakhstan, Benelux–Kazakhstan readmission agreement 2015) are named together, "from BE, LU and NL", where only the first was named before (fortieth real-instrument run, point 2). The others receive, and data coming into the EU/EEA are no transfer under Chapter V (sixteenth real-instrument run: the inspectors\' medical records an OPCW team gives the facility in the Netherlands). The Union includes the parts of Member States that ISO 3166-1 codes separately — French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin (TFEU Art. 355(1)) and the Åland Islands (Art. 355(4)) — so data sent there, or by a company established there, are treated as in any Member State; the overseas countries and territories of Annex II (Greenland, New Caledonia, French Polynesia, Saint-Pierre-et-Miquelon, Saint-Barthélemy, Wallis and Futuna, the French Southern Lands, Aruba, Curaçao, Sint Maarten, the Caribbean Netherlands) and the Faroe Islands (Art. 355(5)(a)) are outside. A party named as a Union body (Europol, ENISA, …) is treated as one whatever jurisdiction it was given (`union-body-jurisdiction` asks for `EU`). Subscriber information, traffic data and electronic evidence are personal data whenever they relate to "an identified or identifiable natural person" (Art. 4(1)) and not where they concern only legal persons, which the language cannot tell: a channel carrying them without `personal-data` is reported conditionally, by `possible-transfer-without-safeguards`, never here. The list of adequacy decisions is Entente\'s, dated in the message ("known to Entente as of …"): a decision adopted later is not on it.',
  source: 'GDPR Arts. 2(2)–(3), 44–46, 49 (read: the Official Journal text, Publications Office Formex, OJ L 119/2016) and Art. 96 (read: Publications Office Formex of the 2016 text, gdpr-cons-2016.fmx.xml in maastrichtlawtech/eur-lex-visualiser); EDPB Guidelines 2/2020 ¶60 (read: a paragraph-by-paragraph reproduction of version 2.0); Commission Decisions 2002/2/EC recital 5 and (EU) 2019/419 Art. 1(1), recital 10 (read: reproductions of the OJ texts and the Commission’s adequacy page); Directive (EU) 2016/680 Art. 35(1) (read: the text as adopted, legislation.gov.uk) and Art. 39(1) (read: the Romanian text, sintact.ro); its Art. 37(1) not read in its text (read: its German transposition, BDSG § 79(1), in an English reproduction on dsgvo-portal.de, and the EDPB\'s 2023 Guidelines on Art. 37 as summarised by eucrim.eu and efdpo.eu); its Art. 61 not read in its text (its rule as the EDPB recalls it, Statement 04/2021, read in a reproduction); Regulation (EU) 2018/1725 not read in its text (read: the EDPS page on authorisation decisions for transfers; Springer ERA Forum 2021 on the scope of its Chapter V, which excludes operational personal data); Regulation (EU) 2016/794 Art. 25(1), (5) (read: as reproduced on Europol\'s Data Protection Function page 4.2, not in the Official Journal; its 2022 amendment not read); Regulation (EU) 2018/1727 Art. 26(1) (read: a reproduction of the consolidated text, fantasticsearch.net); TFEU Arts. 349, 355(1)–(5) and Annex II (read: the Dutch text, BWBV0001506, statengeneraal/laws-markdown, snapshot of 2014-10-03); Commission Implementing Decision (EU) 2026/179 on Brazil (title, date and OJ reference read on EUR-Lex; Article 1 not read; its scope from secondary pages) and (EU) 2025/1382 on the European Patent Organisation (title and date read in reproductions of the OJ text; articles not read)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
    fix: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "the provisions of Annex A, authorised by the Estonian supervisory authority"\n}\n',
  },
  inputs: transferInputs,
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      for (const transfer of chapterVTransfers(model, channel)) {
        if (reportAs(channel, transfer) !== 'error') continue;
        const { exporter, recipient } = transfer;
        report({
          range: recipient.name.range,
          message: `${recipient.need.why}. No ${transferRules[exporter.regime.regime].chapter} basis is stated for personal data from ${sendersOf(transfer)}${gdprToolsNote(channel, transfer)} (${sendersBecause(transfer)}): ${basisAdvice(transfer)}.${alsoFromNote(transfer)}`,
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
  findingCeilings: [{ severity: 'warning', where: 'where a Member State concluded the treaty before 24 May 2016 (6 May 2016 under the Law Enforcement Directive), which GDPR Art. 96 (its Art. 61) keeps in force, or where the recipient is a class of States that only may hold third States; a treaty concluded later, or a draft, is raised as the profile says' }, { severity: 'info', where: 'on a concluded treaty whose Member State senders are established to have consented to be bound before that day (consent on conclusion, or a dated entry into force before it): a review under Art. 96 (Art. 61), not a warning (sixtieth run, item 5)' }],
  message: 'Personal data may be leaving the EU without a stated Chapter V basis: settle the sender\'s regime or the recipient\'s coverage, or state the basis.',
  rationale:
    `The same law as \`transfer-without-safeguards\`, where the language cannot tell whether it applies. A State or ministry in the EU may process the data under the GDPR, as a law-enforcement authority under Directive (EU) 2016/680, or in national security or defence outside Union law (GDPR Art. 2(2)(a), (d)); declaring \`regimes GDPR\`, \`LED\` or \`outside-union-law\` on it settles which. A party for a territory of a Member State\'s realm outside the Union is no such sender, by the territory\'s code or, written with the State\'s code, by a name that acts for the territory alone ("The Government of the Faroes", DK): the Treaty "is niet van toepassing op de Faeröer" (TFEU Art. 355(5)(a), read: BWBV0001506), and the Treaties reach the countries of Annex II only through their Part Four (Art. 355(2)) (hundred-and-fifteenth run, defect 3). A party declared under both (\`regimes GDPR, LED\`: a State whose police and other bodies both send) is reasoned under the one that governs what the channel is for, never the first declared: on a channel whose purpose, exchange words or evidence say criminal law, the Directive (its Arts. 35–39; the GDPR "does not apply to the processing of personal data … by competent authorities for the purposes of the prevention, investigation, detection or prosecution of criminal offences", GDPR Art. 2(2)(d)), with the GDPR named only for a body that is no competent authority, so that GDPR tools named alone to a company make the finding conditional; on any other channel the GDPR, with the Directive named beside it for what competent authorities send for those purposes (Directive recital 34: the GDPR governs transfers for purposes outside the Directive). Fifty-third real-instrument run, point 6: the Netherlands declared under both, exchanging information "in the prevention of the crimes" under the 1973 Convention on Internationally Protected Persons (Art. 4(b), BWBV0003903), was reasoned under the GDPR only. A State recipient is not itself "an authority competent for the purposes referred to in Article 1(1)" (Art. 35(1)(b)); the message asks whether its receiving authority is. Where the channel\'s stated \`purpose\` is one of the Directive\'s — "the prevention, investigation, detection or prosecution of criminal offences or the execution of criminal penalties" (its Art. 1(1); its scope is processing by competent authorities for those purposes, Art. 2(1), which the GDPR leaves to it, GDPR Art. 2(2)(d)) — or, on a channel without a purpose, its exchange words say the exchange is for one of those ("law enforcement action to combat the offences covered by this Convention", UNTOC 2000, Art. 27(1), read: BWBV0001668; twenty-eighth real-instrument run, probe 2), or the channel carries criminal evidence, the message leads with the Directive for such a sender, still conditionally: only a competent authority processes under it. A company or a national CSIRT stays under the GDPR whatever the channel is for (twenty-second real-instrument run, probe 8: a channel "for the purposes of prevention and prosecution of the offences" was analysed under the GDPR first). The purpose is read in English and Dutch; bare "offences" count only when prosecuted or met by law enforcement (customs or administrative offences are also prevented and investigated, and are not read), and a purpose the clause denies ("will not be used for criminal proceedings") is not one. A binding treaty may itself be the basis, and the message then says on what condition: between public authorities or bodies, as the Art. 46(2)(a) instrument if it gives data subjects enforceable rights and effective legal remedies (Art. 46(1); EDPB Guidelines 2/2020 ¶60), or under the Law Enforcement Directive as the legally binding instrument providing the safeguards of its Chapter V; and, if a Member State concluded it before 24 May 2016, it "shall remain in force until amended, replaced or revoked" where it complied with Union law as applicable before that date (GDPR Art. 96; before 6 May 2016 for law-enforcement agreements, Art. 61 of the Directive, whose text was not read). The date of conclusion is the reply of an exchange of notes, which expresses the consent of both (VCLT Art. 13), or else the last signature; where that signature did not itself bind (consent by ratification, acceptance, approval or notification, VCLT Art. 14, or a header silent on consent), the message says "if the Member State concluded it (consented to be bound) before" the date, since Art. 96 does not say that signature is conclusion and consent may come years later (seventeenth real-instrument run: the Macolin Convention, done in 2014, not in force for the Netherlands in 2017). A law-enforcement sender that names only GDPR tools (standard data protection clauses, binding corporate rules, the Data Privacy Framework) for a recipient that may or may not be a competent authority (a CSIRT, an agency) is reported here: those tools are no basis under the Directive, and whether the recipient can receive at all under Art. 35(1)(b) of the Directive, or only case by case under Art. 39, the language cannot tell. For a GDPR sender, a scoped adequacy decision covers a recipient only if it is of the kind the decision names — a US company only if it is certified under the EU–US Data Privacy Framework, a national CERT in Canada or Japan only if it is subject to PIPEDA or the APPI — which the language cannot state: name the basis (\`safeguards eu-us-dpf "certified under the Data Privacy Framework"\`) or suppress the finding with the reason. A class of States with no jurisdiction ("All States", "the member States of the Council of Europe") that receives from a sender declared under the GDPR or the Directive is reported here too, on the condition that it holds States outside the EU/EEA (and, under the Directive, Switzerland) that no adequacy decision covers, which "All States" certainly does and the checker cannot list (twenty-fourth real-instrument run, item 10); a class is never a sender, and a class named as the Union\'s Member States is left alone. A named sender whose regime is not declared is reported beside a class too, the message stating both conditions in turn ("If NL processes these data under the GDPR (…), States is a class of States whose members Entente cannot list, and may hold States outside the EU/EEA …"), as it does for a named third State: a Member State sending data on "Organized criminal groups known to take part or suspected of taking part" in firearms trafficking to every State Party (UN Firearms Protocol 2001, Art. 12(2)(a), read: BWBV0001710; thirty-eighth run, item 5) was silent until then, and reported only once \`regimes LED\` was declared. A convention the header dates only by its opening for signature is concluded by each State on its own consent: where it was opened before 24 May 2016 (6 May 2016 under the Directive), the message says that Art. 96 (Art. 61) keeps it in force if the State consented before that date. Brazil\'s decision ((EU) 2026/179) covers controllers and processors subject to the LGPD, public authorities included, but not the processing the LGPD leaves out (public safety, national defence, State security, criminal investigation and prosecution, LGPD Art. 4(III), read only in secondary pages): a Brazilian State organ or agency is covered only if it does not process the data for those ends. A channel that carries subscriber information, traffic data or electronic evidence without \`personal-data\` is reported here, on the condition that those data concern identified or identifiable natural persons (GDPR Art. 4(1)), which the language cannot tell. Adequacy list as of ${adequacyListAsOf}. Where a Member State concluded the treaty before 24 May 2016 (6 May 2016 under the Law Enforcement Directive), the message opens with GDPR Art. 96 (the Directive's Art. 61), and no profile makes the finding an error: \`strict\` is for a final review before signature, and a treaty those articles keep in force is for an amendment, not a defect (after the forty-fourth real-instrument run, as for missing-transfer-safeguards). Nor where the recipient is a class of States that only may hold third States (CETS 196, Macolin: the Union sending to the Council of Europe's members): the finding is speculative, a warning under any profile. Where it is established that every sender, a Member State on the day, consented to be bound before 24 May 2016 (6 May 2016) — a definitive signature or the reply of an exchange of notes dated before it, or an entry into force dated before it — and the text is concluded, the finding is a note under every profile, and says why: the treaty stands as signed, and what is left is to review whether it complied with Union law as then applicable and to state the basis in any instrument that amends or replaces it (sixtieth run, item 5). A text signed before the day subject to ratification with no date of consent or entry into force stays a warning: "concluded" is the consent to be bound, which may come after the day (the Aruba–Czech Republic TIEA of 2015 and the Netherlands–Cuba Convention of 2013, judged right at warning by their reviewers). Classes of States of which the finding says the same — the same senders, condition, possible basis and severity — are named in one finding, at the first of them, the others as related information: one basis stated on the channel answers them all (seventy-third run, defect 2: Istanbul Convention 2011, CETS 210, Art. 63, raised three times with one text, once for each class of Parties). Where the instrument may itself be the basis and has a clause on data protection (tagged \`about data-protection\` or \`transfer-safeguards\`, or headed so: "Personal data shall be stored and used pursuant to the obligations undertaken by the Parties under the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108)", CETS 210, Art. 65, read: BWBV0006074), the message names it — of several, the one headed on data protection, then one tagged for transfer safeguards, then one headed on confidentiality or privacy, then one tagged for confidentiality or purpose limitation too, then the first (seventy-ninth run, defect 2: Art. 11 "Identification" of the NL–India social security agreement of 2009 was named before Art. 20 "Confidentiality of Information") — and its related information says that it is where the instrument would state the safeguards and that whether it states those the sender's transfer rules require is not checked: a clause that refers to ETS 108 binds the Parties to that Convention's obligations, and the Union, not a Party to it (from memory), transfers under Regulation (EU) 2018/1725. A per-rule setting still decides.`,
  source: 'GDPR Arts. 2(2)(a), (d), 45(1), (3), 46, 49 (read: the Official Journal text, Publications Office Formex, OJ L 119/2016) and Art. 96 (read: Publications Office Formex of the 2016 text, gdpr-cons-2016.fmx.xml in maastrichtlawtech/eur-lex-visualiser); EDPB Guidelines 2/2020 ¶60 (read: a paragraph-by-paragraph reproduction of version 2.0); Directive (EU) 2016/680 Art. 1(1) (read: a reproduction of the EUR-Lex text, CELEX 32016L0680, in the led.json data of Mortalus/eu-regulations as shown on glama.ai; and the Slovak text, knowww.eu) and recital 34 (read: the French text, donnees-personnelles.parlement-ouvert.fr), Arts. 2(1) and 3(7) (not read in their text: from memory), Art. 35(1) (read: the text as adopted, legislation.gov.uk), Art. 39(1) (read: the Romanian text, sintact.ro) and Art. 61 (not read in its text: its rule as the EDPB recalls it, Statement 04/2021, read in a reproduction); Commission Decisions 2002/2/EC recital 5, (EU) 2019/419 Art. 1(1) and (EU) 2023/1795 Art. 1 (read: reproductions of the OJ texts)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Republic of Estonia" { kind state jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
    fix: 'participant EE "Republic of Estonia" { kind state jurisdiction EE regimes outside-union-law }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n}\n',
  },
  inputs: transferInputs,
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const found: TransferFinding<Range>[] = [];
      for (const transfer of chapterVTransfers(model, channel)) {
        if (reportAs(channel, transfer) !== 'conditional') continue;
        const { exporter, recipient } = transfer;
        const chapter = transferRules[exporter.regime.regime].chapter;
        const personal = transfer.possiblyPersonal ? `if the data on this channel (${transfer.possiblyPersonal}) concern identified or identifiable natural persons, they are personal data (GDPR Art. 4(1)), and ` : '';
        const regimeCondition = exporter.regime.certain ? '' : `if ${sendersOf(transfer)} ${transfer.alongside.length > 0 ? 'process' : 'processes'} these data under ${transferRules[exporter.regime.regime].name} (${sendersBecause(transfer)}), `;
        const condition = personal || regimeCondition ? `${(personal + regimeCondition)[0].toUpperCase()}${(personal + regimeCondition).slice(1)}` : '';
        const from = `${sendersOf(transfer)}${gdprToolsNote(channel, transfer)}`;
        const body =
          recipient.need.need === 'conditional'
            ? `${recipient.need.why}; ${recipient.need.unless ?? 'unless it does'}, no ${chapter} basis is stated for personal data from ${from}`
            : `${recipient.need.why}, and no ${chapter} basis is stated for personal data from ${from}`;
        const opening = condition ? condition + body : body[0].toUpperCase() + body.slice(1);
        // Concluded before 24 May 2016 (6 May under the Directive): Art. 96 (Art. 61) comes first,
        // and no profile makes it an error (after the forty-fourth run; as missing-transfer-safeguards, 41st run).
        const kept = keptInForce(model, exporter.party, exporter.regime.regime);
        const keptWords = kept && transfer.alongside.length > 0 ? forEachSender(kept) : kept;
        const lead = keptWords ? `${capitalised(keptWords)}. ` : '';
        const basis = keptWords && transfer.instrumentBasis?.startsWith(keptWords) ? transfer.instrumentBasis.slice(keptWords.length).replace(/^; /u, '') : transfer.instrumentBasis;
        const self = model.legalNature === 'treaty' ? 'the instrument itself' : 'the treaty it implements';
        // Where the instrument may be the basis, its own clause on data protection is where it would say so (seventy-third run, defect 2).
        const pointer = basis ? dataProtectionPointer(model, channel) : { sentence: '', related: [] };
        // A treaty may itself be the basis: say on what condition, and what to do if it is not such a basis.
        const message = basis
          ? `${lead}${opening} other than ${self}: ${basis}.${pointer.sentence} If it is not such a basis, ${basisAdvice(transfer)}.`
          : kept
            ? `${lead}${opening} other than ${self}, if it is kept in force so. If it is not, ${basisAdvice(transfer)}.`
            : `${opening}: ${basisAdvice(transfer)}.`;
        // A class that only may hold third States: the finding is speculative under any profile.
        const speculative = recipient.party.classOf !== undefined && recipient.need.need === 'conditional';
        // Declared under both regimes: why this one governs the exchange (fifty-third run, point 6).
        const why = exporter.regime.certain && exporter.regime.alternative ? ` ${capitalised(exporter.regime.because)}.` : '';
        // Consent before that day established on a concluded text: a note for review (support/kept-in-force-note.ts); so an untranscribed treaty it implements, on a signed text only (lr31, D3).
        const note = kept ? keptInForceNote(model, [exporter.party, ...transfer.alongside.map((s) => s.party)], exporter.regime.regime) : undefined;
        const classId = speculative ? recipient.party.id : undefined;
        found.push({ range: recipient.name.range, message: message + why + alsoFromNote(transfer) + (note ? ` ${note}` : '') + unreadTreatyTransferNote(model), related: [...related(model, transfer), ...pointer.related], ceiling: note || (unreadTreatyTransferNote(model) && concludedText(model.ast)) ? 'info' : kept || speculative ? 'warning' : 'error', classId, classDeclared: classId ? declarationRange(model, recipient.party) : undefined });
      }
      // One finding for the classes of States of which it says the same (seventy-third run, defect 2).
      for (const f of gatherClasses(found)) report({ range: f.range, message: f.message, related: [...f.related], profileCeiling: f.ceiling });
    }
  },
});

export const dataProtectionRules = [transferWithoutSafeguards, possibleTransferWithoutSafeguards];
