/**
 * The one place where Entente touches the file system: reading and writing text files here, and
 * the one directory walker with its one skip rule beside it (node-walk.ts, exported from here). The language server, the workspace indexer, the
 * command line and the team-library loader all go through it; the language core never does (it
 * is handed texts and a `ReadFile` callback).
 *
 * Nothing here throws: every read returns a result with a failure kind, so a caller decides what
 * an unreadable file means for it. Every read keeps to one policy (docs/security.md): inside a
 * boundary (the workspace folders) after resolving symbolic links, regular files only, each no
 * larger than the size limit, checked before reading on the opened file.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readlinkSync, readSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { maxFileBytes, withoutByteOrderMark, type ReadFile } from '../language';

// ── Paths and URIs ──────────────────────────────────────────────────────────────────────────

export function toUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** The path of a `file:` URI; anything else is returned unchanged (it names no file). */
export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

// ── The workspace boundary ──────────────────────────────────────────────────────────────────

/**
 * The places reads may reach: folders (anything inside them) and single files, each by the path
 * as given and by its real path (symbolic links resolved). The server's are the workspace
 * folders; the command line's the working folder and the folders and files it was given.
 * Nothing outside is read, and a refusal says the same whether or not anything is there.
 */
export class ReadBoundary {
  private constructor(
    private readonly folders: readonly string[],
    private readonly files: ReadonlySet<string>,
  ) {}

  static of(folders: readonly string[], files: readonly string[] = []): ReadBoundary {
    const forms = (path: string) => {
      const lexical = resolve(path);
      try {
        return [lexical, realpathSync(lexical)];
      } catch {
        return [lexical];
      }
    };
    return new ReadBoundary([...new Set(folders.flatMap(forms))], new Set(files.flatMap(forms)));
  }

  /** Whether an absolute path lies within: a root file itself, or inside a root folder. */
  contains(path: string): boolean {
    return this.files.has(path) || this.folders.some((folder) => within(folder, path));
  }

  /** The folders, as given and as real paths (for messages and tests). */
  get roots(): readonly string[] {
    return this.folders;
  }
}

function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────

/** Why a file was not read. */
export type ReadFailure = 'not-found' | 'outside-workspace' | 'not-a-file' | 'too-large' | 'unreadable' | 'not-a-file-uri';

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
  /** The system's error code (`ENOENT`, `EACCES`…) when there is one; never for a path outside the boundary. */
  readonly code: string | undefined;
  /** A message for logs and problem reports; for a path outside the boundary it says only that. */
  readonly message: string;
}

const failureMessages: Record<ReadFailure, string> = {
  'not-found': 'no such file',
  'outside-workspace': 'outside the workspace: not read',
  'not-a-file': 'not a regular file',
  'too-large': `larger than ${maxFileBytes} bytes: not read`,
  unreadable: 'cannot be read',
  'not-a-file-uri': 'not a file: URI',
};

function failed(path: string, failure: ReadFailure, error?: unknown): ReadFailed {
  // Outside the boundary nothing is said: not the system's code, not its message.
  if (failure === 'outside-workspace') return { ok: false, path, failure, code: undefined, message: failureMessages[failure] };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : failureMessages[failure];
  return { ok: false, path, failure, code, message };
}

/** Opening never follows a last symbolic link (it was resolved before) and never waits on a pipe or device. */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * The one way a file is read: inside the boundary after resolving symbolic links, a regular file
 * (checked on the open file, so a file swapped for a pipe or a link after the check is not read
 * either), no larger than `maxBytes` (checked before reading, and again while reading, in case it
 * grows). Never throws, never blocks on a pipe, never reads a device.
 */
function readBounded(path: string, boundary: ReadBoundary, maxBytes: number): { ok: true; path: string; bytes: Buffer } | ReadFailed {
  const lexical = resolve(path);
  if (!boundary.contains(lexical)) return failed(path, 'outside-workspace');
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch (error) {
    return missing(path, lexical, boundary, error);
  }
  if (!boundary.contains(real)) return failed(path, 'outside-workspace');
  let fd: number;
  try {
    fd = openSync(real, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: the last part became a symbolic link after it was resolved; ENXIO: a socket.
    if (code === 'ELOOP') return failed(path, 'unreadable', error);
    if (code === 'ENXIO' || code === 'EISDIR') return failed(path, 'not-a-file', error);
    if (code === 'ENOENT') return failed(path, 'not-found', error);
    return failed(path, 'unreadable', error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return failed(path, 'not-a-file');
    if (stats.size > maxBytes) return failed(path, 'too-large');
    if (!stillAt(fd, real, stats)) return failed(path, 'unreadable');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize(stats.size, total, maxBytes));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return failed(path, 'too-large');
    }
    return { ok: true, path, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return failed(path, 'unreadable', error);
  } finally {
    closeSync(fd);
  }
}

/**
 * How much to read next: what the file's size says is left, plus one byte to notice growth, at
 * least 4 kB and at most 1 MiB at a time, never more than one byte past the limit.
 */
function chunkSize(size: number, total: number, maxBytes: number): number {
  return Math.min(1 << 20, maxBytes + 1 - total, Math.max(4096, size - total + 1));
}

/**
 * Whether the open file is still the one at the checked real path (no folder on the way was
 * swapped for a link between the check and the open): on Linux the descriptor's own path, else
 * the same device and inode at that path.
 */
function stillAt(fd: number, real: string, stats: Stats): boolean {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`) === real;
  } catch {
    try {
      const now = statSync(real);
      return now.dev === stats.dev && now.ino === stats.ino;
    } catch {
      return false;
    }
  }
}

/**
 * Nothing at a path inside the boundary as written: not found if the place it would be is inside
 * the boundary, otherwise outside — the same answer whatever lies outside.
 */
function missing(path: string, lexical: string, boundary: ReadBoundary, error: unknown): ReadFailed {
  const where = realLocation(lexical);
  if (where === undefined || !boundary.contains(where)) return failed(path, 'outside-workspace');
  const code = (error as NodeJS.ErrnoException).code;
  return failed(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', error);
}

/** Where a path that does not resolve would be: its deepest existing folder resolved, dangling links followed (32 at most). */
function realLocation(path: string, depth = 0): string | undefined {
  if (depth > 32) return undefined;
  const rest: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), ...rest);
    } catch {
      try {
        if (lstatSync(current).isSymbolicLink()) return realLocation(join(resolve(dirname(current), readlinkSync(current)), ...rest), depth + 1);
      } catch {
        // Not there at all: look at the folder above.
      }
      const parent = dirname(current);
      if (parent === current) return undefined;
      rest.unshift(basename(current));
      current = parent;
    }
  }
}

/** Reads a regular file inside the boundary as UTF-8, within the size limit. */
export function readTextFile(path: string, boundary: ReadBoundary, maxBytes = maxFileBytes): ReadResult {
  const read = readBounded(path, boundary, maxBytes);
  return read.ok ? { ok: true, path, text: withoutByteOrderMark(read.bytes.toString('utf8')) } : read;
}

/** Reads a regular file's bytes, byte order mark and all, by the same rules. */
export function readFileBytes(path: string, boundary: ReadBoundary, maxBytes = maxFileBytes): BytesResult {
  return readBounded(path, boundary, maxBytes);
}

/**
 * The same as `readTextFile`, for the server: the checks (resolving links, the file's kind and
 * size) are quick system calls; the read itself waits for the disk without blocking.
 */
export async function readTextFileAsync(path: string, boundary: ReadBoundary, maxBytes = maxFileBytes): Promise<ReadResult> {
  const lexical = resolve(path);
  if (!boundary.contains(lexical)) return failed(path, 'outside-workspace');
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (error) {
    return missing(path, lexical, boundary, error);
  }
  if (!boundary.contains(real)) return failed(path, 'outside-workspace');
  let handle: FileHandle;
  try {
    handle = await open(real, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'EISDIR') return failed(path, 'not-a-file', error);
    if (code === 'ENOENT') return failed(path, 'not-found', error);
    return failed(path, 'unreadable', error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return failed(path, 'not-a-file');
    if (stats.size > maxBytes) return failed(path, 'too-large');
    if (!stillAt(handle.fd, real, stats)) return failed(path, 'unreadable');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize(stats.size, total, maxBytes));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return failed(path, 'too-large');
    }
    return { ok: true, path, text: withoutByteOrderMark(Buffer.concat(chunks, total).toString('utf8')) };
  } catch (error) {
    return failed(path, 'unreadable', error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a `file:` URI inside the boundary; other schemes (untitled documents, virtual workspaces) name no file. */
export function readUri(uri: string, boundary: ReadBoundary): ReadResult {
  if (!uri.startsWith('file:')) return failed(uri, 'not-a-file-uri');
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch (error) {
    return failed(uri, 'not-a-file-uri', error);
  }
  return readTextFile(path, boundary);
}

/** The text of a URI inside the boundary, or undefined. */
export function readUriText(uri: string, boundary: ReadBoundary): string | undefined {
  const result = readUri(uri, boundary);
  return result.ok ? result.text : undefined;
}

/**
 * The core's `ReadFile` over a boundary: the text, or why not. A URI that names no file on disk
 * (another scheme) is, for the core, outside the workspace like any other place it cannot go.
 */
export function fileReader(boundary: () => ReadBoundary): ReadFile {
  return (uri) => {
    const read = readUri(uri, boundary());
    if (read.ok) return { ok: true, text: read.text };
    return { ok: false, failure: read.failure === 'not-a-file-uri' ? 'outside-workspace' : read.failure };
  };
}

/** The size of a file in bytes (0 when it cannot be told): for a message about a file given to a command. */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Whether a folder may be walked: it lies inside the boundary, as written and after resolving
 * symbolic links (the walk itself follows none below it).
 */
export function folderInside(path: string, boundary: ReadBoundary): boolean {
  const lexical = resolve(path);
  if (!boundary.contains(lexical)) return false;
  try {
    return boundary.contains(realpathSync(lexical));
  } catch {
    const where = realLocation(lexical);
    return where !== undefined && boundary.contains(where);
  }
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
  return writeFileBytes(path, new TextEncoder().encode(text));
}

/** Writes a file's bytes (a Word document), creating its folder. */
export function writeFileBytes(path: string, bytes: Uint8Array): WriteResult {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return { ok: true, path };
  } catch (error) {
    return { ok: false, path, code: (error as NodeJS.ErrnoException).code, message: error instanceof Error ? error.message : String(error) };
  }
}


// The directory walker lives beside this file; its callers import it from here, the host's one door.
export { skipsEntry, walkFiles, walkFilesAsync, type WalkOptions, type WalkResult } from './node-walk';
