/**
 * Who is bound by what: the applicability model the statute-dependent checks share.
 *
 * Principles (research/sources/APPLICABILITY.md when it lands; the notes cited below until then):
 * - A statute binds a party only when the drafter declares it (`regimes …`); nothing is inferred
 *   from a jurisdiction. NIS2 binds essential and important entities (Arts. 2–3), not a State as
 *   such, and excludes public administration entities in national security, defence and law
 *   enforcement (Art. 2(7)); DORA binds financial entities (Art. 2(1)–(2)); a supervisor or CSIRT
 *   receives their reports and is not bound by them; CISA administers CIRCIA.
 * - Data protection follows the processing, not the flag: the GDPR (controllers within Union law),
 *   the Law Enforcement Directive (competent authorities in criminal matters, GDPR Art. 2(2)(d)),
 *   Regulation (EU) 2018/1725 (Union institutions and bodies, GDPR Art. 2(3)), or nothing for
 *   activities outside Union law (GDPR Art. 2(2)(a)). Where the language cannot tell — a State or
 *   ministry may act as a CSIRT, a police authority or a defence ministry — the answer is
 *   "undetermined", and checks say so conditionally at a lower severity.
 * - Adequacy decisions are scoped (GDPR Art. 45(1), (3)): see data/adequacy.ts.
 * - The Budapest Convention binds States Parties only (data/budapest-parties.ts).
 */
import { isStateKind, type PartyKind, type Regime } from '../ast/vocabulary';
import { adequacyDecision, adequacyListMonth, organisationAdequacy, scopeDescription, type AdequacyDecision } from '../data/adequacy';
import { budapestRow, type BudapestRow } from '../data/budapest-parties';
import { isInEea, placeWords } from '../data/european-union';
import { realmTerritoryOfParty } from '../data/realms';
import type { PartyFacts } from './semantic-model';
import { lawEnforcementArea, regimeOutOfReach } from './regime-reach';
import { isUnionBodyParty } from './union-body-party';

const kindWords: Readonly<Record<PartyKind, string>> = {
  state: 'a State',
  government: 'the Government of a State',
  'international-organisation': 'an international organisation',
  'government-agency': 'a government agency',
  'national-cert': 'a national CERT',
  company: 'a company',
};

function kindOf(party: PartyFacts): PartyKind | undefined {
  return party.effective.kind?.value;
}

/**
 * The kind with the jurisdiction: "a government agency in CA", but "a State (US)" — a State is
 * not in its own jurisdiction ("US is a State in US" read oddly to the eighth and eleventh runs).
 */
function kindIn(kind: PartyKind | undefined, jurisdiction: string | undefined): string {
  // "a party" when the kind is not declared.
  const words = kind ? kindWords[kind] : 'a party';
  return kind && isStateKind(kind) ? `${words} (${jurisdiction})` : `${words} in ${jurisdiction}`;
}

/**
 * Why a declared regime cannot bind this party, or undefined when it can. Only clear cases: a
 * State or an international organisation is never an entity NIS2, DORA or CIRCIA binds; a Union
 * body falls under Regulation 2018/1725 (and 2023/2841), not the GDPR or NIS2; a ministry, agency
 * or CERT is not a financial entity under DORA unless it says it is one (then the finding is a
 * warning the drafter can suppress with the reason).
 */
export function regimeMisfit(party: PartyFacts, regime: Regime): string | undefined {
  const kind = kindOf(party);
  // A Union body named as one whatever its code (Europol written INT or NL) is judged as a Union
  // body, never as an international organisation or a body of its seat's State.
  const unionBody = isUnionBodyParty(party);
  // Where the regime cannot reach at all (a third country, an international organisation): the
  // place decides before the kind (who-is-bound review, items 3, 8, 17).
  const outside = unionBody ? undefined : regimeOutOfReach(party, regime);
  if (outside) return outside;
  switch (regime) {
    case 'NIS2':
      // A government may be a public administration entity of central government, which NIS2
      // makes an essential entity (Arts. 2(2)(f)(i), 3(1)(d); citation audit): only the State as
      // such is said not to be one.
      // A directive binds the Member State it is addressed to (TFEU Art. 288(3), read): the
      // misfit is only that the entity duties a declaration stands for are not the State's
      // (who-is-bound review, item 8: the old text denied in effect that NIS2 binds the State).
      if (kind === 'state') return `NIS2 is addressed to the Member States (Art. 46) and binds ${party.jurisdiction ?? 'each Member State'} as to the result to be achieved (TFEU Art. 288(3)), through its transposing law, whereas the duties a \`regimes\` declaration stands for — risk management and incident reporting (Arts. 21, 23) — bind the essential and important entities that law identifies, public administration entities of central government among them (Arts. 2(2)(f)(i), 3(1)(d)), not the State as a party: name the ministry or agency that is such an entity, if one is meant`;
      if (unionBody) return 'Union institutions, bodies, offices and agencies are not within NIS2: their cybersecurity rules are in Regulation (EU) 2023/2841';
      if (kind === 'international-organisation') return 'an international organisation is not an essential or important entity within NIS2 (Arts. 2–3)';
      return undefined;
    case 'DORA':
      if (isStateKind(kind) || kind === 'international-organisation' || unionBody) return `DORA Art. 19 binds financial entities (Art. 2(1)(a)–(t) and (2)); ${unionBody ? 'a Union body' : kindWords[kind!]} is not one`;
      if (kind === 'government-agency' || kind === 'national-cert')
        return `DORA Art. 19 binds financial entities (Art. 2(1)(a)–(t) and (2)), which report to their competent authority; ${kindWords[kind]} that supervises them or handles their incidents receives those reports and is not bound by Art. 19 — unless it is itself a financial entity`;
      return undefined;
    case 'CIRCIA':
      if (isStateKind(kind) || kind === 'international-organisation') return `CIRCIA binds covered entities in US critical-infrastructure sectors, which report to CISA; ${kindWords[kind!]} is not one`;
      return undefined;
    case 'GDPR':
      if (unionBody) return 'the GDPR does not apply to Union institutions, bodies, offices and agencies (Art. 2(3)): Regulation (EU) 2018/1725 does, or, for the operational personal data of bodies such as Europol and Eurojust, their founding regulations (for Eurojust together with Chapter IX of Regulation (EU) 2018/1725)';
      return undefined;
    case 'EUDPR':
      if (!unionBody) return 'Regulation (EU) 2018/1725 binds only Union institutions, bodies, offices and agencies (declared with `jurisdiction EU`)';
      return undefined;
    case 'LED':
      // Art. 3(7)(b) admits a body entrusted by Member State law with public authority for those
      // purposes, which may be a company: "normally", not "never" (who-is-bound review, item 9).
      if (kind === 'company')
        return 'the Law Enforcement Directive binds competent authorities in criminal matters: a public authority competent for the prevention, investigation, detection or prosecution of criminal offences or the execution of criminal penalties, or another body or entity entrusted by Member State law to exercise public authority and public powers for those purposes (Art. 3(7)); a company normally is not one, unless Member State law so entrusts it';
      if (kind === 'international-organisation' || unionBody) return `the Law Enforcement Directive binds competent authorities of the Member States in criminal matters; ${unionBody ? 'a Union body' : kindWords[kind!]} is not one`;
      return undefined;
    default:
      return undefined;
  }
}

/** The declared regimes that can bind the party (misfits, reported by their own check, left out). */
export function bindingRegimes(party: PartyFacts): Regime[] {
  return [...party.regimes].filter((r) => regimeMisfit(party, r) === undefined);
}

// ── Data protection ─────────────────────────────────────────────────────────────────────────

/** The Union regime whose transfer rules govern personal data a party sends out of the EU/EEA. */
export type TransferRegime = 'GDPR' | 'LED' | 'EUDPR';

export interface ExporterRegime {
  readonly regime: TransferRegime;
  /** False when the language cannot tell (a State or ministry): the finding is then conditional. */
  readonly certain: boolean;
  /** Why this regime, in words for the message. */
  readonly because: string;
  /**
   * The other regime the party declares, under which part of what it sends on this channel may
   * leave (`regimes GDPR, LED`): the GDPR beside the Directive on a criminal-law channel (a body
   * that is no competent authority), the Directive beside the GDPR where the channel does not say
   * what the exchange is for (fifty-third real-instrument run, point 6).
   */
  readonly alternative?: TransferRegime;
}

/**
 * How each regime's transfer rules are cited. The GDPR's articles were read (gdpr-2016-679.md); of
 * the Law Enforcement Directive Art. 35(1) and (in Romanian) Art. 39(1), Art. 37(1) only through
 * its German transposition and the EDPB's Guidelines as summarised (see the CF16/CF17 sources).
 * A Union body's transfers are under Regulation 2018/1725, Chapter V, for administrative personal
 * data, but that Chapter excludes operational personal data, which the body's founding act
 * governs (Europol: Regulation 2016/794, Art. 25; Eurojust: Regulation 2018/1727 with Chapter IX
 * of 2018/1725, its Art. 26(1)). The language cannot tell which body or which data, so the
 * messages name the alternatives and no article of 2018/1725 (its text was not read).
 */
export const transferRules: Readonly<Record<TransferRegime, { name: string; chapter: string; basis: string }>> = {
  GDPR: {
    name: 'the GDPR',
    chapter: 'GDPR Chapter V',
    basis: 'state the appropriate safeguards (`safeguards <kind> "…"`, Art. 46) or the derogation relied on (Art. 49; for public authorities only 49(1)(d)–(g), Art. 49(3))',
  },
  LED: {
    name: 'the Law Enforcement Directive',
    chapter: 'Law Enforcement Directive (Directive (EU) 2016/680, Chapter V)',
    basis: 'state the appropriate safeguards (`safeguards <kind> "…"`) or the derogation relied on under Chapter V of the Directive',
  },
  EUDPR: {
    name: 'the transfer rules for Union bodies',
    chapter: 'Union-body transfer',
    basis:
      'state the basis relied on (`safeguards <kind> "…"`) under the rules that govern these data: Regulation (EU) 2018/1725, Chapter V, or, for operational personal data, the body’s own founding regulation (Europol: Regulation (EU) 2016/794 as amended, Art. 25; Eurojust: Regulation (EU) 2018/1727; each with Chapter IX of Regulation (EU) 2018/1725 as far as its regulation applies it) — not a GDPR tool or a supervisory authority’s authorisation under the GDPR',
  },
};

/** Why a Union body's transfers are not the GDPR's, naming both possible regimes. */
const unionBodyBecause = (id: string) =>
  `${id} is a Union body, to which the GDPR does not apply (GDPR Art. 2(3)): Regulation (EU) 2018/1725 governs its administrative personal data, and its founding regulation its operational personal data where that regulation so provides`;

/**
 * Why a channel's data may be processed for the Law Enforcement Directive's purposes: it carries
 * criminal evidence (electronic evidence, traffic data, subscriber information), or its stated
 * purpose is the prevention, investigation, detection or prosecution of criminal offences or the
 * execution of criminal penalties (Directive (EU) 2016/680, Art. 1(1); `words` quotes the
 * channel's purpose), or, on a channel without a purpose, its exchange words say the exchange is
 * for one of those (`exchange`: "law enforcement action to combat the offences", UNTOC Art. 27(1)).
 */
export type LawEnforcementUse =
  | { readonly reason: 'evidence' }
  /** `field`: the Directive purpose the instrument's title names, where the words are bare "investigations or proceedings". */
  | { readonly reason: 'purpose' | 'exchange'; readonly words: string; readonly field?: string };

/**
 * The regime under which a party would export personal data, or undefined when none of the
 * Union's transfer rules applies to it (a third-country party, an international organisation, or
 * a party that declares its processing here `outside-union-law`). On a law-enforcement channel
 * (`lawEnforcement`) a sender whose regime is open — a State, a Government, a ministry or agency,
 * a party of no stated kind — is presumed under the Directive, conditionally: only a competent
 * authority processes under it (Art. 3(7)). A company or a national CSIRT stays under the GDPR
 * whatever the channel is for (twenty-second real-instrument run, probe 8).
 */
export function exporterRegime(party: PartyFacts, lawEnforcement?: LawEnforcementUse): ExporterRegime | undefined {
  const declared = bindingRegimes(party);
  if (declared.includes('GDPR') && declared.includes('LED')) return bothDeclared(party, lawEnforcement);
  for (const regime of ['GDPR', 'LED', 'EUDPR'] as const) {
    if (declared.includes(regime)) return { regime, certain: true, because: `${party.id} declares itself bound by ${transferRules[regime].name}` };
  }
  if (declared.includes('outside-union-law')) return undefined;
  const kind = kindOf(party);
  if (isUnionBodyParty(party)) return { regime: 'EUDPR', certain: true, because: unionBodyBecause(party.id) };
  // A party for a territory of a Member State's realm where the Treaties do not apply (or only through
  // Part Four), written with the State's code ("The Government of the Faroes", DK): no Union transfer
  // rule governs its processing there (TFEU Art. 355(2), (5)(a); hundred-and-fifteenth run, defect 3).
  if (kind === 'international-organisation' || !isInEea(party.jurisdiction) || realmTerritoryOfParty(party.jurisdiction, party.effective.name?.value)) return undefined;
  if (kind === 'company') return { regime: 'GDPR', certain: true, because: `${party.id} is a company in ${party.jurisdiction}, a controller under the GDPR` };
  if (kind === 'national-cert') return { regime: 'GDPR', certain: true, because: `${party.id} is a national CSIRT, whose processing falls under the GDPR unless declared outside Union law (Art. 2(2)(a))` };
  const who = `${party.id} is ${kindIn(kindOf(party), party.jurisdiction)}`;
  if (lawEnforcement?.reason === 'purpose' || lawEnforcement?.reason === 'exchange')
    return {
      regime: 'LED',
      certain: false,
      because: `${who} on a channel ${lawEnforcement.reason === 'purpose' ? 'for' : 'whose exchange concerns'} “${lawEnforcement.words}”${lawEnforcement.field ? ` in an instrument on “${lawEnforcement.field}”` : ''}: competent authorities process data for criminal-law purposes under that Directive (Art. 1(1); GDPR Art. 2(2)(d)), other bodies under the GDPR — declare \`regimes LED\` or \`GDPR\``,
    };
  // Evidence for criminal proceedings is processed by competent authorities in criminal matters.
  if (lawEnforcement?.reason === 'evidence')
    return {
      regime: 'LED',
      certain: false,
      because: `${who} sending criminal evidence, which a competent authority processes under the Law Enforcement Directive (GDPR Art. 2(2)(d)) — declare \`regimes LED\` (or \`GDPR\`) to settle it`,
    };
  return {
    regime: 'GDPR',
    certain: false,
    because: `${who}: its processing is under the GDPR unless it acts as a law-enforcement authority (Directive 2016/680, GDPR Art. 2(2)(d)) or in national security or defence, outside Union law (GDPR Art. 2(2)(a)) — declare \`regimes GDPR\`, \`LED\` or \`outside-union-law\` to settle it`,
  };
}

/**
 * A party declared under the GDPR and the Law Enforcement Directive (`regimes GDPR, LED`: a State
 * whose police and whose other bodies both send). Which governs an exchange is decided by what the
 * exchange is for, never by the order of the declaration: the GDPR "does not apply to the
 * processing of personal data … by competent authorities for the purposes of the prevention,
 * investigation, detection or prosecution of criminal offences or the execution of criminal
 * penalties" (GDPR Art. 2(2)(d), read: OJ L 119/2016, Formex), which the Directive governs (its
 * Art. 1(1), read in the Slovak text; its transfers, Chapter V, Arts. 35–39, "by competent
 * authorities", Art. 35(1), read: legislation.gov.uk); data sent for purposes outside the
 * Directive leave under the GDPR (Directive recital 34, read in French). So on a channel whose
 * purpose, exchange words or evidence say criminal law, the Directive governs what the party
 * sends, and the message reasons under it (its Arts. 35–39), the GDPR only as the alternative for
 * a body that is no competent authority; on any other channel the GDPR is taken and the Directive
 * named beside it. Fifty-third real-instrument run, point 6: the Netherlands declared `regimes GDPR,
 * LED` and exchanging information under the 1973 Convention "in the prevention of the crimes"
 * (Art. 4(b), BWBV0003903) was reasoned under the GDPR only.
 */
function bothDeclared(party: PartyFacts, lawEnforcement: LawEnforcementUse | undefined): ExporterRegime {
  const declares = `${party.id} declares itself bound by the GDPR and by the Law Enforcement Directive`;
  if (lawEnforcement)
    return {
      regime: 'LED',
      certain: true,
      alternative: 'GDPR',
      because: `${declares}, and this channel ${lawEnforcementWords(lawEnforcement)}: what its competent authorities send for the prevention, investigation, detection or prosecution of criminal offences leaves under the Directive (its Art. 1(1), Chapter V, Arts. 35–39), which the GDPR leaves to it (GDPR Art. 2(2)(d)); only what a body of ${party.id} that is no competent authority sends would leave under the GDPR`,
    };
  return {
    regime: 'GDPR',
    certain: true,
    alternative: 'LED',
    because: `${declares}; nothing on this channel says the exchange is for the prevention, investigation, detection or prosecution of criminal offences, so the GDPR is taken, but what its competent authorities send for those purposes leaves under the Directive instead (its Art. 1(1), Chapter V, Arts. 35–39; GDPR Art. 2(2)(d))`,
  };
}

/** What makes a channel one of criminal law, in words for the message. */
function lawEnforcementWords(use: LawEnforcementUse): string {
  if (use.reason === 'evidence') return 'carries criminal evidence';
  return `${use.reason === 'purpose' ? 'is for' : 'has an exchange that concerns'} “${use.words}”${use.field ? ` in an instrument on “${use.field}”` : ''}`;
}

export interface TransferNeed {
  /** `conditional`: a Chapter V basis is needed unless a fact the language cannot state holds. */
  readonly need: 'none' | 'needed' | 'conditional';
  /** Why, in words for the message (empty when none is needed). */
  readonly why: string;
  readonly decision?: AdequacyDecision;
  /** The condition the message states before "no basis is stated", where it is not "unless it does" (a class of States). */
  readonly unless?: string;
}

/**
 * A class of States as the recipient of a sender declared under a Union transfer regime (twenty-
 * fourth real-instrument run, probe 5 and item 10): "All States", "the member States of the
 * Council of Europe", "any State invited to accede" hold third countries the checker cannot list,
 * some of which an adequacy decision covers and most of which none does. Each transfer to such a
 * State needs a Chapter V basis (GDPR Art. 44; LED Art. 35(1)), so the need is conditional on who
 * is in the class, and the message says so. For any named sender, also one whose regime is
 * inferred: a Member State named beside "All States" with no `regimes` is asked "if NL processes
 * these data under the GDPR (…)", then about the class, two conditions the message states in turn,
 * as it does for a named third State whose adequacy is scoped (thirty-eighth run, item 5: the
 * Netherlands sending data on suspected organised criminal groups under Firearms Protocol Art.
 * 12(2) was silent, while `regimes LED` was reported). Never a statute said to bind: the sender's
 * regime stays a condition. A class is never itself a sender here (the model has no notion of who
 * sends within a class). A class named as the Union's Member States holds no third country and is
 * left alone.
 */
export function classOfStatesNeed(recipient: PartyFacts, exporter: PartyFacts, regime: TransferRegime): TransferNeed | undefined {
  if (recipient.classOf === undefined || recipient.jurisdiction !== undefined || !isStateKind(kindOf(recipient))) return undefined;
  if (exporter.classOf !== undefined || unionMemberStatesClass.test(recipient.effective.name?.value ?? '')) return undefined;
  const area = regime === 'LED' ? 'the EU/EEA and Switzerland' : 'the EU/EEA';
  const decisions = regime === 'LED' ? 'no adequacy decision under the Law Enforcement Directive covers (the only one is for the United Kingdom)' : `no EU adequacy decision known to Entente as of ${adequacyListMonth} covers`;
  return {
    need: 'conditional',
    why: `${recipient.id} is a class of States whose members Entente cannot list, and may hold States outside ${area} that ${decisions}`,
    unless: 'for any it holds',
  };
}

/** "the Member States of the European Union", "Member States of the European Communities" (not "non-member States"). */
const unionMemberStatesClass = /(?<!non-)\bmember states of the (?:european (?:union|communit(?:y|ies))|union)\b/i;


/**
 * Whether personal data sent to `recipient` under `regime` leave the area in which they move
 * without a Chapter V transfer — to a third country or an international organisation, whatever
 * the basis (an adequacy decision is one). The area is the EU/EEA for the GDPR and for Union
 * bodies, and the Schengen States too for the Directive; a Union body receives inside it; a
 * recipient without a jurisdiction cannot be placed. The one test of "third country" that the
 * transfer rules and `missing-union-law-clause` share (seventeenth real-instrument run: the note
 * called Switzerland a third country under the Directive where the transfer rules did not).
 */
export function isChapterVDestination(recipient: PartyFacts, regime: TransferRegime): boolean {
  const jurisdiction = recipient.jurisdiction;
  // A Union body, also one named as such but written with its seat or as INT (union-body-jurisdiction asks for EU).
  if (isUnionBodyParty(recipient)) return false;
  if (kindOf(recipient) === 'international-organisation') return true;
  if (!jurisdiction) return false;
  return regime === 'LED' ? !lawEnforcementArea(jurisdiction) : !isInEea(jurisdiction);
}

/**
 * The recipient named as the place that has no adequacy decision, as a drafter reads it: "KZ has
 * no EU adequacy decision", not "KZ is in KZ, which has none" — a party whose id is its country's
 * code is read as that country, and a State is the place itself (fortieth real-instrument run,
 * point 4: 34 findings read so); "Kazakhstan (KZ) has …" for a State the drafter named otherwise;
 * "CERT-X is in XX, which has …" for the others; Gibraltar with what it was to the Union (r116 D4).
 */
function asPlace(recipient: PartyFacts, jurisdiction: string, lacks: string): string {
  if (recipient.id === jurisdiction) return `${placeWords(jurisdiction)} has ${lacks}`;
  if (isStateKind(kindOf(recipient))) return `${recipient.id} (${placeWords(jurisdiction, ': ')}) has ${lacks}`;
  return `${recipient.id} is in ${placeWords(jurisdiction)}, which has ${lacks}`;
}

/** Whether sending personal data to `recipient` under `regime` is a Chapter V transfer needing a basis. */
export function transferNeed(recipient: PartyFacts, regime: TransferRegime): TransferNeed {
  const kind = kindOf(recipient);
  const jurisdiction = recipient.jurisdiction;
  // Inside the area, or nowhere anyone can tell (no jurisdiction): no finding.
  if (!isChapterVDestination(recipient, regime)) return { need: 'none', why: '' };
  if (kind === 'international-organisation' || !jurisdiction) {
    // The European Patent Organisation's GDPR decision (data/adequacy.ts): by its name, since `INT` is every organisation.
    const decision = regime === 'LED' ? undefined : organisationAdequacy(recipient.effective.name?.value);
    if (decision) return { need: 'none', why: '' };
    return { need: 'needed', why: `${recipient.id} is an international organisation${regime === 'LED' ? '' : ` that no EU adequacy decision known to Entente as of ${adequacyListMonth} covers`}` };
  }
  if (regime === 'LED') {
    const decision = adequacyDecision(jurisdiction);
    if (decision?.lawEnforcement) return { need: 'none', why: '', decision };
    return { need: 'needed', why: asPlace(recipient, jurisdiction, 'no adequacy decision under the Law Enforcement Directive (the only one is for the United Kingdom)') };
  }
  const decision = adequacyDecision(jurisdiction);
  if (!decision) return { need: 'needed', why: asPlace(recipient, jurisdiction, `no EU adequacy decision known to Entente as of ${adequacyListMonth}`) };
  if (decision.scope === 'general') return { need: 'none', why: '', decision };
  if (regime === 'EUDPR') return unionBodyScopedNeed(recipient, jurisdiction);
  const scope = scopeDescription[decision.scope];
  const head = `the adequacy decision for ${decision.country} (${decision.decision}) covers only ${scope.covers}`;
  // Brazil's covers the public sector too, except the processing the LGPD leaves out: a public
  // authority is covered unless it acts in those fields, which the language cannot state.
  if (decision.scope === 'lgpd-controllers') {
    if (isStateKind(kind) || kind === 'government-agency')
      return { need: 'conditional', why: `${head}, not ${scope.excludes}; it covers ${recipient.id} (${kindIn(kind, jurisdiction)}) only if its processing of these data is not of that kind`, decision };
    return { need: 'none', why: '', decision };
  }
  if (isStateKind(kind) || kind === 'government-agency') return { need: 'needed', why: `${recipient.id} is ${kindIn(kind, jurisdiction)}, and ${head}, not ${scope.excludes}`, decision };
  if (kind === 'company' && decision.scope !== 'dpf-certified-organisations') return { need: 'none', why: '', decision };
  const unless = kind === 'company' ? `${recipient.id} is certified` : `${recipient.id} is one of them`;
  return { need: 'conditional', why: `${head}; it covers ${recipient.id} (${kindIn(kindOf(recipient), jurisdiction)}) only if ${unless}`, decision };
}

/**
 * A Union body sending to a country whose GDPR adequacy decision is scoped (US, CA, JP): that
 * decision is no basis for operational personal data (Europol's Art. 25 names adequacy decisions
 * under LED Art. 36 only), so the message does not offer it; a public authority there is covered
 * by no adequacy decision at all.
 */
function unionBodyScopedNeed(recipient: PartyFacts, jurisdiction: string): TransferNeed {
  const kind = kindOf(recipient);
  if (isStateKind(kind) || kind === 'government-agency') return { need: 'needed', why: `${recipient.id} is ${kindIn(kind, jurisdiction)}, and no adequacy decision covers public authorities there` };
  return { need: 'conditional', why: `${recipient.id} is ${kindIn(kind, jurisdiction)}, covered by an adequacy decision only in part, and only where the Union body's transfer rules accept that decision` };
}

// ── Budapest Convention ─────────────────────────────────────────────────────────────────────

/** A State, or a ministry or agency acting for one: those through whom a State Party acts. */
export function actsForState(party: PartyFacts): boolean {
  const kind = kindOf(party);
  return isStateKind(kind) || kind === 'government-agency';
}

/** The party's State's row in the list of Parties to the Convention on Cybercrime, if any. */
export function budapestStateRow(party: PartyFacts): BudapestRow | undefined {
  if (kindOf(party) === 'international-organisation' || isUnionBodyParty(party)) return undefined;
  return budapestRow(party.jurisdiction);
}

/** A State (or State organ) whose State is, on the list read, a Party to the Convention. */
export function isBudapestStateParty(party: PartyFacts): BudapestRow | undefined {
  const row = budapestStateRow(party);
  return actsForState(party) && row?.status === 'party' ? row : undefined;
}
