/**
 * What a whole-document rule names as its inputs (`Rule.inputs`, analysis/reused-findings.ts): the
 * declarations it reads, as one list that stays the very same object while an edit touches only
 * declarations of other types.
 */
import { declarationParts } from '../../model/document-change';
import type { SemanticModel } from '../../model/semantic-model';

/**
 * Per top-level declaration, its node, and nothing where it is of one of `types` (`Clause`…): the
 * same list object after an edit that replaced only declarations of those types at the same
 * places, so a rule that reads nothing of them directly is told unchanged by one comparison. A
 * node copied onto other lines (an Enter above it) is another node: the rule runs.
 */
export function declarationsBesides(model: SemanticModel, ...types: readonly string[]): readonly unknown[] {
  const skipped = new Set(types);
  return declarationParts(`declarations-besides:${types.join(',')}`, model, '', (d) => (skipped.has(d.type) ? undefined : d));
}
