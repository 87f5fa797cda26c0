/**
 * The missing-clause family (catalogue §B, MC01–MC26) in catalogue order, for the rule table.
 * MC03 is two rules (treaty: error, MoU: warning); see missing-final-clauses.ts.
 */
import type { Rule } from './rule';
import { librarySatisfies } from './missing-applicability';
import { contactRules } from './missing-contacts';
import { cooperationRules } from './missing-cooperation';
import { finalClauseRules } from './missing-final-clauses';
import { informationSharingRules } from './missing-information-sharing';
import { treatyClauseRules } from './missing-treaty-clauses';

const unordered: readonly Rule[] = [...finalClauseRules, ...treatyClauseRules, ...contactRules, ...informationSharingRules, ...cooperationRules];

/** A library clause that says it satisfies a rule (its `satisfies` list) silences that rule. */
function honouringLibrarySatisfies(rule: Rule): Rule {
  return {
    ...rule,
    check(context) {
      if (!librarySatisfies(context.model, rule)) rule.check(context);
    },
  };
}

export const missingClauseRules: readonly Rule[] = [...unordered]
  .sort((a, b) => (a.catalogueId ?? '').localeCompare(b.catalogueId ?? ''))
  .map(honouringLibrarySatisfies);
