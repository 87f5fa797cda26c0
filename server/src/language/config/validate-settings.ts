/**
 * Settings come from users (VS Code settings, `.entente.json`) and may be broken. This keeps
 * what is valid and says what was ignored, instead of failing: it never throws.
 *
 * Accepted shape (the same in both places):
 *   { "profile": "mou-review",
 *     "rules": { "missing-costs": "off", "MC22": "info" },   // a rule code or a catalogue id
 *     "libraryFolders": ["clauses"] }                        // VS Code also: "library": { "folders": [...] }
 */
import { allRules } from '../rules/registry';
import { closest } from '../rules/support/ordinary-helpers';
import { profiles } from './profiles';
import { severitySettings, type AnalysisSettings, type SeveritySetting } from './settings';

export interface ValidatedSettings {
  readonly settings: AnalysisSettings;
  /** Team clause-library folders as written (the host resolves them against its base folder). */
  readonly libraryFolders: string[];
  readonly warnings: string[];
}

const knownKeys = ['profile', 'rules', 'libraryFolders', 'library', '$schema'];

/** Written forms that mean a severity: other linters' spellings are common in hand-written files. */
const severityAliases: Readonly<Record<string, SeveritySetting>> = { warn: 'warning', information: 'info', none: 'off', ignore: 'off' };

function didYouMean(word: string, candidates: readonly string[]): string {
  const [best] = closest(word, candidates, 1);
  return best ? ` (did you mean ${best}?)` : '';
}

function severity(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return (severitySettings as readonly string[]).includes(lower) ? (lower as SeveritySetting) : severityAliases[lower];
}

function validateRules(input: unknown, warnings: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (input === undefined || input === null) return rules;
  if (typeof input !== 'object' || Array.isArray(input)) {
    warnings.push('"rules" must map rule codes to severities, e.g. { "missing-costs": "off" }; ignored');
    return rules;
  }
  const codes = allRules.map((r) => r.code);
  const catalogueIds = allRules.map((r) => r.catalogueId).filter((id): id is string => !!id);
  for (const [key, value] of Object.entries(input)) {
    const isCatalogueId = /^(MC|CF)\d\d$/i.test(key);
    const code = isCatalogueId ? key.toUpperCase() : key;
    if (!codes.includes(code) && !catalogueIds.includes(code)) {
      warnings.push(`unknown rule ${key}${didYouMean(key, isCatalogueId ? catalogueIds : codes)}; ignored`);
      continue;
    }
    const chosen = severity(value);
    if (!chosen) warnings.push(`the severity of ${key} must be one of ${severitySettings.join(', ')}, not ${JSON.stringify(value)}; ignored`);
    else rules[code] = chosen;
  }
  return rules;
}

function validateFolders(input: unknown, name: string, warnings: string[]): string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    warnings.push(`"${name}" must be a list of folder paths; ignored`);
    return [];
  }
  const folders: string[] = [];
  for (const folder of input) {
    if (typeof folder === 'string' && folder.trim() !== '') folders.push(folder);
    else warnings.push(`library folder ${JSON.stringify(folder)} is not a path; ignored`);
  }
  return folders;
}

export function validateSettings(raw: unknown): ValidatedSettings {
  const warnings: string[] = [];
  if (raw === null || raw === undefined) return { settings: {}, libraryFolders: [], warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, libraryFolders: [], warnings: ['settings must be an object; ignored'] };
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!knownKeys.includes(key)) warnings.push(`unknown setting "${key}"${didYouMean(key, knownKeys)}; ignored`);
  }
  let profile: string | undefined;
  if (input.profile !== undefined && input.profile !== null) {
    const names = Object.keys(profiles);
    if (typeof input.profile === 'string' && Object.hasOwn(profiles, input.profile)) profile = input.profile;
    else warnings.push(`unknown profile ${JSON.stringify(input.profile)}${typeof input.profile === 'string' ? didYouMean(input.profile, names) : ''}; known: ${names.join(', ')}`);
  }
  const rules = validateRules(input.rules, warnings);
  const library = input.library;
  const nested = library !== null && typeof library === 'object' && !Array.isArray(library) ? (library as { folders?: unknown }).folders : undefined;
  if (library !== undefined && library !== null && (typeof library !== 'object' || Array.isArray(library))) warnings.push('"library" must be an object such as { "folders": [...] }; ignored');
  const libraryFolders = [...validateFolders(input.libraryFolders, 'libraryFolders', warnings), ...validateFolders(nested, 'library.folders', warnings)];
  return { settings: { profile, rules }, libraryFolders, warnings };
}
