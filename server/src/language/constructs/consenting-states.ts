/**
 * Which States a generated final clause speaks of (constructs/header-clauses.ts): the header
 * states how and when States consent, but who may consent by which means is in the text's own
 * words, and a sentence must not speak of more States than the statement it renders.
 */
import type { RenderContext } from './construct';

/**
 * The States a `subsequently` statement speaks of are those that perform the act it counts from:
 * "The Convention shall enter into force for each signatory State which ratifies subsequently on
 * the sixtieth day after the deposit of its instrument of ratification" (Hague Service Convention
 * 1965, Art. 27; read: BWBV0002015). "Any State that expresses its consent" beside `consent by
 * ratification, accession` would give an acceding State, which deposits no instrument of
 * ratification, the ratifying States' date, where the same Convention has an acceding State bound
 * only after six months open to objections (Art. 28; hundred-and-second run, defect 1). The other
 * means get no sentence from the statement: the header says nothing of them, and the export says
 * what the header states (VCLT Art. 24(3) then governs unless the drafter writes otherwise).
 * Undefined where the statement counts from consent in any form, or from an act that is not one
 * State's own means of consent (a notification of internal procedures, a reply).
 */
export function ownAct(event: string | undefined, r: RenderContext): string | undefined {
  const verb = event === undefined ? undefined : actVerbs[event];
  return verb === undefined ? undefined : `${verb} this ${r.self}`;
}

const actVerbs: Readonly<Record<string, string>> = { signature: 'signs', ratification: 'ratifies', acceptance: 'accepts', approval: 'approves', accession: 'accedes to' };

/**
 * Who consents by accession: "The consent of … to be bound by this Convention shall be expressed
 * by accession". Among named States, a State that has not signed
 * (`accession`: "Accession by a state that did not sign", ast/vocabulary.ts). Where a class of
 * States is declared, the text's descriptions say who may accede — "Any State not represented at
 * the Tenth Session of the Hague Conference on Private International Law may accede to the present
 * Convention" (Hague Service Convention 1965, Art. 28) — and no statement says which class that
 * is: a closed class may sign, but so may an open one ("open for signature by the member States of
 * the Council of Europe", accession only for a State "which is not a member of the Council and
 * which has not participated in its elaboration", on invitation: Budapest Convention Arts. 36(1),
 * 37(1); read: BWBV0001839). "A State that has not signed" would open accession to States the text
 * leaves out, a represented State that did not sign (hundred-and-second run, defect 3), so the
 * export leaves a blank for the drafter to fill with the text's words. A concluded text prints
 * none of this (render/unprinted-note.ts).
 */
export function accessionSentence(r: RenderContext): string {
  if (r.classOfStates) return `The consent of ${r.placeholder('the States that may accede, in the text’s words')} to be bound by this ${r.self} shall be expressed by accession.`;
  return `The consent of a State that has not signed this ${r.self} to be bound by it shall be expressed by accession.`;
}
