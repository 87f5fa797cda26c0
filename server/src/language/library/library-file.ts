/**
 * Reads one clause-library file (`*.clauses.json`) from its text. Tolerant by design: a syntax
 * error or a broken clause becomes a LibraryProblem with the file's path and the line at
 * fault, and every clause that can be used is still returned. No file I/O here: the host
 * passes the text in.
 *
 * The text is read as JSONC (comments, trailing commas, a byte order mark) by `parseJsoncTree`,
 * which refuses a file nested deeper than any library needs before building a tree, and
 * clause objects are built with own properties only (a `"__proto__"` key is an unknown field,
 * not a prototype): see util/json-text.ts.
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../ast/positions';
import { jsonValue, parseJsoncTree } from '../util/json-text';
import { validateClause, type JsonPath } from './clause-format';
import type { LibraryClause, LibraryProblem } from './library-types';

export interface LibraryFileResult {
  readonly clauses: readonly LibraryClause[];
  readonly problems: readonly LibraryProblem[];
}

/** Parse the text of a library file; `file` names it in problems, `origin` goes on each clause. */
export function parseLibraryFile(input: string, file: string, origin: string): LibraryFileResult {
  const { text, root, problems: syntax } = parseJsoncTree(input);
  const lines = new LineIndex(text);
  const problems: LibraryProblem[] = [];
  // Lines are 1-based in problems, as editors and compilers print them.
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  const problem = (offset: number, message: string) => problems.push({ file, line: lineOf(offset), message });

  for (const error of syntax) problem(error.offset, error.message);
  if (!root || root.type !== 'object') {
    if (syntax.length === 0) problem(0, 'a library file must be a JSON object { "clauses": [ … ] }');
    return { clauses: [], problems };
  }
  const list = findNodeAtLocation(root, ['clauses']);
  if (!list || list.type !== 'array') {
    problem(list?.offset ?? root.offset, '"clauses" must be a list of clauses');
    return { clauses: [], problems };
  }
  const clauses: LibraryClause[] = [];
  const seen = new Map<string, number>();
  for (const node of list.children ?? []) {
    const clause = validateClause(jsonValue(node), origin, (path, message) => problem(nodeAt(node, path).offset, clauseLabel(node) + message));
    if (!clause) continue;
    const first = seen.get(clause.id);
    if (first !== undefined) {
      problem(node.offset, `clause "${clause.id}" is defined twice in this file (first on line ${first}); the first one is used`);
      continue;
    }
    seen.set(clause.id, lineOf(node.offset));
    clauses.push(clause);
  }
  return { clauses, problems };
}

/** The deepest node along a path (the property value if it exists, else the clause itself). */
function nodeAt(clause: Node, path: JsonPath): Node {
  for (let depth = path.length; depth > 0; depth--) {
    const found = findNodeAtLocation(clause, path.slice(0, depth) as (string | number)[]);
    if (found) return found;
  }
  return clause;
}

function clauseLabel(node: Node): string {
  const id = node.type === 'object' ? findNodeAtLocation(node, ['id']) : undefined;
  return id && typeof id.value === 'string' ? `clause "${id.value}": ` : '';
}
