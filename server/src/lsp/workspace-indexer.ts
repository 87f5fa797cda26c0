/**
 * Finds every `*.entente` file in the workspace folders and makes it known to the core, so
 * references, rename and workspace symbols see files that are not open. The walk and the reads
 * are asynchronous (the server keeps answering meanwhile) and report progress to the client;
 * which folders are skipped is the host's one rule (host/node-files.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { ReadBoundary, readTextFileAsync, walkFilesAsync } from '../host/node-files';

/** A workspace with more files than this is indexed only this far (and says so in the log). */
export const maxIndexedFiles = 5000;

/** Nor with more text than this in all (each file is also at most the host's byte limit). */
export const maxIndexedCharacters = 32 * 1024 * 1024;

export async function findEntenteFiles(root: string, limit = maxIndexedFiles): Promise<{ files: readonly string[]; truncated: boolean }> {
  const { files, truncated } = await walkFilesAsync(root, { suffix: '.entente', maxFiles: limit });
  return { files, truncated };
}

export interface IndexTarget {
  /** Make the text of a file on disk known (the indexer never overrides an open document). */
  index(uri: string, text: string): void;
  log(message: string): void;
  /** Resolves when the next file may be read: indexing gives way to the diagnostics of open documents. */
  ready?(): Promise<void>;
}

/** Indexes every folder (given as `file:` URIs), reading only inside `boundary`; returns the URIs indexed. */
export async function indexWorkspace(connection: Connection, folderUris: readonly string[], target: IndexTarget, boundary: ReadBoundary = ReadBoundary.of([])): Promise<string[]> {
  const roots = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  if (roots.length === 0) return [];
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Entente: indexing', 0, 'looking for *.entente files', false);
  const indexed: string[] = [];
  try {
    const walks = await Promise.all(roots.map((r) => findEntenteFiles(r)));
    const files = [...new Set(walks.flatMap((w) => w.files))].sort();
    if (walks.some((w) => w.truncated)) target.log(`indexing stopped at ${maxIndexedFiles} files`);
    let characters = 0;
    for (const [i, file] of files.entries()) {
      await target.ready?.();
      const read = await readTextFileAsync(file, boundary);
      if (read.ok && characters + read.text.length > maxIndexedCharacters) {
        target.log(`indexing stopped at ${maxIndexedCharacters} characters (${indexed.length} files); open documents still work`);
        break;
      }
      if (read.ok) {
        characters += read.text.length;
        const uri = pathToFileURL(file).href;
        target.index(uri, read.text);
        indexed.push(uri);
      } else {
        target.log(`could not index ${file}: ${read.message}`);
      }
      if (i % 20 === 0) progress.report(Math.round((100 * i) / files.length), `${i + 1}/${files.length} files`);
    }
  } finally {
    progress.done();
  }
  return indexed;
}
