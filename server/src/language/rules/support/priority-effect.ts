/**
 * The title a relation-to-other-agreements fix carries: what the inserted clause does to the
 * priority between this treaty and the parties' other agreements (twenty-fifth run, item 4).
 */
import type { CodeFix } from '../rule';
import type { SemanticModel } from '../../model/semantic-model';
import { treatyLawParties, viennaCitation } from './vienna-convention';

/**
 * A clause that keeps the parties' other agreements ("shall be without prejudice to the rights and
 * obligations of the Parties under other international agreements") makes this treaty "subject to"
 * them: "When a treaty specifies that it is subject to, or that it is not to be considered as
 * incompatible with, an earlier or later treaty, the provisions of that other treaty prevail" (VCLT
 * Art. 30(2)), where without it "the earlier treaty applies only to the extent that its provisions
 * are compatible with those of the later treaty" (Art. 30(3); read: BWBV0003441). Between the same
 * parties that reverses the default for their earlier agreements on the subject (twenty-fifth run,
 * item 4: Aruba–Czech TIEA 2015). A drafter may mean exactly that, so the fix stays, a legal one,
 * offered alone; its title says what it does.
 *
 * The library clause has a second paragraph, "A Party that is a Member State of the European Union
 * shall apply this Treaty in accordance with its obligations under Union law", which conditions
 * that Party's performance towards every Party, third States included, on Union law: the title
 * says that too, or the drafter learns it only by reading the inserted text (export review 3,
 * item 8: the draft NL–AU MH17 treaty).
 */
export function withPriorityEffect(model: SemanticModel, fix: CodeFix): CodeFix {
  if (!fix.edits.some((e) => keepsOtherAgreements.test(e.newText))) return fix;
  return {
    ...fix,
    effect: 'legal',
    title: `${fix.title}: this treaty then yields to the Parties' other agreements, earlier or later${treatyLawParties(model) === 'states' ? ' (VCLT Art. 30(2)), where otherwise the later treaty would prevail between them (Art. 30(3))' : `, where otherwise the later treaty would prevail between them (${viennaCitation(model, 'Art. 30(2)–(3)')})`}${insertsUnionLawSentence(fix) ? "; and a Party that is a Member State is to apply it in accordance with its obligations under Union law, towards every Party, third States included" : ''}`,
  };
}

const keepsOtherAgreements = /without\s+prejudice\s+to\s+the\s+rights\s+and\s+obligations\b[^.]*\bunder\s+other\s+(?:international\s+)?agreements|other-obligations\/treaty/iu;

/** The sentence that keeps Union law (or Community law) for the Member States among the parties. */
export const unionLawSentence = /\bMember States? of (?:the European Union|the European Communities|the European Community)\b[^.]*\bshall apply this\b[^.]*\bin accordance with (?:its|their) obligations under (?:Union|Community) law/iu;

/** Whether a fix writes that sentence. */
export function insertsUnionLawSentence(fix: CodeFix): boolean {
  return fix.edits.some((e) => unionLawSentence.test(e.newText));
}
