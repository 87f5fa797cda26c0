/**
 * The rule table: every rule, in documentation order. Adding a rule means adding it to its
 * family file and that family here; codes must be unique (a test enforces it).
 */
import type { Rule } from './rule';
import { referenceRules } from './reference-rules';
import { syntaxRules } from './syntax-rules';
import { missingClauseRules } from './missing-clause-rules';
import { dateRules } from './date-rules';
import { declarationRules } from './declaration-rules';
import { definitionRules } from './definition-rules';
import { libraryReferenceRules } from './library-reference-rules';
import { libraryRules } from './library-rules';
import { setKnownCodes, suppressionRules } from './suppression-rules';
import { valueRules } from './value-rules';
import { conflictRules } from './conflict-rules';

export const allRules: readonly Rule[] = [
  ...syntaxRules,
  ...referenceRules,
  ...missingClauseRules,
  ...conflictRules,
  ...declarationRules,
  ...definitionRules,
  ...valueRules,
  ...dateRules,
  ...libraryReferenceRules,
  ...libraryRules,
  ...suppressionRules,
];

// The suppression checks need the codes (and catalogue ids) of every rule, which only exist once this table does.
setKnownCodes(() => [...new Set(allRules.flatMap((r) => (r.catalogueId ? [r.code, r.catalogueId] : [r.code])))]);

const byCode = new Map(allRules.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
