/**
 * A letter or note transcribed line by line (constructs/paragraph-split.ts reads it): its reference
 * and date, its body, its signature and its addressee are parts of their own, as a final formula's
 * lines are (final-formula-line.ts).
 *
 * "Nr. 236G Paramaribo, December 22,1989", "Sir, On the occasion of the signature … I avail myself of
 * this opportunity to renew to Your Excellency the assurance of my highest consideration.", "(sd.) B.
 * R. KÖRNER B. R. Körner Chargé d'Affaires a.i.", "His Excellency D. A. Abrams Ambassador … Paramaribo"
 * (NL–Guyana Tropenbos 1989, Letters Nr. I and II, read: BWBV0002769, where the series sets the
 * addressee apart in italics): run into one paragraph, the signature and the addressee read as words
 * of the declaration (hundred-and-tenth run, defect 4). So each line of a letter that begins other
 * than in lower case begins a paragraph of its own.
 *
 * Narrow: only a text with a salutation at the start of a line ("Sir,", "Excellency,", "Dear Mr
 * Smith,", "Monsieur le Ministre,"), which no article has, and only where the transcriber did not
 * wrap the lines (list-end.ts, `wrapsLines`): "I refer to Article 36 of Regulation 1408/71 … of the
 * European" then "Communities (The Regulation), …" (NL–UK 1986) is one sentence wrapped, and stays one.
 */

/** A salutation opening a line: "Sir,", "Madam,", "Excellency,", "Your Excellency,", "Dear Colleague,", "Mr. Minister,", "Monsieur le Ministre,", "Excellentie,", "Geachte heer,". */
const salutation = /^(?:Sir|Madam|Madame|Monsieur|Excellency|Your\s+Excellency|Excellentie|Dear\s+\p{Lu}[^,.;:]{0,40}|Mr\.?\s+(?:President|Minister|Ambassador|Secretary[^,.;:]{0,30})|Monsieur\s+le\s+[^,.;:]{1,30}|Madame\s+la\s+[^,.;:]{1,30}|Geachte\s+[^,.;:]{1,40}|Mijnheer(?:\s+de\s+[^,.;:]{1,30})?)\s*,/u;

/** Whether the text's `lines` are a letter's, set one part to a line (not `wrapped`). */
export function readsAsLetter(lines: readonly string[], wrapped: boolean): boolean {
  return !wrapped && lines.some((line) => salutation.test(line));
}

/** Whether a line of a letter begins a part of its own: any line that does not begin in lower case. */
export function letterLine(line: string): boolean {
  return !/^\p{Ll}/u.test(line);
}
