/**
 * The rule table as SARIF `reportingDescriptor`s, for `tool.driver.rules`: what GitHub code
 * scanning and other SARIF viewers show beside a finding (its help, its source, a link to its
 * section of docs/rules.md). Read from the same table as the editor and docs/rules.md.
 */
import type { ReportingDescriptor, ReportingConfiguration } from 'sarif';
import { allRules, ruleDocumentationUrl, type Rule, type Severity, type SourceStatus } from '../language';

/** docs/rules.md as published with the repository (the editor links to the installed copy). */
export const publishedDocsBase = 'https://github.com/entente/entente/blob/main/docs';
export const repositoryUrl = 'https://github.com/entente/entente';

/** SARIF has four levels; Entente's info and hint are both notes (the Entente name is kept in `properties`). */
export function sarifLevel(severity: Severity): ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const sourceStatusText: Record<SourceStatus, string> = {
  verified: 'verified against the primary text',
  unconfirmed: 'unconfirmed: taken from secondary material, check the primary text before citing it',
  'own-consistency-check': 'Entente’s own consistency check, resting on no outside authority',
};

/** `missing-entry-into-force` → `MissingEntryIntoForce`, the Pascal-case name SARIF suggests. */
function pascalName(code: string): string {
  return code.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

export function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const helpUri = ruleDocumentationUrl(publishedDocsBase, rule.code);
  const source = `Source: ${rule.source} (${sourceStatusText[rule.sourceStatus]}).`;
  const catalogue = rule.catalogueId ? ` Catalogue id ${rule.catalogueId}.` : '';
  return {
    id: rule.code,
    name: pascalName(rule.code),
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.message}\n\n${rule.rationale}\n\n${source}${catalogue}\n\n${helpUri}`,
      markdown: `**${rule.message}**\n\n${rule.rationale}\n\n${source}${catalogue}\n\n[The rule in docs/rules.md](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: {
      ...(rule.catalogueId ? { catalogueId: rule.catalogueId } : {}),
      source: rule.source,
      sourceStatus: rule.sourceStatus,
      family: rule.family,
      defaultSeverity: rule.defaultSeverity,
      tags: ['entente', rule.family, ...(rule.catalogueId ? [rule.catalogueId] : [])],
    },
  };
}

/**
 * A code the core reports that is not in the rule table (`document-too-large`,
 * `internal-error`): described by the first finding that carries it, so `ruleIndex` always points
 * at a descriptor.
 */
export function toolDescriptor(code: string, message: string): ReportingDescriptor {
  return {
    id: code,
    name: pascalName(code),
    shortDescription: { text: message },
    defaultConfiguration: { level: 'error' },
    properties: { family: 'tool', tags: ['entente', 'tool'] },
  };
}

export function allRuleDescriptors(): ReportingDescriptor[] {
  return allRules.map(ruleDescriptor);
}
