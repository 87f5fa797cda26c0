/**
 * Which severity a rule has under the settings: the per-code override, else the profile's
 * entry, else the rule's default. `undefined` means the rule is off.
 */
import type { Rule, Severity } from '../rules/rule';
import type { AnalysisSettings } from './settings';
import { profiles } from './profiles';

export function effectiveSeverity(rule: Rule, settings: AnalysisSettings): Severity | undefined {
  const override = settings.rules?.[rule.code];
  const fromProfile = settings.profile ? profiles[settings.profile]?.severity(rule) : undefined;
  const chosen = override ?? fromProfile ?? rule.defaultSeverity;
  return chosen === 'off' ? undefined : chosen;
}
