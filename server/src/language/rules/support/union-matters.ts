/**
 * The matters Union rules cover that an instrument deals with between the Union's side and the
 * outside: personal data leaving the area of the sender's transfer rules, CSIRT information and
 * criminal cooperation with third countries, mutual legal assistance. Read by
 * `missing-union-law-clause`.
 *
 * Personal data are counted with the transfer rules' own test (`isChapterVDestination`): a
 * Member State's law-enforcement data to Switzerland or Norway, which those rules let pass, are
 * no transfer "to a third country" here either (seventeenth real-instrument run, probe Q1); and a
 * sender whose regime is not declared is said to be under the GDPR or the Law Enforcement
 * Directive, not the GDPR alone (eighteenth run: the NL–US notes of 1991, whose data serve the
 * execution of sentences).
 *
 * A class of States beside the Union itself ("The member States of the Council of Europe" with
 * the European Union, the Macolin Convention, seventeenth run) has no jurisdiction: whether its
 * members include the Union's Member States, or third countries, the checker cannot know from a
 * description. When the Union is a party such a class may stand for either, so it counts as
 * possibly both, and the note says so conditionally. Without the Union as a party a
 * class counts as neither, as before: the prompt would rest on nothing the text states.
 */
import type { Channel } from '../../ast/nodes';
import { isStateKind } from '../../ast/vocabulary';
import { eeaEftaStates, isInEea, isEuMemberState } from '../../data/european-union';
import { realmTerritory, sameRealm, type RealmTerritory } from '../../data/realms';
import { europeanTerritoryWords, membershipOn, nis2ExistedOn } from '../../data/union-membership';
import { beforeLisbon, beforeTheUnion, beforeTransferRules, lisbonInForce, unionFounded } from '../../data/union-rules';
import { conclusionOf, consentRelativeTo } from '../../model/conclusion';
import type { Day } from '../../model/timing';
import { isUnionBodyParty } from '../../model/union-body-party';
import { exporterRegime, isChapterVDestination, transferRules, type LawEnforcementUse, type TransferRegime } from '../../model/applicability';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { criminalCooperation, csirtInformation, sendsOn } from './channel-kinds';
import { lawEnforcementUse } from './law-enforcement-purpose';
import { membershipAtConsent } from './membership-at-consent';

export interface UnionMatters {
  /** The matters, in words for the message. */
  readonly matters: readonly string[];
  /** The parties outside the Union those matters involve (classes of States that may be among them included). */
  readonly outsiders: readonly PartyFacts[];
  /** Member States among the parties that consented to be bound before their accession, as the header dates consent (TFEU Art. 351). */
  readonly accededLater: readonly PartyFacts[];
  /** Member States among the parties that signed before their accession, consent undated: Art. 351 reaches the treaty only if they consented before it (lr12, defect 8). */
  readonly accessionUnsure: readonly PartyFacts[];
  /** Member States among the parties that were Member States on the day of conclusion (or, undated, are now). */
  readonly members: readonly PartyFacts[];
  /**
   * The matters (among `matters`) the text was concluded before Union rules covered: transfers of
   * personal data before the day GDPR Art. 96 (LED Art. 61) names for every regime the sender may
   * be under, any matter before the Union existed (fifty-second run: NL–Nigeria 1991).
   */
  readonly predated: ReadonlySet<string>;
  /** The senders of personal data in a predated matter, each with the regimes it may transfer under: whose agreement GDPR Art. 96 (LED Art. 61) keeps in force. */
  readonly predatedSenders: readonly { readonly sender: PartyFacts; readonly regimes: readonly TransferRegime[] }[];
  /**
   * Transfers (still among the live matters) concluded before the day one regime's clause names but
   * not the other's: a sender of open regime on a treaty signed between 6 and 24 May 2016, kept in
   * force by GDPR Art. 96 for processing under the GDPR, not by LED Art. 61 (lr9, defect 4).
   */
  readonly partlyPredated: readonly { readonly sender: PartyFacts; readonly kept: readonly TransferRegime[]; readonly notKept: readonly TransferRegime[] }[];
  /**
   * Criminal matters (still among the live matters) of a text signed before the Treaty of Lisbon
   * took effect whose consent the header does not date: predated only if the Member State bound
   * itself before that day (treaty lawyer lr10, defect 10), which the note says conditionally.
   */
  readonly lisbonUnsure: ReadonlySet<string>;
}

/**
 * Whether the party was a Member State on the day of conclusion (today's list when the text is
 * undated): the United Kingdom in 2019 was one, Croatia in 2010 was not (who-is-bound review,
 * item 12). A code the accession table does not know is placed by the EU/EEA test, less the EEA
 * EFTA States: a territory that test puts inside the Union (TFEU Art. 355(1), (4)) counts as its
 * Member State's.
 */
function memberOnDay(p: PartyFacts, day: Day | undefined): boolean {
  const where = p.jurisdiction;
  // A Union body, whatever code it was written with (Europol as NL), is no Member State.
  if (!where || isUnionBodyParty(p)) return false;
  const membership = membershipOn(where, day);
  if (membership !== 'never') return membership === 'member';
  return isInEea(where) && !eeaEftaStates.has(where);
}

/** The Union itself (or a Union body) among the signatories: `jurisdiction EU`. */
export function unionParties(model: SemanticModel): PartyFacts[] {
  return model.signatories.filter(isUnionBodyParty);
}

/** A class of States with no jurisdiction: who is in it, the checker cannot tell. */
export function isClassOfStates(party: PartyFacts): boolean {
  return party.classOf !== undefined && party.jurisdiction === undefined && isStateKind(party.effective.kind?.value);
}

/**
 * "a third country", "an international organisation", or both. NATO is no third country (sixteenth
 * red-team run); nor is the Kingdom of the Netherlands acting in respect of Aruba, a Member State
 * for a territory outside the Union's (twenty-fifth run: NL–Aruba–Czech TIEA 2015), named so as a
 * party and by the territory's name as a destination of data (`as`). Nor, plainly, is Gibraltar: the
 * Treaties applied there while the United Kingdom was a Member State (TFEU Art. 355(3)), so it is
 * named with what it was and is (hundred-and-sixteenth run, defect 4: the NL–Gibraltar TIEA of 2010).
 */
export function outsiderWords(parties: readonly PartyFacts[], as: 'party' | 'destination' = 'party'): string {
  const european = [...new Set(parties.map((p) => p.jurisdiction).filter((code) => europeanTerritoryWords(code) !== undefined))];
  const others = parties.filter((p) => !realmTerritory(p.jurisdiction) && !european.includes(p.jurisdiction ?? ''));
  const words = new Set(others.map((p) => (p.effective.kind?.value === 'international-organisation' ? 'an international organisation' : 'a third country')));
  const generic = words.size > 1 ? 'a third country or an international organisation' : [...words][0];
  const realm = [...new Set(parties.map((p) => p.jurisdiction).filter((code) => realmTerritory(code)))].map((code) => realmWords(parties.filter((p) => p.jurisdiction === code), realmTerritory(code)!, as));
  const territories = european.map((code) => (as === 'destination' ? europeanTerritoryWords(code, as)! : `${code} (${europeanTerritoryWords(code)})`));
  return [...(generic ? [generic] : []), ...realm, ...territories].join(' and ') || 'a third country';
}

/** The parties for one territory of a Member State's realm outside the Union: the State "in respect of" it, or parties in it, and what it is. */
function realmWords(parties: readonly PartyFacts[], territory: RealmTerritory, as: 'party' | 'destination'): string {
  if (as === 'destination') return `${territory.name}, outside the Union`;
  const who = [
    ...new Set(
      parties.map((p) => {
        const kind = p.effective.kind?.value;
        return kind === 'state' || kind === 'government' ? `${territory.stateName}, itself a Member State, in respect of ${territory.name}` : `${p.id}, in ${territory.name}`;
      }),
    ),
  ];
  return `${who.join(' and ')} (${territory.statusWords})`;
}


/**
 * Whether the Member State consented to be bound before the Union existed (1 November 1993), dated
 * by consent, not by a signature subject to ratification (VCLT Art. 14; treaty lawyer lr11, defect
 * 8), as the Lisbon test is: `no` where the text was signed on or after that day; `unknown` where it
 * was signed before and the header dates no consent.
 */
export function unionPredated(model: SemanticModel): 'before' | 'after' | 'unknown' | 'no' {
  const day = conclusionOf(model.ast)?.day;
  return day === undefined || !beforeTheUnion(day) ? 'no' : consentRelativeTo(model.ast, unionFounded.day);
}

export function unionMatters(model: SemanticModel): UnionMatters {
  const unionIsParty = unionParties(model).length > 0;
  const day = conclusionOf(model.ast)?.day;
  const undetermined = (p: PartyFacts | undefined) => p !== undefined && unionIsParty && isClassOfStates(p);
  // A State that acceded after concluding the treaty is a Member State now, bound by Art. 351 to
  // remove incompatibilities: counted as one, and the note says which it is.
  // Dated by consent, not by a signature subject to ratification (lr12, defect 8): one that signed
  // before its accession and whose consent the header does not date may have bound itself as a Member State.
  const accededLater = (p: PartyFacts) => !isUnionBodyParty(p) && membershipAtConsent(model.ast, p.jurisdiction) === 'before-accession' && isEuMemberState(p.jurisdiction);
  const accessionUnsure = (p: PartyFacts) => !isUnionBodyParty(p) && membershipAtConsent(model.ast, p.jurisdiction) === 'accession-unsure' && isEuMemberState(p.jurisdiction);
  const isMember = (p: PartyFacts | undefined) => p !== undefined && (memberOnDay(p, day) || accededLater(p) || accessionUnsure(p) || undetermined(p));
  const members = model.signatories.filter(isMember);
  // Parts of one State's realm are no third countries to each other (the Netherlands and Aruba).
  const realmOfMembers = (p: PartyFacts) => members.length > 0 && members.every((m) => sameRealm(m.jurisdiction, p.jurisdiction));
  // Personal data are placed by the transfer rules' own test (below); for criminal cooperation,
  // mutual assistance and CSIRT exchange every State that was not a Member State is a third
  // country — the EEA Agreement carries neither justice and home affairs nor NIS2 (who-is-bound
  // review, item 19: Estonia–Norway on cybercrime).
  // A Union body written with another code (Europol as INT) is neither a Member State nor a third party.
  const isThird = (p: PartyFacts | undefined) =>
    p !== undefined && ((p.jurisdiction !== undefined && !isUnionBodyParty(p) && !isMember(p) && !realmOfMembers(p)) || undetermined(p));
  const nis2 = nis2ExistedOn(day);
  const matters = new Set<string>();
  const predated = new Set<string>();
  const predatedSenders: { sender: PartyFacts; regimes: TransferRegime[] }[] = [];
  const partlyPredated: { sender: PartyFacts; kept: TransferRegime[]; notKept: TransferRegime[] }[] = [];
  // Before the Union there was no Union rule on any matter (data/union-rules.ts).
  // Where consent is undated the matters stay predated and the note says so conditionally; where the
  // header dates consent after the Union's founding, the Union's rules of that day apply.
  const unionBefore = unionPredated(model);
  const beforeUnion = unionBefore === 'before' || unionBefore === 'unknown';
  // Competence in criminal matters is tested on the day the Member State consented to be bound,
  // not at a signature subject to ratification (lr10, defect 10): dated where the header dates it.
  const lisbon = day !== undefined && beforeLisbon(day) ? consentRelativeTo(model.ast, lisbonInForce.day) : 'after';
  const lisbonUnsure = new Set<string>();
  const criminalPredated = (words: string) => (lisbon === 'before' ? predated.add(words) : lisbon === 'unknown' ? lisbonUnsure.add(words) : undefined);
  // A criminal matter of a pre-Union text whose consent is undated keeps the Lisbon condition (lr12,
  // defect 10): a signature of 1992 no more shows consent before 1 December 2009 than one of 2008.
  const criminalBeforeUnion = unionBefore === 'before' || (beforeUnion && lisbon === 'before');
  const outsiders = new Set<PartyFacts>();
  for (const c of model.ast.channels) {
    const channelMembers = c.members.map((m) => model.party(m.text)).filter((p): p is PartyFacts => p !== undefined);
    const kinds = c.carries.map((k) => k.value);
    const evidence = kinds.some((k) => k !== undefined && criminalCooperation.has(k));
    if (kinds.includes('personal-data')) {
      // A recipient that was a Member State on the day, or of the same realm, is no outsider the note may name.
      for (const transfer of dataLeaving(c, channelMembers, lawEnforcementUse(c, model.ast.instrument?.title?.value), isMember, undetermined).map((t) => ({ ...t, to: t.to.filter((p) => !memberOnDay(p, day) && !realmOfMembers(p)) })).filter((t) => t.to.length > 0)) {
        const words = `transfers of personal data to ${outsiderWords(transfer.to, 'destination')} (${transfer.chapter})`;
        matters.add(words);
        if (day !== undefined && (beforeUnion || beforeTransferRules(day, transfer.regimes))) {
          predated.add(words);
          predatedSenders.push(...transfer.from.map((sender) => ({ sender, regimes: transfer.regimes })));
        } else if (day !== undefined) {
          const kept = transfer.regimes.filter((r) => beforeTransferRules(day, [r]));
          const notKept = transfer.regimes.filter((r) => !kept.includes(r));
          if (kept.length > 0) partlyPredated.push(...transfer.from.map((sender) => ({ sender, kept, notKept })));
        }
        transfer.to.forEach((p) => outsiders.add(p));
      }
    }
    const third = channelMembers.filter(isThird);
    if (!channelMembers.some(isMember) || third.length === 0) continue;
    const before = matters.size;
    if (evidence) matters.add('electronic evidence and mutual legal assistance');
    // NIS2 Art. 10(7) is on CSIRTs' cooperation with third countries' national CSIRTs; Art. 17 on
    // international agreements of the Union with third countries or international organisations.
    // NIS2 (adopted 14 December 2022) is not cited for a treaty concluded before it existed (item 12).
    const nis2Words = nis2 ? ` (NIS2 ${third.some((p) => p.effective.kind?.value !== 'international-organisation') ? 'Arts. 10(7), 17' : 'Art. 17'})` : '';
    if (kinds.some((k) => k !== undefined && csirtInformation.has(k))) matters.add(`CSIRT information sharing with ${outsiderWords(third, 'destination')}${nis2Words}`);
    if (matters.size > before) third.forEach((p) => outsiders.add(p));
    const evidenceWords = 'electronic evidence and mutual legal assistance';
    if (beforeUnion) [...matters].slice(before).filter((m) => m !== evidenceWords || criminalBeforeUnion).forEach((m) => predated.add(m));
    // Criminal matters before the Treaty of Lisbon were the third pillar (lr9, defect 7).
    if ((!beforeUnion || !criminalBeforeUnion) && evidence && matters.has(evidenceWords) && !predated.has(evidenceWords)) criminalPredated(evidenceWords);
  }
  const third = model.signatories.filter(isThird);
  if (members.length > 0 && third.length > 0 && model.ast.assistance.length > 0) {
    matters.add('mutual legal assistance in criminal matters');
    if (criminalBeforeUnion) predated.add('mutual legal assistance in criminal matters');
    else criminalPredated('mutual legal assistance in criminal matters');
    third.forEach((p) => outsiders.add(p));
  }
  return { matters: [...matters], outsiders: [...outsiders], accededLater: members.filter(accededLater), accessionUnsure: members.filter(accessionUnsure), members, predated, predatedSenders, partlyPredated, lisbonUnsure };
}

/**
 * Personal data a Member State (or a class that may hold Member States) sends on the channel to a
 * member outside the area of its transfer rules, grouped by the words naming those rules: one
 * group per regime a sender declares, one for senders whose regime is open.
 */
function dataLeaving(channel: Channel, members: readonly PartyFacts[], lawEnforcement: LawEnforcementUse | undefined, isMember: (p: PartyFacts) => boolean, undetermined: (p: PartyFacts) => boolean): { chapter: string; to: PartyFacts[]; from: PartyFacts[]; regimes: TransferRegime[] }[] {
  const groups = new Map<string, { to: Set<PartyFacts>; from: Set<PartyFacts>; regimes: Set<TransferRegime> }>();
  for (const sender of members) {
    if (!isMember(sender) || !sendsOn(channel, sender.id)) continue;
    const candidates = senderRegimes(sender, lawEnforcement, undetermined(sender));
    if (!candidates) continue;
    for (const recipient of members) {
      if (recipient === sender) continue;
      // A class of States may hold third countries whatever the regime; a declared party is placed by the transfer rules' test.
      const outside = undetermined(recipient) ? candidates.regimes : candidates.regimes.filter((r) => isChapterVDestination(recipient, r));
      if (outside.length === 0) continue;
      const chapter = chapterWords(outside, candidates.certain);
      const group = groups.get(chapter) ?? { to: new Set<PartyFacts>(), from: new Set<PartyFacts>(), regimes: new Set<TransferRegime>() };
      group.to.add(recipient);
      group.from.add(sender);
      outside.forEach((r) => group.regimes.add(r));
      groups.set(chapter, group);
    }
  }
  return [...groups].map(([chapter, g]) => ({ chapter, to: [...g.to], from: [...g.from], regimes: [...g.regimes] }));
}

/**
 * The regimes a sender may export under: the one it declares (or that is certain), else the GDPR
 * and the Directive, in the order `exporterRegime` would presume them — the Directive first on a
 * channel of criminal evidence or whose stated purpose is one of the Directive's. Undefined for a
 * sender outside Union law (`regimes outside-union-law`, GDPR Art. 2(2)(a)): it makes no Chapter V transfer.
 */
function senderRegimes(sender: PartyFacts, lawEnforcement: LawEnforcementUse | undefined, aClass: boolean): { regimes: TransferRegime[]; certain: boolean } | undefined {
  const open: TransferRegime[] = lawEnforcement ? ['LED', 'GDPR'] : ['GDPR', 'LED'];
  if (aClass) {
    const declared = open.filter((r) => sender.regimes.has(r));
    if (sender.regimes.has('outside-union-law') && declared.length === 0) return undefined;
    return declared.length > 0 ? { regimes: declared, certain: true } : { regimes: open, certain: false };
  }
  const regime = exporterRegime(sender, lawEnforcement);
  if (!regime) return undefined;
  // Declared under both, on a channel that does not say it is for criminal law: both are named
  // (fifty-third real-instrument run, point 6); on a criminal-law channel, the Directive alone.
  if (regime.certain && regime.regime === 'GDPR' && regime.alternative) return { regimes: ['GDPR', regime.alternative], certain: true };
  return regime.certain ? { regimes: [regime.regime], certain: true } : { regimes: open, certain: false };
}

/** The two Chapters a sender of open regime may transfer under, named in the order presumed. */
const eitherChapter: Readonly<Partial<Record<TransferRegime, string>>> = {
  GDPR: 'Chapter V of the GDPR or of the Law Enforcement Directive, whichever governs the sender’s processing',
  LED: 'Chapter V of the Law Enforcement Directive or of the GDPR, whichever governs the sender’s processing',
};

/** "GDPR Chapter V", or, where the sender's regime is open, the alternatives the destination is outside of. */
function chapterWords(regimes: readonly TransferRegime[], certain: boolean): string {
  if (certain && regimes.length === 2 && regimes.includes('GDPR') && regimes.includes('LED'))
    return regimes[0] === 'GDPR'
      ? 'GDPR Chapter V, or that of the Law Enforcement Directive for what competent authorities send for criminal-law purposes'
      : 'Chapter V of the Law Enforcement Directive for what competent authorities send for criminal-law purposes, GDPR Chapter V for the rest';
  if (certain || regimes.length === 1) {
    const words = regimes.map((r) => transferRules[r].chapter).join('; ');
    return certain ? words : `${words}, if the sender's processing falls under ${transferRules[regimes[0]].name}`;
  }
  return eitherChapter[regimes[0]] ?? eitherChapter.GDPR!;
}
