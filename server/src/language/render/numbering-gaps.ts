/**
 * Where a concluded text's transcription leaves articles out, the export says so at the place of the
 * gap: UNCAC's transcription prints Arts. 1–4 and then 43 (its header comment lists Arts. 5–42 as
 * left out), and a reader of the export must not take the printed articles for the whole
 * Convention (the treaty lawyer’s third check, point 2).
 *
 * The transcription records what it left out only in a comment, which the export does not read; the
 * gap is read from the printed numbering alone — a drafter's heading "Article 43 – …" after
 * "Article 4" — and said in the fewest words that claim nothing else: "[Articles 5 to 42 are not
 * transcribed.]", an editorial mark outside the text's words, in the note's style. No reason is
 * given (the transcription's comment gives it, not the text), and nothing is said where the numbers
 * cannot be compared: Roman numerals, "Article 2bis", a heading without a number, a numbering that
 * starts again (an annex) or another unit ("Section 3" after "Article 2").
 */

/** "Article 43 – …", "Artikel 9", "Art. 5", "Section 12": the unit word and the number that open a heading. */
// "Articles 3–5 – …" (NL–Finland 1984 prints articles together): the range's last number is the one the next follows.
// Only the number and its heading: "Articles 1(c) and 2 – …" names more than it can be read for, and breaks the comparison.
const designation = /^(Articles?|Artikel|Art\.|Sections?|Paragraph|Rule)\s+(\d{1,4})(?:\s*[–-]\s*(\d{1,4}))?(?=\s*(?:$|[–—:.]|-\s))/u;

/**
 * How the articles before the first printed one are said (the treaty lawyer's check of December
 * 2026, point 3: CNS printed from Art. 5, Budapest from Art. 23): "not transcribed" where the
 * transcription holds nothing of them; "not printed" where it holds definitions (`define`), which are
 * commonly those articles' words transcribed as declarations (Budapest's Art. 1, CNS's Art. 2) and
 * which the note names — "not transcribed" would then be false of them.
 */
export type LeadingGap = 'not transcribed' | 'not printed';

/**
 * The mark to print before each article whose printed number jumps from the one before it, by the
 * article's index; and, with `leading`, before the first article when it is an Article above 1.
 */
export function numberingGaps(headings: readonly string[], leading?: LeadingGap): Map<number, string> {
  const gaps = new Map<number, string>();
  let previous: { unit: string; number: number } | undefined;
  headings.forEach((heading, index) => {
    const found = designation.exec(heading.trim());
    if (!found) {
      previous = undefined;
      return;
    }
    const unit = unitWord(found[1]);
    const first = Number(found[2]);
    if (previous && previous.unit === unit && first > previous.number + 1) gaps.set(index, mark(unit, previous.number + 1, first - 1, 'not transcribed'));
    // Only the text's first heading, and only Articles: what precedes a first "Section 3" or "Paragraph 4" is not known to be numbered so.
    if (leading && index === 0 && unit === 'Article' && first > 1) gaps.set(index, mark(unit, 1, first - 1, leading));
    previous = { unit, number: found[3] !== undefined ? Number(found[3]) : first };
  });
  return gaps;
}

function mark(unit: string, from: number, to: number, said: LeadingGap): string {
  return from === to ? `[${unit} ${from} is ${said}.]` : `[${unit}s ${from} ${to === from + 1 ? 'and' : 'to'} ${to} are ${said}.]`;
}

/** The unit as the mark names it, in English as the note is: "Article" for "Article", "Art.", "Articles" and "Artikel". */
function unitWord(unit: string): string {
  if (unit === 'Art.' || unit === 'Articles' || unit === 'Artikel') return 'Article';
  if (unit === 'Sections') return 'Section';
  return unit;
}
