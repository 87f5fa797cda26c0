/**
 * Settings come from users (VS Code settings, `.entente.json`) and may be broken. This keeps
 * what is valid and says what was ignored, instead of failing.
 */
import { allRules } from '../rules/registry';
import { profiles } from './profiles';
import { severitySettings, type AnalysisSettings, type SeveritySetting } from './settings';

export function validateSettings(raw: unknown): { settings: AnalysisSettings; warnings: string[] } {
  const warnings: string[] = [];
  if (raw === null || raw === undefined) return { settings: {}, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, warnings: ['settings must be an object; ignored'] };
  const input = raw as { profile?: unknown; rules?: unknown };
  let profile: string | undefined;
  if (input.profile !== undefined) {
    if (typeof input.profile === 'string' && profiles[input.profile]) profile = input.profile;
    else warnings.push(`unknown profile ${JSON.stringify(input.profile)}; known: ${Object.keys(profiles).join(', ')}`);
  }
  const rules: Record<string, SeveritySetting> = {};
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) warnings.push('"rules" must map rule codes to severities; ignored');
    else {
      const codes = new Set(allRules.map((r) => r.code));
      for (const [code, value] of Object.entries(input.rules)) {
        if (!codes.has(code)) warnings.push(`unknown rule code ${code}; ignored`);
        else if (typeof value !== 'string' || !(severitySettings as readonly string[]).includes(value)) warnings.push(`severity of ${code} must be one of ${severitySettings.join(', ')}; ignored`);
        else rules[code] = value as SeveritySetting;
      }
    }
  }
  return { settings: { profile, rules }, warnings };
}
