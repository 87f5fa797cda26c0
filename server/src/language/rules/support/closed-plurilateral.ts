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
  if (header.openedForSignature || header.subsequentEffect) return false;
  return !openToAccession(model);
}

/** Accession in the header (`consent by … accession`) or in the words of any clause ("accede", "accession"). */
function openToAccession(model: SemanticModel): boolean {
  if (model.ast.instrument?.consent?.means.some((m) => /^accession$/i.test(m.text))) return true;
  return model.ast.clauses.some((clause) => joiningWords.test(clause.body?.value ?? ''));
}

/** The acts of consent an entry into force can wait for (`effect … after last notification`). */
const consentActs: ReadonlySet<string> = new Set(['ratification', 'approval', 'acceptance', 'notification', 'consent-to-be-bound']);

/**
 * Entry into force waits for every signatory's consent: `effect … after last …` with no count, among
 * named parties or closed classes ("The contracting Governments"; the Arolsen Agreement 1993, Art. 3:
 * "all signatories have informed the Government of the Federal Republic of Germany"; hundredth run,
 * defect 2). Not where a party is an open class: "last" of an open class counts no fixed number;
 * nor where others may accede, for the number of parties is then not limited to the signatories.
 * Where this holds, the number of negotiating States is the number that must consent, and the
 * reservations note gives VCLT Art. 20(2) as it does for a closed plurilateral treaty.
 */
export function entryIntoForceNeedsEveryone(model: SemanticModel): boolean {
  const effect = model.ast.instrument?.effect;
  if (!effect?.afterLast || effect.count !== undefined || !consentActs.has(effect.event?.value ?? '')) return false;
  // A treaty open to accession is not limited to its negotiating States, as closedPlurilateral holds (the Bonn Agreement 1983).
  return model.signatories.every((p) => p.classOf === undefined || p.classOf.openness?.value === 'closed') && !openToAccession(model);
}

/**
 * Nothing for a depositary to receive: every party named and none able to join (above), consent by
 * signature alone and entry into force on signature. No instrument of ratification, acceptance,
 * approval or accession is exchanged or deposited (VCLT Art. 16), and a notification "if there is no
 * depositary" goes "direct to the States for which it is intended" (Art. 78(a); read: BWBV0003441).
 * The Mekong contribution Agreement of 1962 between five Governments "shall enter into force on the
 * day on which it has been signed on behalf of each of the five Contracting Parties" (Art. 7), done
 * "in five identical copies" (hundred-and-sixteenth run, defect 1).
 */
export function nothingToDeposit(model: SemanticModel): boolean {
  const header = model.ast.instrument;
  if (header?.effect?.event?.value !== 'signature' || header.effect.date !== undefined) return false;
  const means = header.consent?.means ?? [];
  return means.every((m) => /^signature$/i.test(m.text)) && closedPlurilateral(model);
}
