/**
 * The built-in clause library: the approved clauses shipped with Entente, stored in the same
 * `*.clauses.json` format teams use (builtin/), and checked by the same code, so the built-in
 * texts can never drift from the format. Validated once, on first use.
 */
import cooperation from './builtin/cooperation.clauses.json' with { type: 'json' };
import finalClauses from './builtin/final-clauses.clauses.json' with { type: 'json' };
import information from './builtin/information.clauses.json' with { type: 'json' };
import { validateClause } from './clause-format';
import { createClauseLibrary, type LibraryLayer } from './clause-library';
import type { ClauseLibrary, LibraryClause, LibraryProblem } from './library-types';

export const builtInOrigin = 'built-in';

const builtInFiles: readonly { name: string; data: { clauses: readonly unknown[] } }[] = [
  { name: 'final-clauses.clauses.json', data: finalClauses },
  { name: 'cooperation.clauses.json', data: cooperation },
  { name: 'information.clauses.json', data: information },
];

let cached: LibraryLayer | undefined;

/** The built-in clauses and any problem found in them (a test keeps that list empty). */
export function builtInLayer(): LibraryLayer {
  if (cached) return cached;
  const clauses: LibraryClause[] = [];
  const problems: LibraryProblem[] = [];
  for (const { name, data } of builtInFiles) {
    data.clauses.forEach((raw, index) => {
      const clause = validateClause(raw, builtInOrigin, (path, message) =>
        problems.push({ file: `built-in/${name}`, line: 0, message: `clauses[${index}]${path.map((p) => `.${p}`).join('')}: ${message}` }),
      );
      if (clause) clauses.push(clause);
    });
  }
  cached = { clauses, problems };
  return cached;
}

/** A library of the built-in clauses only. */
export function builtInLibrary(): ClauseLibrary {
  return createClauseLibrary([builtInLayer()]);
}
