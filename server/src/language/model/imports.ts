/**
 * What a model reads besides its own document: the files it `use`s (and theirs), its parent,
 * the treaty it implements, the files it incorporates and the arrangements that implement it —
 * each through the host's lookup, each file once, within the import limits.
 */
import type { EntenteDocument, Text } from '../ast/nodes';
import type { ParseResult } from '../syntax/parse';
import type { FileFailure } from '../util/file-read';
import { namesAFile } from '../util/file-or-title';

/** How a model asks the host for a file (the part of its environment this module reads). */
export interface FileLookup {
  /** Resolve a `use` or `annex … of` path written in `fromUri`; undefined when it cannot be read. */
  resolveFile(fromUri: string, path: string): { uri: string; parsed: ParseResult } | undefined;
  /** The same, with the reason a file was not read (the host's answer); `resolveFile` is used when absent. */
  lookUpFile?(fromUri: string, path: string): { uri: string; parsed: ParseResult } | { failure: FileFailure };
}

/** Why a used file or parent is not part of the model: the host did not hand it over, or it would pass the import limits. */
export type UsedFileFailure = FileFailure | 'import-limit';

/** One document brings in at most this many files through `use` and `annex … of`, its used files' uses included… */
export const maxImportedFiles = 64;
/** …and at most this many characters in all. */
export const maxImportedCharacters = 16 * 1024 * 1024;

export interface UsedFile {
  readonly path: Text;
  /** The file, when it was read (undefined otherwise: see `failure`). */
  readonly uri: string | undefined;
  readonly model: EntenteDocument | undefined;
  /** Why it was not read, when it was not. */
  readonly failure?: UsedFileFailure;
  /** When this `use` leads back to this document: the files on the way, this document first and last. */
  readonly cycle?: readonly string[];
}

/**
 * The files this document brings in: each `use` (and a used registry's own uses) and the parent,
 * each file once. Walked without recursion, within the import limits; a use that leads back to
 * this document is marked with the way it goes (reported once, on that use).
 */
export function loadImports(
  uri: string,
  ast: EntenteDocument,
  files: FileLookup,
): { used: UsedFile[]; parent: UsedFile | undefined; implemented: UsedFile | undefined; incorporated: UsedFile[]; amended: UsedFile | undefined; documents: { uri: string; ast: EntenteDocument }[] } {
  const documents: { uri: string; ast: EntenteDocument }[] = [];
  const seen = new Set<string>([uri]);
  let characters = 0;
  const visit = (path: Text): UsedFile => {
    const first = lookUp(files, uri, path.value);
    if ('failure' in first) return { path, uri: undefined, model: undefined, failure: first.failure };
    if (first.uri === uri) return { path, uri: first.uri, model: first.parsed.ast, cycle: [uri, uri] };
    let cycle: string[] | undefined;
    let limited = false;
    // Depth first, as a registry's uses come into view; `way` is the chain of files being read.
    const way: { uri: string; uses: Text[]; next: number }[] = [];
    const enter = (uri: string, parsed: ParseResult): boolean => {
      if (seen.has(uri)) return false;
      if (documents.length >= maxImportedFiles || characters + parsed.lines.text.length > maxImportedCharacters) {
        limited = true;
        return false;
      }
      seen.add(uri);
      characters += parsed.lines.text.length;
      documents.push({ uri, ast: parsed.ast });
      way.push({ uri, uses: parsed.ast.uses.map((u) => u.path).filter((p): p is Text => p !== undefined), next: 0 });
      return true;
    };
    const entered = enter(first.uri, first.parsed);
    while (way.length > 0) {
      const top = way[way.length - 1];
      if (top.next >= top.uses.length) {
        way.pop();
        continue;
      }
      const found = lookUp(files, top.uri, top.uses[top.next++].value);
      if ('failure' in found) continue;
      if (found.uri === uri) cycle ??= [uri, ...way.map((w) => w.uri), uri];
      else enter(found.uri, found.parsed);
    }
    if (!entered && limited) return { path, uri: undefined, model: undefined, failure: 'import-limit' };
    return { path, uri: first.uri, model: first.parsed.ast, ...(cycle ? { cycle } : {}), ...(limited ? { failure: 'import-limit' as const } : {}) };
  };
  const used = ast.uses.filter((u) => u.path).map((u) => visit(u.path!));
  // A parent named by its title (`protocol "…" of "European Agreement on …"`) is no file: not looked
  // for, and absent here as when no parent is written (util/file-or-title.ts).
  const parentPath = ast.instrument?.parent;
  const parent = parentPath && namesAFile(parentPath.value) ? visit(parentPath) : undefined;
  // Whether each of the strings below names a file or a title is one test for all of them
  // (util/file-or-title.ts): a title is never looked for, a file that is not found is reported.
  // An incorporated parent, or the treaty an instrument amends, is read for what it says, not for
  // its names: none are imported.
  const readOnly = (path: Text): UsedFile => {
    const found = lookUp(files, uri, path.value);
    if ('failure' in found) return { path, uri: undefined, model: undefined, failure: found.failure };
    return { path, uri: found.uri, model: found.parsed.ast };
  };
  const incorporated = (ast.instrument?.incorporations ?? [])
    .map((i) => i.source)
    .filter((source): source is Text => source !== undefined && namesAFile(source.value))
    .map(readOnly);
  const amendedPath = ast.instrument?.amends?.treaty;
  const amended = amendedPath && namesAFile(amendedPath.value) ? readOnly(amendedPath) : undefined;
  // An implementing arrangement sees the treaty's parties and agreements, as an annex its parent's.
  // A treaty named by its title (`implements "Verdrag tussen …"`) is no file and is not looked for:
  // asked for as a path, it was refused as outside the workspace wherever the document lay outside
  // it (the command line given /tmp/x/memo.entente from another folder; twenty-sixth run).
  const treatyPath = ast.instrument?.implements?.file;
  const implemented = treatyPath && namesAFile(treatyPath.value) ? visit(treatyPath) : undefined;
  return { used, parent, implemented, incorporated, amended, documents };
}

/** The arrangements named by `implemented by`: parsed, not imported (their names do not become visible here). */
export function loadImplementing(uri: string, ast: EntenteDocument, files: FileLookup): UsedFile[] {
  const result: UsedFile[] = [];
  for (const clause of ast.instrument?.implementedBy ?? []) {
    for (const path of clause.files) {
      const resolved = files.resolveFile(uri, path.value);
      result.push({ path, uri: resolved?.uri, model: resolved && resolved.uri !== uri ? resolved.parsed.ast : undefined });
    }
  }
  return result;
}

function lookUp(files: FileLookup, fromUri: string, path: string): { uri: string; parsed: ParseResult } | { failure: FileFailure } {
  // An empty string names nothing: resolved, it would be this document, and read as a use of itself
  // (`implements ""` implemented this very text). It is a path to nothing.
  if (path.trim() === '') return { failure: 'not-found' };
  if (files.lookUpFile) return files.lookUpFile(fromUri, path);
  return files.resolveFile(fromUri, path) ?? { failure: 'not-found' };
}
