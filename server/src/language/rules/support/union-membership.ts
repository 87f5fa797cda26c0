/**
 * Where the parties stand to Union law, for the note on an instrument's relation to the parties'
 * other obligations (missing-relation-to-other-obligations): which of them are bound by it as
 * Member States, and whether the instrument says it is made under an act of Union law.
 */
import { conclusionOf, consentRelativeTo } from '../../model/conclusion';
import { lisbonInForce } from '../../data/union-rules';
import type { SemanticModel } from '../../model/semantic-model';
import { accessionKey, accessionWords, isMemberStateOn, unionNamesOn, withdrawalWords } from '../../data/union-membership';
import { membershipAtConsent, type MembershipAtConsent } from './membership-at-consent';
import { isUnionBodyParty } from '../../model/union-body-party';
import { memberStates } from './member-states';
import { saysInProse } from './instrument-prose';
import { europeanTerritory, realmTerritoryOfParty } from '../../data/realms';

/**
 * The parties bound by Union law as Member States, each described by one pattern from its own dates
 * (data/union-membership.ts) against the day of conclusion (fifty-sixth run, item 1: the OECD
 * Convention of 1960 named Austria, Denmark, Ireland and Portugal "an EU Member State" without the
 * "not when this treaty was concluded" that only the last of their group carried):
 * - a Member State on that day, and still one, in the Union's time: "an EU Member State bound by
 *   Union law";
 * - a Member State on that day, before the Treaty on European Union, or one that has since left
 *   (the United Kingdom, 1973–2020): "a Member State of the European Communities when this treaty
 *   was concluded (…), bound by Community law then", with the day a State left;
 * - a State that acceded after that day (fiftieth run: Latvia's reply of 5 April 2004, before its
 *   accession on 1 May 2004): "an EU Member State since 1 May 2004, bound by Union law now but not
 *   when this treaty was concluded (…)".
 * Every group's words carry the whole qualifier, so a list of governments never leaves it to the
 * last of them ("AT acts for or in its State, an EU Member State; …; SE acts …, bound by Union law
 * now but not …" was read as saying AT was bound in 1960). Parties with the same words are named
 * together ("PT, ES are EU Member States since 1 January 1986, …"; governments: "PT, ES act for or
 * in their States, EU Member States since …"), which also keeps a long list within a message. A Union
 * body written with a Member State's code (Europol as NL) is no Member State.
 */
export function unionMembership(model: SemanticModel): string[] {
  const conclusion = conclusionOf(model.ast);
  const concluded = conclusion?.iso;
  // Before the Treaty on European Union there was no Union and no Union law: a Member State then
  // is named as one of the European Communities, bound by Community law (twenty-ninth run: "NL is
  // an EU Member State bound by Union law" was said of the Indonesia–Netherlands cease-fire of 1962).
  const beforeTheUnion = concluded !== undefined && unionNamesOn(concluded).union !== 'the European Union';
  // Dated only by its final formula (no header date: `conclusionOf`), with consent not given then and
  // not dated before the Treaty of Lisbon by an entry into force: the formula dates the signature, not
  // any Party's consent, which may have come under Union law (treaty lawyer lr28, D10).
  const consentUndated = conclusion !== undefined && conclusion.consent !== 'given' && consentRelativeTo(model.ast, lisbonInForce.day) !== 'before';
  const consentUndatedByFormula = consentUndated && conclusion.date === undefined;
  const groups = new Map<string, { order: number; tense: 'present' | 'past'; ids: string[] }>();
  for (const p of model.signatories) {
    // A party for a territory of the realm outside the Union, written with its Member State's code
    // ("The Kingdom of the Netherlands, in respect of Aruba", NL): Union law does not bind it for a
    // text that applies there, as with the territory's own code (hundred-and-fifteenth run, defect 3).
    if (isUnionBodyParty(p) || realmTerritoryOfParty(p.jurisdiction, p.effective.name?.value)) continue;
    const words = membershipWords(p.jurisdiction, p.isEU, concluded === undefined ? undefined : membershipAtConsent(model.ast, p.jurisdiction), concluded === undefined ? undefined : { iso: concluded, given: conclusion?.consent === 'given', act: conclusion?.verb === 'adopted' ? 'adopted' : conclusion?.event === 'the reply' ? 'exchanged' : 'signed', consentUndatedByFormula, consentUndated }, beforeTheUnion);
    if (!words) continue;
    const group = groups.get(words.membership) ?? { order: words.order, tense: words.tense, ids: [] };
    group.ids.push(p.id);
    groups.set(words.membership, group);
  }
  const territories = concluded === undefined ? [] : model.signatories.flatMap((p) => territoryWords(model, p.id, p.jurisdiction, concluded, conclusion?.consent === 'given'));
  return [...[...groups].sort(([, x], [, y]) => x.order - y.order).map(([membership, g]) => memberStates(model, g.ids, membership, g.tense, true)), ...territories];
}

/**
 * A party for a European territory for whose external relations a Member State was responsible on the day
 * that State was a Member State: the Treaties applied there (TFEU Art. 355(3); data/realms.ts), so
 * Union law bound that side too (hundred-and-sixteenth run, defect 5: "NL acts for or in its State,
 * an EU Member State bound by Union law" was all the NL–Gibraltar TIEA of 2010 was told).
 */
function territoryWords(model: SemanticModel, id: string, jurisdiction: string | undefined, concluded: string, given: boolean): string[] {
  const territory = europeanTerritory(jurisdiction);
  const then = territory ? membershipAtConsent(model.ast, territory.state) : 'never';
  if (!territory || (then !== 'member' && then !== 'withdrawal-unsure')) return [];
  const { union, law } = unionNamesOn(concluded);
  const left = withdrawalWords(territory.state);
  const open = then === 'withdrawal-unsure' ? `; whether ${territory.state} still was one when consent to be bound was given, the header does not say` : '';
  const since = left ? ` (until ${territory.state} withdrew from the Union on ${left.left}; Union law applied there until ${left.lawUntil}${open})` : '';
  return [`${id} acts for ${territory.name}, a European territory for whose external relations ${territory.state}, a Member State of ${union} when this treaty was ${given ? 'concluded' : 'signed'} (${concluded}), was responsible, to which the Treaties applied then (the rule TFEU Art. 355(3) states), bound by ${law} then${since}`];
}

/**
 * What one party's State was when it consented to be bound and is now, in the words of the note
 * (above); undefined where neither is a Member State. Membership is dated by consent, not by a
 * signature subject to ratification (treaty lawyer lr12, defect 8: Croatia signing in 2012 and the
 * United Kingdom in 2019, both by ratification): where consent follows signature the words say
 * "when this treaty was signed", and where the header does not date consent against the day the
 * State acceded or left, they say that it is open. A text dated only by its final formula dates no
 * Party's consent (in a convention, not even each Party's signature): there the words say "when
 * this treaty was signed", not "and consented to", and that Union law bound the State if it
 * consented after the Treaty of Lisbon took effect (treaty lawyer lr28, D10).
 */
function membershipWords(
  jurisdiction: string | undefined,
  memberNow: boolean,
  then: MembershipAtConsent | undefined,
  concluded: { readonly iso: string; readonly given: boolean; readonly act: 'signed' | 'adopted' | 'exchanged'; readonly consentUndatedByFormula: boolean; readonly consentUndated: boolean } | undefined,
  beforeTheUnion: boolean,
): { membership: string; tense: 'present' | 'past'; order: number } | undefined {
  if (memberNow && (then === undefined || (then === 'member' && !beforeTheUnion))) return { membership: 'an EU Member State bound by Union law', tense: 'present', order: 0 };
  if (concluded === undefined) return undefined;
  // Consent at signature (or the exchange) concludes the treaty; otherwise the day printed is the signature's.
  const when = concluded.given ? `when this treaty was concluded (${concluded.iso})` : concluded.act === 'exchanged' ? `when the notes constituting this treaty were exchanged (${concluded.iso})` : `when this treaty was ${concluded.act} (${concluded.iso})`;
  if (memberNow && (then === 'before-accession' || then === 'accession-unsure') && jurisdiction) {
    const consent = then === 'accession-unsure' ? ', nor when consent to be bound was given if that was before accession (the header does not date consent)' : concluded.given ? '' : ' or consented to';
    return { membership: `an EU Member State since ${accessionWords(jurisdiction)}, bound by Union law now but not ${when}${consent}`, tense: 'present', order: accessionKey(jurisdiction) ?? 1 };
  }
  if ((then !== 'member' && then !== 'withdrawal-unsure') || (memberNow && then !== 'member')) return undefined;
  // A Member State on the day: before the Union (bound by Community law then), or one that has left since.
  const { union, law } = unionNamesOn(concluded.iso);
  const left = memberNow ? undefined : withdrawalWords(jurisdiction);
  // lr28 D10: a date from the final formula is the signature's only; consent, undated, may postdate Community law.
  const formulaOnly = then === 'member' && !concluded.given && concluded.consentUndatedByFormula && law === 'Community law';
  // Consent is said to fall in the same membership only where something dates it before the Treaty of
  // Lisbon; the header's signature date alone does not (treaty lawyer lr30, D7), and on a text of that
  // age the Union-law hedge of a formula-dated one would be noise: the signature's day is what is said.
  const consented = then === 'member' && !concluded.given && !formulaOnly && !(concluded.consentUndated && law === 'Community law') ? ' and consented to' : '';
  const undated = formulaOnly ? `, and by Union law when consent to be bound was given, if that was on or after ${lisbonInForce.words} (the header does not date consent)` : '';
  const open = then === 'withdrawal-unsure' ? '; whether it still was one when it consented to be bound, the header does not say' : '';
  return { membership: `a Member State of ${union} ${when}${consented}, bound by ${law} then${undated}${left ? ` (withdrawn from the Union on ${left.left}${open})` : ''}`, tense: 'past', order: 0 };
}

/**
 * An instrument made under an enabling provision of an act of Union law says so ("Arrangement on
 * the basis of article 36, paragraph 3 of Regulation (EEC) No 1408/71", the Netherlands' letter of
 * 26 May 1986 to the United Kingdom; "Having regard to Article 36, paragraph 3 of Regulation (EEC)
 * No. 1408/71", the NL–Portugal arrangement of 1987): it exists only in the room that provision
 * gives, and so has stated how it relates to Union law (VCLT Art. 30(2): a treaty that "specifies
 * that it is subject to" another). A mere citation ("processed pursuant to Article 6 of Regulation
 * (EU) 2016/679") is not that: the instrument itself, or the preamble's "Having regard to", must be
 * what is made under the article.
 */
const enablingProvision = String.raw`(?:on\s+the\s+basis\s+of|pursuant\s+to|in\s+pursuance\s+of|under|in\s+(?:application|implementation|execution)\s+of)\s+`;
const unionArticle = String.raw`(?:the\s+)?articles?\s+\d+[\w()]*(?:\s*\(\d+\))?(?:,?\s+(?:paragraph|para\.)\s+\w+)?(?:\s+(?:and|to)\s+\d+[\w()]*)?,?\s+of\s+(?:the\s+)?(?:Council\s+|Commission\s+)?(?:Regulation|Directive|Decision)\b`;
/** "on the basis of the provisions of article 70, paragraph 3 of the Regulation" (Ireland–Netherlands letters of 1987, para. 1). */
const theProvisionsOf = String.raw`(?:the\s+provisions?\s+of\s+)?`;
/**
 * What the parties themselves do in the room the article leaves them: a reimbursement "shall be
 * mutually waived on the basis of the provisions of article 70, paragraph 3 of the Regulation", and
 * the costs of checks "on the basis of the provisions of article 105, paragraph 2 of Regulation
 * 574/72" (Ireland–Netherlands letters of 1987, paras. 1–2; thirtieth run, item 1). Only a waiver or
 * an agreement: those are acts of the parties; "shall be processed pursuant to Article 6 of
 * Regulation (EU) 2016/679" applies a rule of the act to them, it makes nothing under it.
 */
const partiesAct = String.raw`\b(?:shall|will|are|is|hereby)\s+(?:be\s+)?(?:mutually\s+|reciprocally\s+)?(?:waived?|agreed?)\s+`;
const madeUnderUnionLaw = new RegExp(
  [
    String.raw`\b(?:agreement|arrangement|understanding|accord|protocol|memorandum(?:\s+of\s+understanding)?|exchange\s+of\s+(?:notes|letters))\s+(?:(?:is|are|was|has\s+been|have\s+been|shall\s+be|will\s+be)\s+)?(?:(?:made|concluded|entered\s+into|agreed|established)\s+)?${enablingProvision}${theProvisionsOf}${unionArticle}`,
    String.raw`${partiesAct}${enablingProvision}${theProvisionsOf}${unionArticle}`,
    String.raw`\bhaving\s+regard\s+to\s+${theProvisionsOf}${unionArticle}`,
  ].join('|'),
  'iu',
);

export function madeUnderUnionAct(model: SemanticModel): boolean {
  return saysInProse(model, madeUnderUnionLaw, /regulation|directive|decision/iu);
}

/**
 * Every signatory a Member State (or a Member State's authority) when the instrument was concluded,
 * and the instrument made under an act of Union law (above): the Ireland–Netherlands letters of 1987
 * under Art. 70(3) of Regulation 1408/71 (thirtieth run, items 3–4). Between them a dispute on the
 * interpretation or application of the Treaties goes to no other method of settlement than those
 * the Treaties provide (Art. 344 TFEU), and whether Art. 102 of the Charter reaches the arrangement
 * at all is open.
 */
export function memberStatesUnderUnionAct(model: SemanticModel): boolean {
  const day = conclusionOf(model.ast)?.day;
  const signatories = model.signatories;
  return (
    signatories.length >= 2 &&
    signatories.every((p) => p.classOf === undefined && !isUnionBodyParty(p) && isMemberStateOn(p.jurisdiction, day)) &&
    madeUnderUnionAct(model)
  );
}

/** A class of States the text is open to without limit: "All States", "any State". */
const allStates = /\b(?:all|any)\s+States?\b/iu;

/**
 * Whether a clause may keep Union law for the Member States among the parties (the second
 * paragraph of `other-obligations/treaty`): only where a named party is, or was when the treaty
 * was concluded, a Member State, and the text is not open to all States. In a universal
 * convention (UNCAC 2003, open "to all States", Art. 67(1), and to regional economic integration
 * organisations, Art. 67(2)–(4)) the paragraph would be a disconnection clause towards every
 * Party, third States included (fourth quick-fix review, item 3).
 */
export function unionParagraphCalledFor(model: SemanticModel): boolean {
  if (model.signatories.some((p) => p.classOf !== undefined && allStates.test(p.effective.name?.value ?? ''))) return false;
  return unionMembership(model).length > 0;
}
