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
  const rules = settings.rules ?? {};
  const byCode = Object.hasOwn(rules, rule.code) ? valid(rules[rule.code]) : undefined;
  const byCatalogue = rule.catalogueId && Object.hasOwn(rules, rule.catalogueId) ? valid(rules[rule.catalogueId]) : undefined;
  const profile = settings.profile && Object.hasOwn(profiles, settings.profile) ? profiles[settings.profile] : undefined;
  const chosen = byCode ?? byCatalogue ?? profile?.severity(rule) ?? rule.defaultSeverity;
  return chosen === 'off' ? undefined : chosen;
}
