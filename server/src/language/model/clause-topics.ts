/**
 * The clauses about each topic (`SemanticModel.clausesAbout`), indexed once per model and, after a
 * keystroke, patched from the last index of the document instead of made again (issue #11): a
 * keystroke replaces one clause with one whose topics are usually the same, and every other
 * clause is the very same node at the same place (document-change.ts). Each topic list that held
 * the replaced clause is copied with the new node in its place; the others are the last model's
 * lists (shared: callers never mutate them). Where a replaced declaration's topics differ, a
 * clause became another kind of declaration, the library differs, or many declarations were
 * replaced (an edit above copied them onto other lines), the index is made again from every clause.
 * A clause's topics are its node's and the library's (kept per library and node by the caller).
 */
import type { Clause, EntenteDocument } from '../ast/nodes';
import type { ClauseLibrary } from '../library/library-types';
import { LastStates } from '../util/last-states';
import { documentChange } from './document-change';
import type { ClauseTopic } from './topics';

export type TopicIndex = ReadonlyMap<ClauseTopic, readonly Clause[]>;

interface LastIndex {
  readonly from: EntenteDocument;
  readonly library: ClauseLibrary;
  readonly index: TopicIndex;
}

const lastIndexes = new LastStates<LastIndex>(8);

/** Beyond this many replaced declarations, patching costs about what indexing every clause does. */
const mostPatched = 8;

export function clauseTopicIndex(model: { readonly uri: string; readonly ast: EntenteDocument; readonly library: ClauseLibrary }, topicsOf: (clause: Clause) => ReadonlySet<ClauseTopic>): TopicIndex {
  const last = lastIndexes.get(model, model.uri);
  const change = documentChange(model);
  const patched = last && change?.replacedAt && last.from === change.from && last.library === model.library && change.replacedAt.length <= mostPatched ? patch(last.index, change.from, model.ast, change.replacedAt, topicsOf) : undefined;
  const index = patched ?? fullIndex(model.ast, topicsOf);
  lastIndexes.set(model, model.uri, { from: model.ast, library: model.library, index });
  return index;
}

function fullIndex(ast: EntenteDocument, topicsOf: (clause: Clause) => ReadonlySet<ClauseTopic>): TopicIndex {
  const index = new Map<ClauseTopic, Clause[]>();
  for (const clause of ast.clauses) {
    for (const t of topicsOf(clause)) {
      const list = index.get(t);
      if (list) list.push(clause);
      else index.set(t, [clause]);
    }
  }
  return index;
}

/** The last index with each replaced clause's node in its place, or undefined where that is not the index of `to`. */
function patch(last: TopicIndex, from: EntenteDocument, to: EntenteDocument, replacedAt: readonly number[], topicsOf: (clause: Clause) => ReadonlySet<ClauseTopic>): TopicIndex | undefined {
  let index: Map<ClauseTopic, readonly Clause[]> | undefined;
  const copied = new Set<ClauseTopic>();
  for (const place of replacedAt) {
    const before = from.declarations[place];
    const after = to.declarations[place];
    if (before.type !== 'Clause' && after.type !== 'Clause') continue;
    if (before.type !== 'Clause' || after.type !== 'Clause') return undefined;
    const topics = topicsOf(after);
    if (!sameTopics(topicsOf(before), topics)) return undefined;
    for (const t of topics) {
      index ??= new Map(last);
      let list = index.get(t);
      if (list === undefined) return undefined;
      if (!copied.has(t)) {
        index.set(t, (list = list.slice()));
        copied.add(t);
      }
      const at = list.indexOf(before);
      if (at < 0) return undefined;
      (list as Clause[])[at] = after;
    }
  }
  return index ?? last;
}

function sameTopics(a: ReadonlySet<ClauseTopic>, b: ReadonlySet<ClauseTopic>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}
