/**
 * A clause library built from layers: the built-in clauses first, then each team folder in
 * the order configured. A later layer's clause replaces an earlier one with the same id (a team
 * overrides the built-in text), and adds to it otherwise. Problems of every layer are kept.
 */
import type { ClauseTopic } from '../ast/topics';
import type { ClauseFit, ClauseLibrary, LibraryClause, LibraryProblem, Wording } from './library-types';

export interface LibraryLayer {
  readonly clauses: readonly LibraryClause[];
  readonly problems: readonly LibraryProblem[];
}

const statusRank: Readonly<Record<LibraryClause['status'], number>> = { approved: 0, draft: 1, deprecated: 2 };

export function createClauseLibrary(layers: readonly LibraryLayer[]): ClauseLibrary {
  const byId = new Map<string, LibraryClause>();
  for (const layer of layers) for (const clause of layer.clauses) byId.set(clause.id, clause);
  const clauses = [...byId.values()];
  const problems = layers.flatMap((l) => l.problems);
  return {
    get: (id) => byId.get(id),
    all: () => clauses,
    problems,
    forTopic: (topic: ClauseTopic, wording?: Wording, fit?: ClauseFit) => rankForTopic(clauses, topic, wording, fit),
  };
}

/**
 * Best first: the wording asked for; approved before draft before deprecated; fitting the
 * instrument (bilateral/multilateral, kind) when that is known; the team's own clauses before
 * the built-in ones (teams live by their approved texts); the topic's standard clause
 * (`costs/mou`) before its variants; clauses whose first topic is this one.
 */
function rankForTopic(clauses: readonly LibraryClause[], topic: ClauseTopic, wording: Wording | undefined, fit: ClauseFit | undefined): LibraryClause[] {
  const scopeWanted = fit?.multilateral === undefined ? undefined : fit.multilateral ? 'multilateral' : 'bilateral';
  const score = (c: LibraryClause): number[] => [
    wording && c.wording !== wording ? 1 : 0,
    statusRank[c.status],
    scopeWanted && c.scope && c.scope !== scopeWanted ? 1 : 0,
    fit?.kind && !c.kinds.includes(fit.kind) ? 1 : 0,
    c.origin === 'built-in' ? 1 : 0,
    wording && c.id === `${topic}/${wording}` ? 0 : 1,
    c.topics[0] === topic ? 0 : 1,
  ];
  return clauses
    .filter((c) => c.topics.includes(topic))
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => compareScores(a.s, b.s) || a.c.id.localeCompare(b.c.id))
    .map(({ c }) => c);
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
