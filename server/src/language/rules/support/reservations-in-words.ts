/**
 * Clauses whose words deal with reservations to the treaty, though not tagged `about reservations`
 * (sixty-fourth run, item 2). The European Convention on Social and Medical Assistance 1953 (ETS 14;
 * read: BWBV0005096) has no reservations article, yet "the reservations formulated by Contracting
 * Parties, are set forth in … Annex II" (Art. 2(b)) and "a Contracting Party may make a reservation
 * in respect of the application of this new law or regulation" (Art. 16(b)): the text is not silent
 * on reservations, though it states no general rule on them, and the general regime (VCLT Arts.
 * 19–23) governs the rest.
 *
 * Not a reservation in this sense: the formula of consent "signature without reservation as to
 * ratification, acceptance or approval" (FAL 1965 Art. X: "signature without reservation as to
 * acceptance"), nor "subject to reservation of ratification", nor "signature with reservation in
 * respect of ratification", nor any "without reservation".
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

const reservationWord = /\breservations?\b/gi;
/** "without reservation", "subject to (a) reservation": a formula of consent or an unconditional act. */
const notAReservationBefore = /\b(?:without|subject\s+to(?:\s+a)?)\s+$/i;
/**
 * "reservation as to ratification", "reservation of acceptance", "with reservation in respect of
 * ratification" (the Council of Europe's formula of the 1950s–70s: ETS 20 Art. 7, ETS 84 Arts. 7 and 12;
 * read: BWBV0005100): the consent formula.
 */
const notAReservationAfter = /^\s+(?:as\s+to|of|in\s+respect\s+of|as\s+regards|with\s+regard\s+to)\s+(?:ratification|acceptance|approval)\b/i;

/** Whether the words speak of a reservation to the treaty at least once. */
export function speaksOfReservations(text: string): boolean {
  const spaced = singleSpaced(text);
  for (const match of spaced.matchAll(reservationWord)) {
    const start = match.index ?? 0;
    const before = spaced.slice(Math.max(0, start - 24), start);
    const after = spaced.slice(start + match[0].length, start + match[0].length + 40);
    if (!notAReservationBefore.test(before) && !notAReservationAfter.test(after)) return true;
  }
  return false;
}

/** The clauses (heading, else id) whose words deal with reservations, in order. */
export function reservationsInWords(model: SemanticModel): string[] {
  const names: string[] = [];
  for (const clause of model.ast.clauses) {
    if (speaksOfReservations(model.clauseText(clause) ?? '')) names.push(clauseLabel(clause));
  }
  return names;
}

function clauseLabel(clause: Clause): string {
  return clause.heading?.value ?? (clause.id ? `clause ${clause.id.text}` : 'a clause');
}
