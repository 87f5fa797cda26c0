/**
 * The conflict catalogue (drafting-rules.md §C, CF01–CF24), in catalogue order. Each family file
 * holds the rules of one theme; this list is what the registry takes.
 */
import { budapestRules } from './conflict-budapest';
import { classificationRules } from './conflict-classification';
import { commitmentRules } from './conflict-commitments';
import { dataProtectionRules } from './conflict-data-protection';
import { deadlineRules } from './conflict-deadlines';
import { finalClauseRules } from './conflict-final-clauses';
import { sharingRules } from './conflict-sharing';
import { statusRules } from './conflict-status';
import { termRules } from './conflict-term';
import { tlpRules } from './conflict-tlp';
import { wordingRules } from './conflict-wording';
import type { Rule } from './rule';

const catalogueOrder = (rule: Rule) => Number(rule.catalogueId?.slice(2) ?? 99);

export const conflictRules: readonly Rule[] = [
  ...wordingRules,
  ...statusRules,
  ...finalClauseRules,
  ...termRules,
  ...deadlineRules,
  ...classificationRules,
  ...tlpRules,
  ...dataProtectionRules,
  ...budapestRules,
  ...sharingRules,
  ...commitmentRules,
].sort((a, b) => catalogueOrder(a) - catalogueOrder(b));
