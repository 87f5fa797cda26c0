/**
 * A clause's text as the prose patterns read it, every run of white space one space: what
 * `singleSpaced(model.clauseText(clause) ?? '')` gives, with a written body's re-spacing kept with
 * its node (util/single-spaced.ts) so that the checks that read every clause share one string.
 * A library clause taken without a body is re-spaced each time: its text is the library's, as the
 * model renders it.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced, singleSpacedValue } from '../../util/single-spaced';

export function spacedClauseText(model: SemanticModel, clause: Clause): string {
  return clause.body ? singleSpacedValue(clause.body) : singleSpaced(model.libraryClause(clause)?.text ?? '');
}
