/**
 * What decides whether the Chapter V transfer rules (rules/checks/conflict-data-protection.ts) find
 * anything, for their reuse across edits (analysis/reused-findings.ts).
 */
import { declarationsBesides } from './rule-inputs';
import { concludedText } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { implementedTreaty } from './implementing-arrangement';

/**
 * What decides the transfers of every channel (`chapterVTransfers`) and how each is reported,
 * besides the declarations other than clauses (channels, parties, notes) and the header, which
 * `declarationsBesides` and the common inputs name: what is read of the clauses — the legal nature
 * (its signals in the prose), the treaty a clause says the instrument implements, and whether the
 * text is concluded (a final formula's date), which decides whether a recorded entry into force
 * dates consent (analysis/reused-findings.ts).
 */
export function transferInputs(model: SemanticModel): readonly unknown[] {
  return [declarationsBesides(model, 'Clause'), model.legalNature, implementedTreaty(model)?.name, concludedText(model.ast)?.evidence];
}

