/**
 * Whether the text itself gives it an entry into force, or an effect, from a day before it was
 * signed: "This Agreement shall be deemed to have entered into force on 1 January 1991", "shall
 * apply with effect from 1 January 1991", "with retroactive effect". A treaty "enters into force in
 * such manner and upon such date as it may provide or as the negotiating States may agree" (VCLT
 * Art. 24(1); read: BWBV0003441), so such a date is the text's own, not a transcriber's slip
 * (treaty lawyer lr20, defect 2: a prolongation by exchange of notes signed after the earlier
 * agreement had expired). Read only where a recorded entry into force falls before the signature
 * (model/conclusion.ts), so a wide net costs nothing elsewhere.
 */

/** The words that give a treaty a day of entry into force or of effect before its signature, in English, French and Dutch. */
const retroactiveWords = [
  /\bdeemed\s+to\s+have\s+(?:entered|come)\s+into\s+force\b/i,
  /\b(?:retroactive|retrospective)(?:ly)?\b/i,
  // "with effect from 1 January 1991", "with effect as from the first of January": a day, not an event.
  /\bwith\s+effect\s+(?:as\s+)?(?:from|of)\s+(?:the\s+)?(?:\d|first\b|1st\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i,
  /\bréputée?s?\s+(?:être\s+)?entrée?s?\s+en\s+vigueur\b/i,
  /\beffet\s+rétroactif\b/i,
  /\bterugwerkende\s+kracht\b/i,
  /\bgeacht\s+in\s+werking\s+te\s+zijn\s+getreden\b/i,
];

/** Whether any of the clause texts gives the treaty an entry into force or effect from an earlier day. */
export function providesRetroactiveEntryIntoForce(texts: readonly string[]): boolean {
  return texts.some((text) => retroactiveWords.some((words) => words.test(text)));
}
