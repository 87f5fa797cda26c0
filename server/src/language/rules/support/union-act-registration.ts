/**
 * Whether missing-registration leaves open if Art. 102 of the UN Charter reaches an instrument made
 * between Member States under an act of Union law (`memberStatesUnderUnionAct`). The question is
 * open for an arrangement between their competent authorities under a Regulation: the
 * Ireland–Netherlands letters of 1987, made "on the basis of the provisions of article 70, paragraph
 * 3 of the Regulation" (thirtieth run, item 4). It is not open for a treaty by its form (ninety-ninth
 * run, defect 1): States or Governments as the Parties, brought into force by the Parties' own
 * procedures or notifications, or ended by notice — NL–Cyprus 2008 (Arts. 8, 9(1)) and NL–Ireland
 * 2005 (Arts. 9, 10(1)) on the reciprocal holding of oil stocks, whose preamble cites "Article 7 of
 * the Directive which envisages the establishment of stocks … under agreements between Governments". Words of a Directive in the preamble do not make such a
 * treaty an arrangement under Union law alone; Art. 102 is stated plainly for it.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { memberStatesUnderUnionAct } from './union-membership';

/** The Parties concluding for their States: a State, or its Government (vocabulary: `government`). */
const statesOrGovernments = (model: SemanticModel) =>
  model.signatories.every((p) => p.effective.kind?.value === 'state' || p.effective.kind?.value === 'government');

/** Acts of the Parties' own procedures: consent by ratification, approval or acceptance, or entry into force on notification. */
const domesticActs: ReadonlySet<string> = new Set(['ratification', 'approval', 'acceptance', 'notification', 'consent-to-be-bound']);

/** A treaty by its form: States or Governments as Parties, and consent or entry into force by their own acts, or an exit by notice. */
export function treatyByForm(model: SemanticModel): boolean {
  const header = model.ast.instrument;
  if (!header || !statesOrGovernments(model)) return false;
  const consent = header.consent?.means.some((m) => domesticActs.has(m.text)) ?? false;
  const effect = domesticActs.has(header.effect?.event?.value ?? '');
  const exitByNotice = header.termination !== undefined && header.termination.keyword.value !== 'discontinue';
  return consent || effect || exitByNotice;
}

/** Whether the registration note leaves Art. 102's reach open: Member States under a Union act, not in treaty form. */
export function registrationLeftOpen(model: SemanticModel): boolean {
  return memberStatesUnderUnionAct(model) && !treatyByForm(model);
}
