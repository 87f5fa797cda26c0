/**
 * Clauses whose words deal with reservations to the treaty, though not tagged `about reservations`
 * (sixty-fourth run, item 2). The European Convention on Social and Medical Assistance 1953 (ETS 14;
 * read: BWBV0005096) has no reservations article, yet "the reservations formulated by Contracting
 * Parties, are set forth in … Annex II" (Art. 2(b)) and "a Contracting Party may make a reservation
 * in respect of the application of this new law or regulation" (Art. 16(b)): the text is not silent
 * on reservations, though it states no general rule on them, and the general regime (VCLT Arts.
 * 19–23) governs the rest.
 *
 * A reservation in this sense is a State's unilateral statement, made when it consents to be bound,
 * that purports to exclude or modify the legal effect of provisions of the treaty (VCLT Art. 2(1)(d)).
 * So the word counts only where the words deal with such statements: one is made, formulated,
 * withdrawn, accepted or objected to; reservations are permitted or may (not) be made; a reservation
 * is to, in respect of or with regard to the treaty or its provisions, or is one provided for in it.
 * Any other use of the word is no rule on reservations (lr14, D1): a savings clause headed
 * "Reservation of rights", "the reservation of its sovereign rights", and the formula of consent
 * "signature without reservation as to ratification, acceptance or approval" (FAL 1965 Art. X:
 * "signature without reservation as to acceptance"), "subject to reservation of ratification",
 * "signature with reservation in respect of ratification", or any "without reservation".
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { matchesOf } from '../../util/all-matches';

const reservationWord = /\breservations?\b/gi;
/** "without (any) reservation": an unconditional act, or the formula of consent. */
const notAReservationBefore = /\bwithout(?:\s+any)?\s+$/i;
/**
 * "reservation as to ratification", "reservation of acceptance", "with reservation in respect of
 * ratification" (the Council of Europe's formula of the 1950s–70s: ETS 20 Art. 7, ETS 84 Arts. 7 and 12;
 * read: BWBV0005100): the consent formula.
 */
const notAReservationAfter = /^\s+(?:as\s+to|of|in\s+respect\s+of|as\s+regards|with\s+regard\s+to)\s+(?:ratification|acceptance|approval)\b/i;
/** "reservations or exceptions may be made", "any reservation or withdrawal in accordance with article 17": a noun joined to the word. */
const joined = String.raw`(?:\s+(?:or|and)\s+\w+)?`;

/** A few determiners between a verb and the word: "make a reservation", "withdraw any such reservations". */
const determiners = String.raw`(?:(?:a|an|any|the|its|their|such|this|that|these|those|no|other|further|new|same|said|each)\s+){0,3}`;
/** Acting on a reservation, just before the word: "make a reservation", "objections to such reservations". */
const actedOn = new RegExp(
  String.raw`\b(?:make|makes|made|making|formulat\w*|enter(?:s|ed|ing)?|lodg\w*|deposit\w*|withdraw\w*|accept\w*|admit\w*|object\w*\s+to|notif\w*(?:\s+of)?|avail\w*\s+(?:itself|themselves)\s+of|(?:be|is|are|been)\s+(?:not\s+)?subject\s+to)\s+${determiners}$`,
  'i',
);
/** The reservation made, permitted or withdrawn, just after the word: "reservations formulated by", "No reservations may be made". */
const acted = new RegExp(String.raw`^${joined}\s+(?:(?:which|that)\s+)?(?:(?:may|shall|can|cannot|could|must|will|is|are|was|were|has|have|been|be|being|not|only|so|duly|already|previously|expressly|hereby)\s+){0,4}(?:made|formulated|entered|lodged|deposited|withdrawn|permitted|allowed|admitted|admissible|authori[sz]ed|accepted|objected)\b`, 'i');
/** A reservation to the treaty or its provisions: "reservation in respect of Article 4", "reservations to this Convention". */
const toTheTreaty = new RegExp(
  String.raw`^${joined}\s+(?:to|in\s+respect\s+of|with\s+regard\s+to|regarding|concerning|as\s+regards|relating\s+to|in\s+relation\s+to|under|provided\s+for\s+in|referred\s+to\s+in|pursuant\s+to|in\s+accordance\s+with)\s+(?:(?:any|one|all|some|each|the|this|these|its|a|of|present|said|other)\s+){0,4}(?:Conventions?|Agreements?|Treaty|Treaties|Protocols?|Charter|Covenant|Arrangements?|Annex(?:es)?|Articles?|paragraphs?|provisions?|chapters?|parts?|application)\b`,
  'i',
);

/** Whether the words speak of a reservation to the treaty at least once. */
export function speaksOfReservations(text: string): boolean {
  const spaced = singleSpaced(text);
  for (const match of matchesOf(spaced, reservationWord)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = spaced.slice(Math.max(0, start - 60), start);
    const after = spaced.slice(end, end + 90);
    if (notAReservationBefore.test(before) || notAReservationAfter.test(after)) continue;
    if (actedOn.test(before) || acted.test(after) || toTheTreaty.test(after)) return true;
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
