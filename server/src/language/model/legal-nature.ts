/**
 * Treaty or MoU: how the model decides an instrument's legal nature (`SemanticModel.legalNature`,
 * where the rules of the decision are set out) and its parent's.
 */
import type { SemanticModel } from './semantic-model';
import { statusSignals, type SignalSource } from './status-signals';

/** Legal nature: from the declared status, else from the instrument kind. */
export type LegalNature = 'treaty' | 'mou';

/** What a declared status says: a nature, no nature (undetermined), or nothing (the kind decides). */
export function natureOfStatus(status: string | undefined): LegalNature | undefined | 'by-kind' {
  if (status === 'binding') return 'treaty';
  if (status === 'non-binding') return 'mou';
  if (status === 'undetermined') return undefined;
  return 'by-kind';
}

function hasTreatySignals(source: SignalSource): boolean {
  return statusSignals(source).treaty.length > 0;
}

export function decideLegalNature(model: SemanticModel): LegalNature | undefined {
  const instrument = model.ast.instrument;
  if (!instrument) return undefined;
  const declared = natureOfStatus(instrument.status?.value);
  if (declared !== 'by-kind') return declared;
  if (instrument.implements?.inherits.some((w) => w.value === 'status')) {
    const treaty = model.implementedFile?.model?.instrument;
    const inherited = natureOfStatus(treaty?.status?.value);
    if (inherited !== 'by-kind') return inherited;
    return treaty?.kind.value === 'treaty' ? 'treaty' : treaty?.kind.value === 'memorandum' ? 'mou' : undefined;
  }
  switch (instrument.kind.value) {
    case 'treaty':
      return 'treaty';
    // An arrangement may implement a treaty and bind (a security protocol under a GSA) or be a
    // political commitment: its kind decides nothing, like a framework's (`undeclared-status`).
    case 'memorandum':
      return hasTreatySignals(model) ? undefined : 'mou';
    // A political declaration binds no one unless it says `status binding` (checked above); one
    // whose text points to a treaty is left open, as a memorandum is.
    case 'declaration':
      return hasTreatySignals(model) ? undefined : 'mou';
    case 'annex': {
      // A status the parent declares binds its annex; a presumed one holds only if the annex's
      // own text does not point to a treaty either.
      const parent = model.parentNature;
      const presumed = parent === 'mou' && model.parentFile?.model?.instrument?.status === undefined;
      return presumed && hasTreatySignals(model) ? undefined : parent;
    }
    default:
      return undefined;
  }
}

/**
 * The nature of the instrument this annex belongs to, decided on the parent's own header and
 * text as `legalNature` decides it; undefined without a parent, or while its status is open.
 */
export function parentNatureOf(model: SemanticModel): LegalNature | undefined {
  const parent = model.parentFile?.model;
  const instrument = parent?.instrument;
  if (!parent || !instrument) return undefined;
  const declared = natureOfStatus(instrument.status?.value);
  if (declared !== 'by-kind') return declared;
  if (instrument.kind.value === 'treaty') return 'treaty';
  if (instrument.kind.value !== 'memorandum') return undefined;
  return hasTreatySignals({ ast: parent, clauseText: (clause) => model.clauseText(clause) }) ? undefined : 'mou';
}
