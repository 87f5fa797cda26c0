/** Finding `.entente` files for the command line, and mapping between paths and URIs. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withoutByteOrderMark } from '../language';

export class InputError extends Error {}

/**
 * Expand files and folders (recursively, `*.entente` only, skipping node_modules and
 * dot-folders), relative to `cwd`.
 */
export function collectFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return [...new Set(files)].sort();
}

function walk(folder: string): string[] {
  const result: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) result.push(...walk(path));
    else if (entry.isFile() && entry.name.endsWith('.entente')) result.push(path);
  }
  return result;
}

export function toUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** Read a file by URI for the language core; undefined when it cannot be read. */
export function readUri(uri: string): string | undefined {
  try {
    return withoutByteOrderMark(readFileSync(toPath(uri), 'utf8'));
  } catch {
    return undefined;
  }
}

export function readInput(path: string): string {
  try {
    // Columns as VS Code counts them: a byte order mark is not a column.
    return withoutByteOrderMark(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
