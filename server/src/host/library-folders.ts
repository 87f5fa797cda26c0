/**
 * Host side of the clause library: reads team folders from disk (the language core never
 * touches the file system). Every `*.clauses.json` under each folder is parsed; clauses of
 * later folders override earlier ones and the built-in clauses by id. Nothing here throws: an
 * unreadable folder or file becomes a LibraryProblem and the rest of the library still loads.
 */
import { resolve } from 'node:path';
import { builtInLayer, createClauseLibrary, parseLibraryFile, type ClauseLibrary, type LibraryClause, type LibraryLayer, type LibraryProblem } from '../language';
import { entryKind, folderInside, readTextFile, walkFiles, type ReadBoundary } from './node-files';

export const libraryFileSuffix = '.clauses.json';

/** Subfolders deeper than this are not searched: a library folder is a few files, not a disk. */
const maxDepth = 4;

/** The built-in library plus the team folders, in order (later folders win); only folders inside the boundary are read. */
export function loadLibrary(folders: readonly string[], boundary: ReadBoundary): ClauseLibrary {
  return createClauseLibrary([builtInLayer(), ...folders.map((folder) => loadFolder(resolve(folder), boundary))]);
}

/** One team folder as a library layer; its clauses carry the folder path as their origin. */
export function loadFolder(folder: string, boundary: ReadBoundary): LibraryLayer {
  const problems: LibraryProblem[] = [];
  // Nothing about a folder outside is looked at: not whether it exists, not what it holds.
  if (!folderInside(folder, boundary)) return { clauses: [], problems: [{ file: folder, line: 1, message: 'the library folder is outside the workspace: not read' }] };
  const files = listLibraryFiles(folder, problems);
  const byId = new Map<string, { clause: LibraryClause; file: string }>();
  for (const file of files) {
    const read = readTextFile(file, boundary);
    if (!read.ok) {
      problems.push({ file, line: 1, message: `cannot read the file: ${read.message}` });
      continue;
    }
    const result = parseSafely(read.text, file, folder);
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

function listLibraryFiles(folder: string, problems: LibraryProblem[]): readonly string[] {
  const kind = entryKind(folder);
  if (kind === 'missing') {
    problems.push({ file: folder, line: 1, message: 'the library folder does not exist' });
    return [];
  }
  if (kind !== 'directory') {
    problems.push({ file: folder, line: 1, message: 'the library folder is a file, not a folder' });
    return [];
  }
  const walk = walkFiles(folder, { suffix: libraryFileSuffix, maxDepth });
  for (const problem of walk.problems) problems.push({ file: problem.path, line: 1, message: `cannot list the folder: ${problem.message}` });
  return walk.files;
}
