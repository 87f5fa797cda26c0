/**
 * The one directory walker with its one skip rule, used by the language server, the workspace
 * indexer, the command line and the team-library loader. It lists names only; reading a file
 * goes through node-files.ts and its boundary. Together the two files are Entente's Node host
 * module: nothing else touches the file system.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';


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
