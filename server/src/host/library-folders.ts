/**
 * Host side of the clause library: reads team folders from disk (the language core never
 * touches the file system). Every `*.clauses.json` under each folder is parsed; clauses of
 * later folders override earlier ones and the built-in clauses by id. Nothing here throws: an
 * unreadable folder or file becomes a LibraryProblem and the rest of the library still loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInLayer, createClauseLibrary, parseLibraryFile, type ClauseLibrary, type LibraryClause, type LibraryLayer, type LibraryProblem } from '../language';

export const libraryFileSuffix = '.clauses.json';

/** Subfolders deeper than this are not searched: a library folder is a few files, not a disk. */
const maxDepth = 4;

/** The built-in library plus the team folders, in order (later folders win). */
export function loadLibrary(folders: readonly string[]): ClauseLibrary {
  return createClauseLibrary([builtInLayer(), ...folders.map((folder) => loadFolder(resolve(folder)))]);
}

/** One team folder as a library layer; its clauses carry the folder path as their origin. */
export function loadFolder(folder: string): LibraryLayer {
  const problems: LibraryProblem[] = [];
  const files = listLibraryFiles(folder, problems);
  const byId = new Map<string, { clause: LibraryClause; file: string }>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file, line: 1, message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    const result = parseSafely(text, file, folder);
    problems.push(...result.problems);
    for (const clause of result.clauses) {
      const earlier = byId.get(clause.id);
      if (earlier) problems.push({ file, line: 1, message: `clause "${clause.id}" is also defined in ${earlier.file}; this one is used` });
      byId.set(clause.id, { clause, file });
    }
  }
  return { clauses: [...byId.values()].map((e) => e.clause), problems };
}

/**
 * A failure of ours while reading one file (the parser is total, so this is a bug) costs that
 * file only, never the other files of the library: it becomes a problem on the file.
 */
function parseSafely(text: string, file: string, folder: string): ReturnType<typeof parseLibraryFile> {
  try {
    return parseLibraryFile(text, file, folder);
  } catch {
    return { clauses: [], problems: [{ file, line: 1, message: 'this library file could not be read because of an error in Entente (please report it); its clauses are not loaded' }] };
  }
}

function listLibraryFiles(folder: string, problems: LibraryProblem[]): string[] {
  try {
    if (!statSync(folder).isDirectory()) {
      problems.push({ file: folder, line: 1, message: 'the library folder is a file, not a folder' });
      return [];
    }
  } catch {
    problems.push({ file: folder, line: 1, message: 'the library folder does not exist' });
    return [];
  }
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: dir, line: 1, message: `cannot list the folder: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < maxDepth && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(libraryFileSuffix)) found.push(path);
    }
  };
  walk(folder, 0);
  return found;
}
