/**
 * The rule table: every rule, in documentation order. Adding a rule means adding it to its
 * family file and that family here; codes must be unique (a test enforces it).
 */
import type { Rule } from './rule';
import { referenceRules } from './reference-rules';
import { syntaxRules } from './syntax-rules';
import { missingClauseRules } from './missing-clause-rules';

export const allRules: readonly Rule[] = [...syntaxRules, ...referenceRules, ...missingClauseRules];

const byCode = new Map(allRules.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
