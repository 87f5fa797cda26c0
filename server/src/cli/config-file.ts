/**
 * The command line's workspace file, `.entente.json` (found in the working folder or above, or
 * named with `--config`): the same settings as VS Code's `entente.*` settings.
 *
 * { "profile": "mou-review", "rules": { "missing-costs": "off" }, "libraryFolders": ["clauses"] }
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalysisSettings } from '../language/config/settings';
import { validateSettings } from '../language/config/validate-settings';
import type { ClauseLibrary } from '../language/library/library-types';
import { loadLibrary } from '../host/library-folders';
import { single, UsageError, type ParsedArgs } from './args';
import { InputError } from './files';

export interface CliSettings {
  settings: AnalysisSettings;
  library: ClauseLibrary;
  libraryFolders: string[];
  warnings: string[];
}

export function findConfig(cwd: string): string | undefined {
  let folder = resolve(cwd);
  for (;;) {
    const candidate = join(folder, '.entente.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

export function loadCliSettings(cwd: string, args: ParsedArgs): CliSettings {
  const explicit = single(args, 'config');
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  let raw: unknown = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new InputError(`cannot read the configuration ${path}`);
    }
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const { settings, libraryFolders, warnings } = validateSettings(raw);
  const profile = single(args, 'profile');
  const merged: AnalysisSettings = profile ? { ...settings, profile } : settings;
  const profileCheck = profile ? validateSettings({ profile }) : undefined;
  if (profileCheck && !profileCheck.settings.profile) throw new UsageError(profileCheck.warnings.join('; '));
  // Folders in the file are relative to the file; folders given with --library to the working folder.
  const base = path ? dirname(path) : cwd;
  const folders = [...libraryFolders.map((f) => resolve(base, f)), ...(args.options.get('library') ?? []).map((f) => resolve(cwd, f))];
  // The same library the editor uses: the built-in clauses under the team folders.
  const library = loadLibrary(folders);
  return {
    settings: merged,
    library,
    libraryFolders: folders,
    warnings: [...warnings.map((w) => `${path ?? 'settings'}: ${w}`), ...library.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)],
  };
}
