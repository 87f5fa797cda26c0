/**
 * The title a relation-to-other-agreements fix carries: what the inserted clause does to the
 * priority between this treaty and the parties' other agreements (twenty-fifth run, item 4).
 */
import type { CodeFix } from '../rule';

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
 */
export function withPriorityEffect(fix: CodeFix): CodeFix {
  if (!fix.edits.some((e) => keepsOtherAgreements.test(e.newText))) return fix;
  return {
    ...fix,
    effect: 'legal',
    title: `${fix.title}: this treaty then yields to the Parties' other agreements, earlier or later (VCLT Art. 30(2)), where otherwise the later treaty would prevail between them (Art. 30(3))`,
  };
}

const keepsOtherAgreements = /without\s+prejudice\s+to\s+the\s+rights\s+and\s+obligations\b[^.]*\bunder\s+other\s+(?:international\s+)?agreements|other-obligations\/treaty/iu;
