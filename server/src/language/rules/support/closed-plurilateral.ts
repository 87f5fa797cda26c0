/**
 * A closed plurilateral treaty: more than two parties, every one named, and nothing that lets
 * another join (sixty-ninth run, item 5). For such a treaty the regime of silence on reservations
 * may be that of VCLT Art. 20(2): "When it appears from the limited number of the negotiating
 * States and the object and purpose of a treaty that the application of the treaty in its entirety
 * between all the parties is an essential condition of the consent of each one to be bound by the
 * treaty, a reservation requires acceptance by all the parties" (read: BWBV0003441). The seven
 * Governments of the NATO SOFA Art. 60 telecommunications Agreement (Bonn, 1993) are such a
 * treaty's parties.
 *
 * Open, not closed: a party that is a class ("the member States of the Council of Europe"),
 * accession in the header (`consent by … accession`) or in the words of any clause ("accede",
 * "accession"), an opening for signature, or entry into force for States that consent later
 * (model/instrument-form.ts reads the same signals for multilateral).
 */
import type { SemanticModel } from '../../model/semantic-model';

const joiningWords = /\baccede[sd]?\b|\baccession\b/i;

export function closedPlurilateral(model: SemanticModel): boolean {
  const header = model.ast.instrument;
  if (!header || model.signatories.length < 3 || model.signatories.some((p) => p.classOf !== undefined)) return false;
  if (header.consent?.means.some((m) => /^accession$/i.test(m.text)) || header.openedForSignature || header.subsequentEffect) return false;
  return !model.ast.clauses.some((clause) => joiningWords.test(clause.body?.value ?? ''));
}
