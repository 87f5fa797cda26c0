/**
 * The one place where Entente touches the file system: reading and writing text files, and the
 * one directory walker with its one skip rule. The language server, the workspace indexer, the
 * command line and the team-library loader all go through it; the language core never does (it
 * is handed texts and a `ReadFile` callback).
 *
 * Nothing here throws: every read returns a result with a failure kind, so a caller decides what
 * an unreadable file means for it, and limits on what may be read (a workspace boundary, regular
 * files only, a size cap checked before reading, symlink policy) can be added here once, as new
 * failure kinds, for every caller at the same time.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withoutByteOrderMark } from '../language';

// ── Paths and URIs ──────────────────────────────────────────────────────────────────────────

export function toUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** The path of a `file:` URI; anything else is returned unchanged (it names no file). */
export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────

/** Why a file was not read. */
export type ReadFailure = 'not-found' | 'not-a-file' | 'unreadable' | 'not-a-file-uri';

/**
 * A read file: its text as an editor shows it (a leading byte order mark is not part of it, so
 * columns count as in VS Code), or why it could not be read.
 */
export type ReadResult = { readonly ok: true; readonly path: string; readonly text: string } | ReadFailed;

/** A read file's bytes as stored (for a command that must keep the encoding as it is). */
export type BytesResult = { readonly ok: true; readonly path: string; readonly bytes: Uint8Array } | ReadFailed;

export interface ReadFailed {
  readonly ok: false;
  readonly path: string;
  readonly failure: ReadFailure;
  /** The system's error code (`ENOENT`, `EACCES`…) when there is one. */
  readonly code: string | undefined;
  /** The system's message, for logs and problem reports. */
  readonly message: string;
}

function failed(path: string, failure: ReadFailure, error?: unknown): ReadFailed {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : failure === 'not-a-file' ? 'not a regular file' : failure;
  return { ok: false, path, failure, code, message };
}

/** Reads a regular file as UTF-8. */
export function readTextFile(path: string): ReadResult {
  const refused = refusal(path);
  if (refused) return refused;
  try {
    return { ok: true, path, text: withoutByteOrderMark(readFileSync(path, 'utf8')) };
  } catch (error) {
    return failed(path, 'unreadable', error);
  }
}

/** Reads a regular file's bytes, byte order mark and all. */
export function readFileBytes(path: string): BytesResult {
  const refused = refusal(path);
  if (refused) return refused;
  try {
    return { ok: true, path, bytes: readFileSync(path) };
  } catch (error) {
    return failed(path, 'unreadable', error);
  }
}

/** Why a path is not read at all: nothing there, or not a regular file (a folder, a device, a pipe). */
function refusal(path: string): ReadFailed | undefined {
  try {
    return statSync(path).isFile() ? undefined : failed(path, 'not-a-file');
  } catch (error) {
    return failed(path, 'not-found', error);
  }
}

/** The same as `readTextFile`, without blocking the server while the disk answers. */
export async function readTextFileAsync(path: string): Promise<ReadResult> {
  try {
    if (!(await stat(path)).isFile()) return failed(path, 'not-a-file');
  } catch (error) {
    return failed(path, 'not-found', error);
  }
  try {
    return { ok: true, path, text: withoutByteOrderMark(await readFile(path, 'utf8')) };
  } catch (error) {
    return failed(path, 'unreadable', error);
  }
}

/** Reads a `file:` URI; other schemes (untitled documents, virtual workspaces) name no file. */
export function readUri(uri: string): ReadResult {
  if (!uri.startsWith('file:')) return failed(uri, 'not-a-file-uri');
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch (error) {
    return failed(uri, 'not-a-file-uri', error);
  }
  return readTextFile(path);
}

/** The text of a URI, or undefined: the `ReadFile` the language core is given. */
export function readUriText(uri: string): string | undefined {
  const result = readUri(uri);
  return result.ok ? result.text : undefined;
}

/** What is at a path: a file, a folder, something else, or nothing. */
export function entryKind(path: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const stats = statSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

// ── Writing ─────────────────────────────────────────────────────────────────────────────────

export type WriteResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly code: string | undefined; readonly message: string };

/** Writes a UTF-8 text file, creating its folder. */
export function writeTextFile(path: string, text: string): WriteResult {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
    return { ok: true, path };
  } catch (error) {
    return { ok: false, path, code: (error as NodeJS.ErrnoException).code, message: error instanceof Error ? error.message : String(error) };
  }
}

// ── Walking folders ─────────────────────────────────────────────────────────────────────────

/** Folders never worth walking: dependencies and build output (hidden entries are skipped too). */
const skippedNames: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out']);

/**
 * The one skip rule of every folder walk: hidden entries (`.git`, `.vscode-test`, `.draft.entente`),
 * dependencies and build output. The folder a walk starts from is never skipped.
 */
export function skipsEntry(name: string): boolean {
  return name.startsWith('.') || skippedNames.has(name);
}

export interface WalkOptions {
  /** The file-name ending wanted, e.g. `.entente` or `.clauses.json`. */
  readonly suffix: string;
  /** How many folder levels below the root are searched (default: all). */
  readonly maxDepth?: number;
  /** Stop after this many files (default: no limit). */
  readonly maxFiles?: number;
}

export interface WalkResult {
  /** The files found, in walk order: depth first, each folder's entries by name. */
  readonly files: readonly string[];
  /** Folders that could not be listed. */
  readonly problems: readonly { readonly path: string; readonly message: string }[];
  /** True when `maxFiles` stopped the walk. */
  readonly truncated: boolean;
}

interface Entry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
}

/**
 * The walk itself, written once: it yields each folder to list and is handed its entries back,
 * so `walkFiles` (blocking) and `walkFilesAsync` (for the server) drive the same steps.
 * Symbolic links are neither followed nor read.
 */
function* walker(root: string, options: WalkOptions): Generator<string, WalkResult, readonly Entry[] | Error> {
  const files: string[] = [];
  const problems: { path: string; message: string }[] = [];
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
  let truncated = false;
  function* visit(dir: string, depth: number): Generator<string, void, readonly Entry[] | Error> {
    const listed = yield dir;
    if (listed instanceof Error) {
      problems.push({ path: dir, message: listed.message });
      return;
    }
    for (const entry of [...listed].sort((a, b) => a.name.localeCompare(b.name))) {
      if (truncated || skipsEntry(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.kind === 'directory' && depth < maxDepth) yield* visit(path, depth + 1);
      else if (entry.kind === 'file' && entry.name.endsWith(options.suffix)) {
        if (files.length >= maxFiles) truncated = true;
        else files.push(path);
      }
    }
  }
  yield* visit(root, 0);
  return { files, problems, truncated };
}

function entriesOf(dirents: readonly Dirent[]): Entry[] {
  return dirents.map((d) => ({ name: d.name, kind: d.isFile() ? 'file' : d.isDirectory() ? 'directory' : 'other' }));
}

/** Every file under `root` whose name ends with `options.suffix`, by the one skip rule. */
export function walkFiles(root: string, options: WalkOptions): WalkResult {
  const walk = walker(root, options);
  let step = walk.next();
  while (!step.done) {
    let listed: readonly Entry[] | Error;
    try {
      listed = entriesOf(readdirSync(step.value, { withFileTypes: true }));
    } catch (error) {
      listed = error instanceof Error ? error : new Error(String(error));
    }
    step = walk.next(listed);
  }
  return step.value;
}

/** `walkFiles` without blocking: each folder is listed asynchronously. */
export async function walkFilesAsync(root: string, options: WalkOptions): Promise<WalkResult> {
  const walk = walker(root, options);
  let step = walk.next();
  while (!step.done) {
    let listed: readonly Entry[] | Error;
    try {
      listed = entriesOf(await readdir(step.value, { withFileTypes: true }));
    } catch (error) {
      listed = error instanceof Error ? error : new Error(String(error));
    }
    step = walk.next(listed);
  }
  return step.value;
}
