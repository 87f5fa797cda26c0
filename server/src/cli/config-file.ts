/**
 * The command line's workspace file, `.entente.json` (found in the working folder, or named with
 * `--config`): the same settings as VS Code's `entente.*` settings.
 *
 * { "profile": "mou-review", "rules": { "missing-costs": "off" }, "libraryFolders": ["clauses"] }
 *
 * Read as VS Code reads its own settings files: a UTF-8 byte order mark, comments and trailing
 * commas are accepted (util/json-text.ts). A file that is not JSON, or is nested absurdly
 * deep, stops the check (exit 2) with the line and column at fault: checking under settings
 * other than the ones written would be worse than not checking.
 */
import { dirname, join, resolve } from 'node:path';
import { jsonValue, LineIndex, parseJsoncTree, validateSettings, type AnalysisSettings, type ClauseLibrary } from '../language';
import { loadLibrary } from '../host/library-folders';
import { entryKind, readTextFile, type ReadBoundary } from '../host/node-files';
import { single, UsageError, type ParsedArgs } from './args';
import { commandLineBoundary, InputError } from './files';

export interface CliSettings {
  settings: AnalysisSettings;
  library: ClauseLibrary;
  libraryFolders: string[];
  warnings: string[];
}

/**
 * `.entente.json` in the working folder. One in a folder above is not read — it lies outside what
 * the command was given, and a shared folder above (a temporary folder, a home shared by several
 * users) may hold anyone's — but it is named in a note, so that a user who ran the command from a
 * subfolder knows to pass it with `--config`.
 */
export function findConfig(cwd: string): { path: string | undefined; above: string | undefined } {
  const here = join(resolve(cwd), '.entente.json');
  if (entryKind(here) !== 'missing') return { path: here, above: undefined };
  let folder = resolve(cwd);
  for (;;) {
    const parent = dirname(folder);
    if (parent === folder) return { path: undefined, above: undefined };
    folder = parent;
    const candidate = join(folder, '.entente.json');
    if (entryKind(candidate) === 'file') return { path: undefined, above: candidate };
  }
}

/** The settings object of a configuration file's text; InputError when it cannot be read. */
export function readConfigText(input: string, path: string): unknown {
  const { text, root, problems } = parseJsoncTree(input);
  if (problems.length > 0) {
    const lines = new LineIndex(text);
    const at = lines.positionAt(problems[0].offset);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const what = problems[0].kind === 'syntax' ? 'the configuration is not valid JSON (comments and trailing commas are allowed): ' : '';
    throw new InputError(`${path}:${at.line + 1}:${at.character + 1}: ${what}${problems[0].message}${more}`);
  }
  return root ? jsonValue(root) : {};
}

export function loadCliSettings(cwd: string, args: ParsedArgs, boundary: ReadBoundary = commandLineBoundary(cwd, args)): CliSettings {
  const explicit = single(args, 'config');
  const found = explicit ? { path: resolve(cwd, explicit), above: undefined } : findConfig(cwd);
  const path = found.path;
  const notes = found.above ? [`${found.above} is in a folder above the working folder and is not read; pass it with --config to use it`] : [];
  let raw: unknown = {};
  if (path) {
    const read = readTextFile(path, boundary);
    if (!read.ok) throw new InputError(`cannot read the configuration ${path}: ${read.message}`);
    raw = readConfigText(read.text, path);
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
  const library = loadLibrary(folders, boundary);
  return {
    settings: merged,
    library,
    libraryFolders: folders,
    warnings: [...notes, ...warnings.map((w) => `${path ?? 'settings'}: ${w}`), ...library.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)],
  };
}
