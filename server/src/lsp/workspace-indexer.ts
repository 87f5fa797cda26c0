/**
 * Finds every `*.entente` file in the workspace folders and makes it known to the core, so
 * references, rename and workspace symbols see files that are not open. The walk is
 * asynchronous (the server keeps answering meanwhile) and reports progress to the client.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { withoutByteOrderMark } from '../language';

/** Folders never worth walking: dependencies, build output, version control. */
const skipped = new Set(['node_modules', 'dist', 'out', '.git', '.hg', '.svn', '.vscode-test', '.e2e']);
/** A workspace with more files than this is indexed only this far (and says so in the log). */
export const maxIndexedFiles = 5000;

export async function findEntenteFiles(root: string, limit = maxIndexedFiles): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < limit) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name) && !entry.name.startsWith('.')) pending.push(join(dir, entry.name));
      } else if (entry.isFile() && entry.name.endsWith('.entente') && found.length < limit) {
        found.push(join(dir, entry.name));
      }
    }
  }
  return found.sort();
}

export interface IndexTarget {
  /** Make the text of a file on disk known (the indexer never overrides an open document). */
  index(uri: string, text: string): void;
  log(message: string): void;
}

/** Indexes every folder (given as `file:` URIs); returns the URIs indexed. */
export async function indexWorkspace(connection: Connection, folderUris: readonly string[], target: IndexTarget): Promise<string[]> {
  const roots = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  if (roots.length === 0) return [];
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Entente: indexing', 0, 'looking for *.entente files', false);
  const indexed: string[] = [];
  try {
    const files = (await Promise.all(roots.map((r) => findEntenteFiles(r)))).flat();
    if (files.length >= maxIndexedFiles) target.log(`indexing stopped at ${maxIndexedFiles} files`);
    for (const [i, file] of files.entries()) {
      const uri = pathToFileURL(file).href;
      try {
        target.index(uri, withoutByteOrderMark(await readFile(file, 'utf8')));
        indexed.push(uri);
      } catch (error) {
        target.log(`could not index ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (i % 20 === 0) progress.report(Math.round((100 * i) / files.length), `${i + 1}/${files.length} files`);
    }
  } finally {
    progress.done();
  }
  return indexed;
}
