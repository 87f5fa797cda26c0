/**
 * The rule table: every rule Entente runs, in documentation order. To add a rule, define it in
 * its family file under `checks/` and make sure that file's list is spread below; codes must be
 * unique (a test enforces it). The order is decided here, by one sort: family, then catalogue
 * number (MC01…MC26, CF01…CF24), then the order of the family file.
 */
import { bodyCostsRules } from './checks/missing-body-costs';
import { budapestRules } from './checks/conflict-budapest';
import { classificationRules } from './checks/conflict-classification';
import { commitmentRules } from './checks/conflict-commitments';
import { bindingInstrumentRules } from './checks/conflict-binding-instrument';
import { dataProtectionRules } from './checks/conflict-data-protection';
import { foreignAccessRules } from './checks/conflict-foreign-access';
import { deadlineRules } from './checks/conflict-deadlines';
import { finalClauseConflictRules } from './checks/conflict-final-clauses';
import { finalClauseFormulaRules } from './checks/final-clause-formulas';
import { sharingRules } from './checks/conflict-sharing';
import { statusRules } from './checks/conflict-status';
import { termRules } from './checks/conflict-term';
import { tlpRules } from './checks/conflict-tlp';
import { wordingRules } from './checks/conflict-wording';
import { dateRules } from './checks/date-rules';
import { entryIntoForceRecordRules } from './checks/entry-into-force-record';
import { declarationRules } from './checks/declaration-rules';
import { consentByPartyRules } from './checks/consent-by-party-rules';
import { channelWordsRules } from './checks/channel-words';
import { definitionRules } from './checks/definition-rules';
import { fileRules } from './checks/file-rules';
import { libraryReferenceRules } from './checks/library-reference-rules';
import { libraryRules } from './checks/library-rules';
import { libraryScopeRules } from './checks/library-scope-rules';
import { contactRules } from './checks/missing-contacts';
import { cooperationRules } from './checks/missing-cooperation';
import { finalClauseRules } from './checks/missing-final-clauses';
import { implementingArrangementRules } from './checks/implementing-arrangement-rules';
import { amendingInstrumentRules } from './checks/amending-instrument-rules';
import { informationSharingRules } from './checks/missing-information-sharing';
import { legalFrameworkRules } from './checks/missing-legal-framework';
import { placeholderRules } from './checks/placeholder-rules';
import { protocolIntegrityRules } from './checks/protocol-integrity';
import { routeRules } from './checks/route-to-non-parties';
import { treatyClauseRules } from './checks/missing-treaty-clauses';
import { provisionReferenceRules } from './checks/provision-references';
import { referenceRules } from './checks/reference-rules';
import { suppressionRules } from './checks/suppression-rules';
import { syntaxRules } from './checks/syntax-rules';
import { valueRules } from './checks/value-rules';
import { unionBodyJurisdictionRules } from './checks/union-body-jurisdiction';
import type { Rule, RuleFamily } from './rule';

/** The families in the order docs/rules.md presents them. */
const familyOrder: readonly RuleFamily[] = [
  'syntax', 'reference', 'missing-clause', 'conflict', 'declaration', 'definition', 'value', 'date', 'library', 'suppression',
];

const catalogueNumber = (rule: Rule) => Number(rule.catalogueId?.slice(2) ?? 0);

export const allRules: readonly Rule[] = [
  ...syntaxRules,
  ...referenceRules, ...provisionReferenceRules,
  ...finalClauseRules, ...bodyCostsRules, ...treatyClauseRules, ...contactRules, ...informationSharingRules, ...cooperationRules, ...legalFrameworkRules, ...protocolIntegrityRules, ...routeRules,
  ...wordingRules, ...statusRules, ...finalClauseConflictRules, ...termRules, ...deadlineRules, ...classificationRules,
  ...tlpRules, ...dataProtectionRules, ...bindingInstrumentRules, ...foreignAccessRules, ...budapestRules, ...sharingRules, ...commitmentRules, ...finalClauseFormulaRules,
  ...declarationRules, ...consentByPartyRules, ...channelWordsRules, ...implementingArrangementRules, ...amendingInstrumentRules, ...fileRules, ...placeholderRules,
  ...definitionRules,
  ...valueRules, ...unionBodyJurisdictionRules,
  ...dateRules,
  ...entryIntoForceRecordRules,
  ...libraryReferenceRules, ...libraryScopeRules, ...libraryRules,
  ...suppressionRules,
].sort((a, b) => familyOrder.indexOf(a.family) - familyOrder.indexOf(b.family) || catalogueNumber(a) - catalogueNumber(b));

/** Every code and catalogue id a suppression comment or a setting may name. */
export const knownRuleNames: ReadonlySet<string> = new Set(allRules.flatMap((r) => (r.catalogueId ? [r.code, r.catalogueId] : [r.code])));

export const missingClauseRules: readonly Rule[] = allRules.filter((r) => r.family === 'missing-clause');
export const conflictRules: readonly Rule[] = allRules.filter((r) => r.family === 'conflict');

const byCode = new Map(allRules.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
