/**
 * Rules that were released and then withdrawn. A code is never reused or renamed: a retired code
 * stays documented in docs/rules.md with the reason, a suppression or setting that names it is
 * told that it was retired (not that it is unknown), and the rule that replaces it, if any, has a
 * code of its own.
 */

export interface RetiredRule {
  readonly code: string;
  /** The catalogue id it implemented, if no live rule implements that id any more. */
  readonly catalogueId?: string;
  /** Why it was withdrawn, in one clause, for messages ("it …"). */
  readonly summary: string;
  /** Why it was withdrawn: the legal error in full, for docs/rules.md. */
  readonly reason: string;
  /** Codes of the rules that now cover what was right in it. */
  readonly replacedBy: readonly string[];
}

export const retiredRules: readonly RetiredRule[] = [
  {
    code: 'deadline-exceeds-statute',
    catalogueId: 'CF11',
    summary:
      'it applied statutory reporting deadlines, which bind entities towards their own authorities, to notifications between the parties of a cooperation instrument',
    reason:
      'It compared a cooperation instrument’s notification deadlines with statutory reporting deadlines (NIS2 Art. 23(4), DORA Art. 19, GDPR Art. 33, CIRCIA) and told the drafter that the statute "binds" the parties. Those statutes bind entities towards their own CSIRT, competent or supervisory authority; they set no deadline for notifications between States, ministries, CERTs or alliance bodies, and a statutory duty runs separately from the instrument. The rule also inferred NIS2 and the GDPR from EU membership (binding States, defence ministries and CERTs that receive the reports) and compared DORA’s “4 hours from classification” with deadlines counted from awareness.',
    replacedBy: ['statutory-reporting-not-reserved', 'regime-not-binding-on-party'],
  },
];

const byName = new Map<string, RetiredRule>();
for (const rule of retiredRules) {
  byName.set(rule.code, rule);
  if (rule.catalogueId) byName.set(rule.catalogueId, rule);
}

/** The retired rule a code or catalogue id names, if it names one and no live rule took it over. */
export function retiredRule(name: string): RetiredRule | undefined {
  return byName.get(name);
}

/** "x was retired: it …; see y." for messages. */
export function retirementNotice(name: string, rule: RetiredRule): string {
  const label = name === rule.code ? name : `${name} (${rule.code})`;
  const successors = rule.replacedBy.length > 0 ? ` What was right in it is now ${rule.replacedBy.join(' and ')}.` : '';
  return `${label} was retired and reports nothing (${rule.summary}; docs/rules.md#retired-rules).${successors}`;
}
