/**
 * Which severity a rule has under the settings: the override by rule code, else the override
 * by catalogue id (`MC22`), else the profile's entry, else the rule's default. `undefined`
 * means the rule is off. Settings reach here unvalidated from tests and hosts, so unknown
 * profiles and values are ignored rather than trusted.
 */
import type { Rule, Severity } from '../rules/rule';
import type { AnalysisSettings, SeveritySetting } from './settings';
import { severitySettings } from './settings';
import { profiles } from './profiles';

function valid(value: unknown): SeveritySetting | undefined {
  return typeof value === 'string' && (severitySettings as readonly string[]).includes(value) ? (value as SeveritySetting) : undefined;
}

export function effectiveSeverity(rule: Rule, settings: AnalysisSettings): Severity | undefined {
  const byRule = ruleSetting(rule, settings);
  const profile = settings.profile && Object.hasOwn(profiles, settings.profile) ? profiles[settings.profile] : undefined;
  const chosen = byRule ?? profile?.severity(rule) ?? rule.defaultSeverity;
  return chosen === 'off' ? undefined : chosen;
}

/** The override by rule code, else by catalogue id, if the settings give one. */
function ruleSetting(rule: Rule, settings: AnalysisSettings): SeveritySetting | undefined {
  const rules = settings.rules ?? {};
  const byCode = Object.hasOwn(rules, rule.code) ? valid(rules[rule.code]) : undefined;
  return byCode ?? (rule.catalogueId && Object.hasOwn(rules, rule.catalogueId) ? valid(rules[rule.catalogueId]) : undefined);
}

const rank: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

/**
 * One finding's severity: the rule's, lowered to the finding's `profileCeiling` where that is
 * lower and no per-rule setting chose the severity (the reviewer who names the rule decides).
 */
export function findingSeverity(rule: Rule, settings: AnalysisSettings, severity: Severity, ceiling: Severity | undefined): Severity {
  if (!ceiling || rank[severity] <= rank[ceiling] || ruleSetting(rule, settings) !== undefined) return severity;
  return ceiling;
}
