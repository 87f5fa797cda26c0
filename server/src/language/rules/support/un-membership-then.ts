/**
 * Which signatories Art. 102 of the UN Charter binds for this treaty: "Every treaty … entered into
 * by any Member of the United Nations after the present Charter comes into force" (Art. 102(1)). A
 * draft will be entered into by the States that are Members now; a concluded text was entered into
 * by each Party when it consented, and a State admitted later is not bound by Art. 102 for it
 * (lr17, D1; eighty-fourth run, defect 2: "BE, LU, NL, KR … UN Members, so Art. 102 … applies" on a
 * 1970 Agreement, Korea not then a Member). A State is said to have been a Member then only where
 * its admission date is known (data/un-admissions.ts) and the header dates its consent on or after
 * it, but not on the day of admission itself: a text dated that day may have been signed before the
 * admission, which the date cannot show (treaty lawyer lr28, D7: the General Assembly admitted the
 * Republic of Korea on 17 September 1991, the first day of its session, S. S. Kim, International
 * Journal of Korean Studies 1997, read), so the condition is stated with the day. Said not to have
 * been one only where the header dates its consent before that date (or on or before a day it was not
 * on the UN's roster); otherwise the message states the condition. The
 * Charter's entry into force is every State's first possible day of membership: consent the header
 * dates before 24 October 1945 was given by no Member (before-the-charter.ts; lr19, D3).
 *
 * The one home of the Art. 102 reading: `missing-registration` and `treaty-registration-none` ask
 * it the same questions (`outsideArticle102`, `unMembershipWhenEntered`) and say its answer in the
 * same sentences (`registrationBinds`, `registrationParts`), so that they cannot contradict each
 * other on one file (lr19, D1: the error named as a Member a State the note said Art. 102 did not
 * bind). The header's dates of consent come from model/conclusion.ts (`consentRelativeTo`).
 */
import type { SemanticModel } from '../../model/semantic-model';
import { compareDays, conclusionOf, concludedText, consentRelativeTo, type Conclusion } from '../../model/conclusion';
import { isUnMember } from '../../data/un-members';
import { unAdmission } from '../../data/un-admissions';
import { formerCountry } from '../../ast/iso3166-3';
import { treatyStateOf } from '../../data/realms';
import { memberStates } from './member-states';
import { consentAgainstTheCharter, consentedBeforeTheCharter, signedBeforeTheCharterConsentUndated } from './before-the-charter';

/**
 * The signatories that are UN Members, and whether every signatory's membership is known. A class
 * of parties ("the member States of the Council of Europe") has no one membership: it leaves the
 * answer unknown.
 */
export function unMembership(model: SemanticModel): { members: string[]; allKnown: boolean } {
  // A loop, not callbacks made per analysis (V8 drops their optimised code with them at the next collection).
  const members: string[] = [];
  let allKnown = model.signatories.length > 0;
  for (const p of model.signatories) {
    const member = p.classOf ? undefined : isUnMember({ kind: p.effective.kind?.value, jurisdiction: memberCode(p) });
    if (member) members.push(p.id);
    if (member === undefined) allKnown = false;
  }
  return { members, allKnown };
}

export interface MembershipWhenEntered {
  /** Whether the answer is about the day each entered into it (a concluded text) rather than today. */
  readonly concluded: boolean;
  /** Members when they entered into it (a draft: Members now). */
  readonly members: string[];
  /** Not Members when they entered into it, each with what Entente read of its admission. */
  readonly notThen: { readonly id: string; readonly why: string }[];
  /** Members now whose membership then is not known: the message states the condition for them. */
  readonly unsure: string[];
  /** Of `unsure`, those admitted on the day the header dates the treaty's conclusion, with the words that say so. */
  readonly admittedThatDay: { readonly id: string; readonly why: string }[];
  /** Whether every signatory's answer is known (no class of parties, no undeclared jurisdiction). */
  readonly allKnown: boolean;
}

export function unMembershipWhenEntered(model: SemanticModel): MembershipWhenEntered {
  const today = unMembership(model);
  if (!concludedText(model.ast)) return { concluded: false, members: today.members, notThen: [], unsure: [], admittedThatDay: [], allKnown: today.allKnown };
  const members: string[] = [];
  const notThen: { id: string; why: string }[] = [];
  const unsure: string[] = [];
  const admittedThatDay: { id: string; why: string }[] = [];
  const conclusion = conclusionOf(model.ast);
  const beforeTheCharter = consentAgainstTheCharter(model) === 'before';
  for (const p of model.signatories) {
    const admission = unAdmission(memberCode(p));
    // An organisation, or a State outside the UN today, was not a Member then either; but a State
    // that no longer exists (an ISO 3166-3 code) may have been one then: Czechoslovakia, an original
    // Member, for a 1975 treaty (r108 D1). Its admission is read like any other's, or the condition stated.
    if (!today.members.includes(p.id) && !formerStateParty(p)) continue;
    if (beforeTheCharter) {
      notThen.push({ id: p.id, why: 'no State was a UN Member before the Charter came into force on 24 October 1945' });
    } else if (!admission) {
      unsure.push(p.id);
    } else if ('admitted' in admission && admission.ceased && consentRelativeTo(model.ast, admission.ceased.from) === 'after') {
      // Dated after the State ceased to exist (lr26 D6): no Member then, and the date or the code is wrong.
      notThen.push({ id: p.id, why: admission.ceased.text });
    } else if ('admitted' in admission && conclusion && compareDays(conclusion.day, admission.admitted) === 0) {
      // Admitted on the day the text is dated (lr28 D7): the date cannot show whether the Party
      // consented before or after the General Assembly admitted it that day, so the condition stands.
      unsure.push(p.id);
      admittedThatDay.push({ id: p.id, why: `${admission.joined}, ${dayOfThe(conclusion)}` });
    } else if ('admitted' in admission) {
      const when = consentRelativeTo(model.ast, admission.admitted);
      if (when === 'after') members.push(p.id);
      else if (when === 'before') notThen.push({ id: p.id, why: admission.text });
      else unsure.push(p.id);
    } else {
      // The day after the roster's: consent before it is consent on or before the roster's day
      // (consentRelativeTo compares year, month and day in turn, so day 32 of a month serves).
      const next = { ...admission.absentOn, day: admission.absentOn.day + 1 };
      if (consentRelativeTo(model.ast, next) === 'before') notThen.push({ id: p.id, why: admission.text });
      else unsure.push(p.id);
    }
  }
  return { concluded: true, members, notThen, unsure, admittedThatDay, allKnown: today.allKnown };
}

/** "the day of signature", "the day of the reply": the act the header dates the treaty by. */
function dayOfThe(conclusion: Conclusion): string {
  return conclusion.event === 'the signature' ? 'the day of signature' : `the day of ${conclusion.event}`;
}

/** Whether Art. 102 binds none of the signatories for this treaty, as far as Entente knows. */
export function noMemberWhenEntered(model: SemanticModel): boolean {
  const m = unMembershipWhenEntered(model);
  return m.allKnown && m.members.length === 0 && m.unsure.length === 0;
}

/**
 * Whether Art. 102 is shown not to reach this treaty: the header dates the Parties' consent before
 * the Charter came into force (whoever the Parties are, no State was a Member then), or every
 * signatory is known not to have been a Member when it entered into it. Both registration rules stop
 * here, and only here.
 */
export function outsideArticle102(model: SemanticModel): boolean {
  return consentedBeforeTheCharter(model) || noMemberWhenEntered(model);
}

/**
 * The parts of the registration findings' words on whom Art. 102 binds, each a sentence or absent:
 * `bound` names the Parties known to be bound (on a draft the Members of today), `notBound` those
 * known not to be, with what Entente read, `condition` the rest, and `charter` a signature before
 * the Charter came into force whose consents the header does not date.
 */
export interface RegistrationParts {
  readonly membership: MembershipWhenEntered;
  readonly notBound?: string;
  readonly condition?: string;
  readonly charter?: string;
  /** " (admitted on 17 September 1991, the day of signature)": said after a condition on those admitted that day (lr28 D7). */
  readonly admittedThatDay: string;
}

export function registrationParts(model: SemanticModel): RegistrationParts {
  const m = unMembershipWhenEntered(model);
  if (!m.concluded) return { membership: m, admittedThatDay: '' };
  let notBound: string | undefined;
  if (m.notThen.length > 0) {
    const allStates = m.notThen.every((n) => isState(model, n.id));
    const one = m.notThen.length === 1;
    const subject = one ? (allStates ? 'it was' : 'its State was') : allStates ? 'they were' : 'their States were';
    const reasons = m.notThen.map((n) => (one ? n.why : `${n.id}: ${n.why}`)).join('; ');
    notBound = `Art. 102 does not bind ${m.notThen.map((n) => n.id).join(', ')} for this treaty: ${subject} not ${one ? 'a UN Member' : 'UN Members'} when ${one ? 'it' : 'they'} entered into it (${reasons}).`;
  }
  let condition: string | undefined;
  const thatDay = m.admittedThatDay.map((a) => (m.unsure.length === 1 ? a.why : `${a.id}: ${a.why}`)).join('; ');
  const admitted = thatDay ? ` (${thatDay})` : '';
  if (m.unsure.length > 0) {
    const states = m.unsure.every((id) => isState(model, id));
    const member = states ? 'was a UN Member' : 'was, or acted for, a UN Member';
    condition = m.unsure.length === 1 ? `Art. 102 of the UN Charter binds ${m.unsure[0]} if it ${member} when it entered into the treaty${admitted}.` : `Art. 102 of the UN Charter binds each of ${m.unsure.join(', ')} that ${member} when it entered into the treaty${admitted}.`;
  }
  const signed = signedBeforeTheCharterConsentUndated(model);
  // lr19, D3: signed before the Charter came into force, consented to on a day the header does not give.
  const charter = signed ? `The header dates the signature ${signed}, before the Charter came into force on 24 October 1945, but not the consents to be bound: a Party entered into the treaty when it consented, and Art. 102 reaches it only if it was a UN Member then.` : undefined;
  return { membership: m, notBound, condition, charter, admittedThatDay: admitted };
}

/**
 * The registration finding's words on whom Art. 102 binds: on a draft the Members of today; on a
 * concluded text only those known to have been Members when they entered into it, those known not
 * to have been named as not bound, and for the rest the condition (eighty-fourth run, defect 2).
 */
export function registrationBinds(model: SemanticModel): string {
  const { membership: m, notBound, condition, charter } = registrationParts(model);
  if (!m.concluded) {
    return m.members.length > 0 ? ` ${unMembersWords(model, m.members, 'a UN Member', 'present')}, so Art. 102 of the UN Charter applies.` : ' If any Party is a UN Member, Art. 102 of the UN Charter requires it.';
  }
  const parts: string[] = [];
  if (m.members.length > 0) parts.push(`${unMembersWords(model, m.members, 'a UN Member on entering into the treaty', 'past')}, so Art. 102 of the UN Charter applies.`);
  if (notBound) parts.push(notBound);
  if (condition) parts.push(condition);
  if (parts.length === 0 || (m.members.length === 0 && m.unsure.length === 0 && !m.allKnown)) parts.push('If any Party was a UN Member when it entered into the treaty, Art. 102 of the UN Charter requires it.');
  if (charter) parts.push(charter);
  return ` ${parts.join(' ')}`;
}

/**
 * The code whose membership Art. 102 asks: a territory's State where the State enters into treaties
 * for it (data/realms.ts: "The Kingdom of the Netherlands, in respect of Aruba", `jurisdiction AW`, is
 * the Kingdom, a Member since 10 December 1945; hundred-and-fifteenth run, defect 1), else the
 * signatory's own code.
 */
function memberCode(p: SemanticModel['signatories'][number]): string | undefined {
  return p.effective.kind?.value === 'international-organisation' ? p.jurisdiction : (treatyStateOf(p.jurisdiction)?.state ?? p.jurisdiction);
}

/**
 * How a finding names the Parties Art. 102 binds: memberStates' words, except that a Party for a
 * territory is named with the State that entered into the treaty ("AW is the Kingdom of the
 * Netherlands, a UN Member …, in respect of Aruba"; "FO acts for the Kingdom of Denmark, …, in respect
 * of the Faroe Islands"), never as a Member itself or one acting "for or in" the territory.
 */
export function unMembersWords(model: SemanticModel, ids: readonly string[], membership: string, tense: 'present' | 'past'): string {
  const party = (id: string) => model.signatories.find((p) => p.id === id);
  const linked = ids.filter((id) => treatyStateOf(party(id)?.jurisdiction) !== undefined);
  const plain = ids.filter((id) => !linked.includes(id));
  const phrases = plain.length > 0 ? [memberStates(model, plain, membership, tense, true)] : [];
  for (const id of linked) {
    const p = party(id)!;
    const t = treatyStateOf(p.jurisdiction)!;
    // The membership is the State's, set beside it: "…, in respect of Aruba, a UN Member" read as Aruba's (treaty lawyer lr30, D8).
    phrases.push(p.effective.kind?.value === 'state' ? `${id} is ${t.stateName}, ${membership}, in respect of ${t.name}` : `${id} acts for ${t.stateName}, ${membership}, in respect of ${t.name}`);
  }
  return phrases.join('; ');
}

/** A signatory of a former country's code (ISO 3166-3): not a Member today, perhaps one then. */
function formerStateParty(p: SemanticModel['signatories'][number]): boolean {
  return !p.classOf && p.effective.kind?.value !== 'international-organisation' && p.jurisdiction !== undefined && formerCountry(p.jurisdiction) !== undefined;
}

function isState(model: SemanticModel, id: string): boolean {
  return model.signatories.find((p) => p.id === id)?.effective.kind?.value === 'state';
}
