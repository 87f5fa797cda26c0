/**
 * The document put together from the segments of a re-parse by patching the last one (issue #11).
 * `assemble` walks every segment (the declarations, then each segment's problems six times, then
 * the declarations again to sort them by type): some 2% of a keystroke at 10k lines, for a
 * keystroke that replaced one declaration.
 *
 * When the new segments line up with the last ones — as many, each holding the very same header,
 * comments and problems (a segment moved without changing lines keeps them: syntax/shift.ts), and
 * where a declaration differs, a declaration of the same type in place of one — the lists are the
 * last tree's copied with those declarations put in place, and the problems are the last ones
 * (made from the very same problems in the same order). Otherwise undefined: `assemble` makes them.
 * Every list is a new array, as `assemble` makes them, so nothing keyed by a list's identity sees
 * the last tree's. The property test in test/syntax/reparse.test.ts holds a re-parse equal to a
 * full parse on random edits.
 */
import type { Declaration, EntenteDocument } from '../ast/nodes';
import type { LineIndex } from '../ast/positions';
import type { SyntaxProblem } from './build-ast';
import type { Segment } from './segments';

/**
 * Each declaration type's list in the document, as `assemble` makes them (a non-party has none).
 * Partial, so that a construct added by CONTRIBUTING.md's recipe type-checks without this file; a
 * document holding a list this table does not name is assembled anew (`knownLists`).
 */
const listOf: Partial<Record<Declaration['type'], keyof EntenteDocument>> = {
  Use: 'uses',
  Party: 'parties',
  SecurityAgreement: 'securityAgreements',
  Channel: 'channels',
  IncidentProtocol: 'protocols',
  Exercise: 'exercises',
  Cooperation: 'cooperations',
  GovernanceBody: 'bodies',
  Definition: 'definitions',
  Clause: 'clauses',
  Assistance: 'assistance',
  Note: 'notes',
  Designation: 'designations',
};
const knownLists = new Set<string>(['instruments', 'declarations', 'comments', ...Object.values(listOf)]);

/** Past this many declarations replaced, the document is assembled anew. */
const maxPatched = 16;

export function patchedAssembly(
  lines: LineIndex,
  segments: readonly Segment[],
  last: { readonly segments: readonly Segment[]; readonly ast: EntenteDocument; readonly problems: readonly SyntaxProblem[] },
): { ast: EntenteDocument; problems: SyntaxProblem[] } | undefined {
  const old = last.segments;
  if (old.length !== segments.length) return undefined;
  // By place in the declarations: the last one there, and the one in its place.
  const replaced: [place: number, before: Declaration, now: Declaration][] = [];
  let place = -1;
  for (let i = 0; i < segments.length; i++) {
    const now = segments[i];
    const was = old[i];
    if (was.declaration) place++;
    if (now === was) continue;
    if (now.instrument !== was.instrument || now.problems !== was.problems) return undefined;
    if (now.commentNodes !== was.commentNodes && (now.commentNodes.length > 0 || was.commentNodes.length > 0)) return undefined;
    if (now.declaration === was.declaration) continue;
    if (!now.declaration || !was.declaration || now.declaration.type !== was.declaration.type || replaced.length === maxPatched) return undefined;
    replaced.push([place, was.declaration, now.declaration]);
  }
  const ast = last.ast;
  // A list of declarations this file does not know would keep the last tree's nodes: assembled anew.
  for (const key of Object.keys(ast)) if (Array.isArray((ast as unknown as Record<string, unknown>)[key]) && !knownLists.has(key)) return undefined;
  const declarations = ast.declarations.slice();
  const lists: Record<string, Declaration[]> = {};
  for (const field of Object.values(listOf)) if (field) lists[field] = (ast[field] as Declaration[]).slice();
  for (const [at, before, now] of replaced) {
    const field = listOf[now.type];
    const list = field ? lists[field] : undefined;
    const inList = list ? list.indexOf(before) : 0;
    if (declarations[at] !== before || inList < 0) return undefined;
    declarations[at] = now;
    if (list) list[inList] = now;
  }
  const patched = {
    ...ast,
    instruments: ast.instruments.slice(),
    declarations,
    ...lists,
    comments: ast.comments.slice(),
    range: lines.range(0, lines.text.length),
  } as EntenteDocument;
  return { ast: patched, problems: last.problems.slice() };
}
