/**
 * One rule explained for the drafter, as Markdown: what to do, why, the source and how firmly it
 * was checked, how severe it is here (under the drafter's settings) and under each profile, an
 * example that triggers it and the same example fixed, and how to switch it off or suppress one
 * finding. The editor shows it when a diagnostic's rule link is followed, instead of the whole
 * docs/rules.md. Read from the rule table, like docs/rules.md.
 */
import { effectiveSeverity } from '../config/effective-severity';
import { profiles } from '../config/profiles';
import type { AnalysisSettings } from '../config/settings';
import { allRules, ruleByCode } from '../rules/registry';
import type { Rule, Severity, SourceStatus } from '../rules/rule';

/** How firmly the source was checked, in the drafter's words (as docs/rules.md says it). */
export const sourceStatusDescription: Record<SourceStatus, string> = {
  verified: 'Verified against the source.',
  unconfirmed: '**Unconfirmed**: taken from secondary material; check the primary text before citing it as authority.',
  'own-consistency-check': 'Entente’s own consistency check: it rests on no outside authority.',
};

/** A rule as a pick list shows it. */
export interface RuleSummary {
  readonly code: string;
  readonly catalogueId?: string;
  readonly family: string;
  readonly message: string;
  /** Under the settings given; `off` when they switch the rule off. */
  readonly severity: Severity | 'off';
}

export function ruleSummaries(settings: AnalysisSettings): RuleSummary[] {
  return allRules.map((rule) => ({
    code: rule.code,
    ...(rule.catalogueId ? { catalogueId: rule.catalogueId } : {}),
    family: rule.family,
    message: rule.message,
    severity: effectiveSeverity(rule, settings) ?? 'off',
  }));
}

/** The explanation of the rule with this code, or undefined for an unknown code. */
export function ruleExplanation(code: string, settings: AnalysisSettings): string | undefined {
  const rule = ruleByCode(code);
  if (!rule) return undefined;
  const here = effectiveSeverity(rule, settings) ?? 'off';
  const setting = settings.profile && settings.profile !== 'default' ? `under your settings (profile \`${settings.profile}\`)` : 'under your settings';
  return [
    `# ${rule.code}${rule.catalogueId ? ` (${rule.catalogueId})` : ''}`,
    '',
    `**What to do.** ${rule.message}`,
    '',
    `**Why.** ${rule.rationale}`,
    '',
    `**Source.** ${rule.source}`,
    '',
    `**How firmly the source was checked.** ${sourceStatusDescription[rule.sourceStatus]}`,
    '',
    `**Severity.** ${here} ${setting}; ${rule.defaultSeverity} by default${profileChanges(rule)}.`,
    '',
    ...Object.entries(rule.example.files ?? {}).flatMap(([path, text]) => [`**With the file \`${path}\`:**`, '', fence(text), '']),
    '**This triggers it:**',
    '',
    fence(rule.example.trigger),
    '',
    '**The same, corrected:**',
    '',
    fence(rule.example.fix),
    '',
    '**Switching it off.** ' +
      (rule.code === 'syntax-error'
        ? 'A syntax error cannot be switched off or suppressed: the text must be corrected.'
        : `In the settings, \`"entente.rules": { "${rule.code}": "off" }\` (or \`"info"\`, \`"warning"\`…) for the whole workspace. For one finding, write on the line before it \`// entente-disable-next-line ${rule.code} -- <the reason>\`; the reason is required.`),
    '',
  ].join('\n');
}

/** `; strict: error; mou-review: off` — the profiles that change the rule's severity. */
function profileChanges(rule: Rule): string {
  const changes = Object.keys(profiles)
    .map((name) => ({ name, severity: effectiveSeverity(rule, { profile: name }) ?? 'off' }))
    .filter(({ severity }) => severity !== rule.defaultSeverity)
    .map(({ name, severity }) => `; ${severity} under the \`${name}\` profile`);
  return changes.join('');
}

function fence(code: string): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}entente\n${code.endsWith('\n') ? code : code + '\n'}${ticks}`;
}
