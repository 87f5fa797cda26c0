/**
 * The prose an instrument says things in, for checks that ask "does the text say X anywhere?":
 * its clauses (written or from the library), its definitions, and the clauses of the instrument
 * it belongs to (an annex's parent, an implementing arrangement's treaty), which apply to it too.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';

/**
 * The texts of the instrument's clauses (library clauses included), every other piece of its
 * prose (definitions, descriptions, scopes, purposes, breach procedures…), and its parent's or
 * treaty's clauses.
 */
export function instrumentProse(model: SemanticModel): string[] {
  const clauses: Clause[] = [...model.ast.clauses, ...(model.parentFile?.model?.clauses ?? []), ...(model.implementedFile?.model?.clauses ?? [])];
  const texts = clauses.map((c) => model.clauseText(c) ?? '');
  for (const { text, owner } of model.prose()) if (owner.type !== 'Clause') texts.push(text.value);
  return texts.filter((t) => t.length > 0).map((t) => t.replace(/\s+/g, ' '));
}

/** Whether any of the instrument's prose matches. */
export function saysInProse(model: SemanticModel, pattern: RegExp): boolean {
  return instrumentProse(model).some((text) => pattern.test(text));
}
