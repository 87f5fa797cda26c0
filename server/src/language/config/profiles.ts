/**
 * Named profiles: a reviewer's preset of severities. A profile maps a rule to a severity or
 * leaves it at its default (undefined).
 */
import type { Rule } from '../rules/rule';
import type { SeveritySetting } from './settings';

export interface Profile {
  readonly description: string;
  severity(rule: Rule): SeveritySetting | undefined;
}

export const profiles: Readonly<Record<string, Profile>> = {
  default: {
    description: 'Every rule at its default severity.',
    severity: () => undefined,
  },
  strict: {
    description: 'For a final review before signature: every warning becomes an error, every info a warning.',
    severity: (rule) => (rule.defaultSeverity === 'warning' ? 'error' : rule.defaultSeverity === 'info' ? 'warning' : undefined),
  },
  'mou-review': {
    description: 'For reviewing a non-binding MoU: wording and status conflicts become errors; treaty-only final clauses are off.',
    severity: (rule) =>
      ['CF01', 'CF02', 'CF03', 'CF21', 'MC11'].includes(rule.catalogueId ?? '')
        ? 'error'
        : ['MC06', 'MC07', 'MC08', 'MC10'].includes(rule.catalogueId ?? '')
          ? 'off'
          : undefined,
  },
  'treaty-review': {
    description: 'For reviewing a treaty: final clauses (consent, depositary, reservations, registration) and treaty capacity become errors.',
    severity: (rule) =>
      ['MC06', 'MC07', 'MC08', 'MC10', 'CF04', 'CF05', 'CF06', 'CF07', 'CF08', 'CF22'].includes(rule.catalogueId ?? '') ? 'error' : undefined,
  },
};
