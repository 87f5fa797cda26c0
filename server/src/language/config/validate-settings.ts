/**
 * Settings come from users (VS Code settings, `.entente.json`) and may be broken. This keeps
 * what is valid and says what was ignored, instead of failing: it never throws.
 *
 * Only own properties are read, and the keys `__proto__`, `constructor` and `prototype` are
 * refused by name wherever a key is read (top level, `rules`, `library`): an object whose
 * prototype a file has set must not lend it settings, and a lookup by a user's word must not
 * find JavaScript's built-ins (`"missing-costs": "constructor"` once yielded a function).
 *
 * Accepted shape (the same in both places):
 *   { "profile": "mou-review",
 *     "rules": { "missing-costs": "off", "MC22": "info" },   // a rule code or a catalogue id
 *     "libraryFolders": ["clauses"] }                        // VS Code also: "library": { "folders": [...] }
 */
import { allRules } from '../rules/registry';
import { retiredRule } from '../rules/retired';
import { closest } from '../rules/support/ordinary-helpers';
import { isPrototypeKey } from '../util/json-text';
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

/** Suggestions only for words of a plausible length: the edit distance costs length × length. */
const maxSuggestedLength = 64;

function didYouMean(word: string, candidates: readonly string[]): string {
  if (word.length > maxSuggestedLength) return '';
  const [best] = closest(word, candidates, 1);
  return best ? ` (did you mean ${best}?)` : '';
}

/** A user's word in a message, cut short when long. */
function shortened(word: string): string {
  return word.length > maxSuggestedLength ? `${word.slice(0, maxSuggestedLength)}…` : word;
}

function quoted(word: string): string {
  return JSON.stringify(shortened(word));
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function prototypeKeyWarning(key: string, where: string): string {
  return `${JSON.stringify(key)} cannot be ${where} (it names JavaScript's object machinery); ignored`;
}

function severity(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if ((severitySettings as readonly string[]).includes(lower)) return lower as SeveritySetting;
  return Object.hasOwn(severityAliases, lower) ? severityAliases[lower] : undefined;
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
    if (isPrototypeKey(key)) {
      warnings.push(prototypeKeyWarning(key, 'a rule code'));
      continue;
    }
    const isCatalogueId = /^(MC|CF)\d\d$/i.test(key);
    const code = isCatalogueId ? key.toUpperCase() : key;
    if (!codes.includes(code) && !catalogueIds.includes(code)) {
      const retired = retiredRule(code);
      if (retired) {
        warnings.push(`rule ${shortened(key)} was retired (${retired.summary}; see docs/rules.md#retired-rules); ignored`);
        continue;
      }
      warnings.push(`unknown rule ${shortened(key)}${didYouMean(key, isCatalogueId ? catalogueIds : codes)}; ignored`);
      continue;
    }
    const chosen = severity(value);
    if (!chosen) warnings.push(`the severity of ${key} must be one of ${severitySettings.join(', ')}, not ${typeof value === 'string' ? quoted(value) : JSON.stringify(value) ?? String(value)}; ignored`);
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
    else warnings.push(`library folder ${typeof folder === 'string' ? quoted(folder) : shortened(JSON.stringify(folder) ?? String(folder))} is not a path; ignored`);
  }
  return folders;
}

export function validateSettings(raw: unknown): ValidatedSettings {
  const warnings: string[] = [];
  if (raw === null || raw === undefined) return { settings: {}, libraryFolders: [], warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, libraryFolders: [], warnings: ['settings must be an object; ignored'] };
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (isPrototypeKey(key)) warnings.push(prototypeKeyWarning(key, 'a setting'));
    else if (!knownKeys.includes(key)) warnings.push(`unknown setting ${quoted(key)}${didYouMean(key, knownKeys)}; ignored`);
  }
  let profile: string | undefined;
  const givenProfile = own(input, 'profile');
  if (givenProfile !== undefined && givenProfile !== null) {
    const names = Object.keys(profiles);
    if (typeof givenProfile === 'string' && Object.hasOwn(profiles, givenProfile)) profile = givenProfile;
    else warnings.push(`unknown profile ${typeof givenProfile === 'string' ? quoted(givenProfile) : JSON.stringify(givenProfile)}${typeof givenProfile === 'string' ? didYouMean(givenProfile, names) : ''}; known: ${names.join(', ')}`);
  }
  const rules = validateRules(own(input, 'rules'), warnings);
  const library = own(input, 'library');
  const libraryObject = library !== null && typeof library === 'object' && !Array.isArray(library) ? (library as Record<string, unknown>) : undefined;
  if (library !== undefined && library !== null && !libraryObject) warnings.push('"library" must be an object such as { "folders": [...] }; ignored');
  for (const key of Object.keys(libraryObject ?? {})) if (isPrototypeKey(key)) warnings.push(prototypeKeyWarning(key, 'a library setting'));
  const nested = libraryObject ? own(libraryObject, 'folders') : undefined;
  const libraryFolders = [...validateFolders(own(input, 'libraryFolders'), 'libraryFolders', warnings), ...validateFolders(nested, 'library.folders', warnings)];
  return { settings: { profile, rules }, libraryFolders, warnings };
}
