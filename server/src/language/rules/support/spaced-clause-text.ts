/**
 * A clause's text as the prose patterns read it, every run of white space one space: what
 * `singleSpaced(model.clauseText(clause) ?? '')` gives, with a written body's re-spacing kept with
 * its node (util/single-spaced.ts) so that the checks that read every clause share one string.
 * A library clause taken without a body is re-spaced each time: its text is the library's, as the
 * model renders it.
 */
import type { Clause, Declaration } from '../../ast/nodes';
import { someDeclaration } from '../../model/document-change';
import { oncePer } from '../../util/once-per';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced, singleSpacedValue } from '../../util/single-spaced';

export function spacedClauseText(model: SemanticModel, clause: Clause): string {
  return clause.body ? singleSpacedValue(clause.body) : singleSpaced(model.libraryClause(clause)?.text ?? '');
}

/**
 * Whether every clause has its body written in place (none is taken from the library alone): then
 * what a reading finds in the clauses is a function of their nodes, and may be kept per node and
 * combined (`combinedParts`). Each clause's answer is kept with its node, so after a keystroke
 * this is one pass over a list of booleans, not a read of every clause node (issue #11).
 */
export const everyClauseWritten = oncePer((model: SemanticModel): boolean => !someDeclaration('clause-without-body', model, '', takenFromLibraryAlone));

function takenFromLibraryAlone(d: Declaration): boolean {
  return d.type === 'Clause' && !d.body;
}
