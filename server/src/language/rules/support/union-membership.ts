/**
 * Where the parties stand to Union law, for the note on an instrument's relation to the parties'
 * other obligations (missing-relation-to-other-obligations): which of them are bound by it as
 * Member States, and whether the instrument says it is made under an act of Union law.
 */
import { conclusionOf } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { euMemberStates } from '../../ast/vocabulary';
import { isMemberStateOn, unionNamesOn } from '../../data/union-membership';
import { isUnionBodyParty } from '../../model/union-body-party';
import { memberStates } from './member-states';
import { saysInProse } from './instrument-prose';

/**
 * The parties bound by Union law as Member States: today, or on the day of conclusion for a former
 * one (the United Kingdom, 1973–2020; membership at a date is data/union-membership.ts), and for
 * every one when the instrument was concluded before the Union existed (then a Member State of the
 * European Communities, bound by Community law). A Union body written with a Member State's code
 * (Europol as NL) is no Member State.
 */
export function unionMembership(model: SemanticModel): string[] {
  const reasons: string[] = [];
  const conclusion = conclusionOf(model.ast);
  const concluded = conclusion?.iso;
  // Before the Treaty on European Union there was no Union and no Union law: a Member State then
  // is named as one of the European Communities, bound by Community law (twenty-ninth run: "NL is
  // an EU Member State bound by Union law" was said of the Indonesia–Netherlands cease-fire of 1962).
  const beforeTheUnion = concluded !== undefined && unionNamesOn(concluded).union !== 'the European Union';
  const memberThen = (j: string | undefined) => beforeTheUnion && isMemberStateOn(j, conclusion?.day);
  const members = model.signatories.filter((p) => p.isEU && !isUnionBodyParty(p) && !memberThen(p.jurisdiction)).map((p) => p.id);
  if (members.length > 0) reasons.push(`${memberStates(model, members, 'an EU Member State')} bound by Union law`);
  const wasMember = (j: string | undefined) => j !== undefined && (!euMemberStates.has(j) || beforeTheUnion) && isMemberStateOn(j, conclusion?.day);
  const former = conclusion === undefined ? [] : model.signatories.filter((p) => wasMember(p.jurisdiction) && !isUnionBodyParty(p)).map((p) => p.id);
  if (concluded !== undefined && former.length > 0) {
    const { union, law } = unionNamesOn(concluded);
    reasons.push(`${memberStates(model, former, `a Member State of ${union} when this treaty was concluded (${concluded})`, 'past')}, bound by ${law} then`);
  }
  return reasons;
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
const madeUnderUnionLaw = new RegExp(
  [
    String.raw`\b(?:agreement|arrangement|understanding|accord|protocol|memorandum(?:\s+of\s+understanding)?|exchange\s+of\s+(?:notes|letters))\s+(?:(?:is|are|was|has\s+been|have\s+been|shall\s+be|will\s+be)\s+)?(?:(?:made|concluded|entered\s+into|agreed|established)\s+)?${enablingProvision}${unionArticle}`,
    String.raw`\bhaving\s+regard\s+to\s+${unionArticle}`,
  ].join('|'),
  'iu',
);

export function madeUnderUnionAct(model: SemanticModel): boolean {
  return saysInProse(model, madeUnderUnionLaw, /regulation|directive|decision/iu);
}
