/**
 * Whether an instrument is open to States that did not negotiate it: an open class of parties, an
 * opening for signature, or accession among the means of consent. Read by the final-formula check
 * (an open convention's single original is deposited) and by the costs of convention bodies.
 */
import type { SemanticModel } from '../../model/semantic-model';

export function openToOthers(model: SemanticModel): boolean {
  const header = model.ast.instrument;
  return (
    model.signatories.some((p) => p.classOf?.openness?.value === 'open') ||
    header?.openedForSignature !== undefined ||
    (header?.consent?.means.some((m) => /^accession$/iu.test(m.text)) ?? false)
  );
}
