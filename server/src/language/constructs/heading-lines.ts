/**
 * Lines of a drafter's text that are headings, not words of a paragraph (constructs/paragraph-split.ts
 * reads them): each is a paragraph of its own, closing the lists before it, and the next line begins
 * another paragraph.
 */

/** A line that is only a division's designation, "Part B", "Section 3": it heads what follows, in no list. */
export const designation = /^(?:Part|Section|Chapter|Title|Annex|Appendix|Attachment|Schedule)\s+(?:\d{1,3}|[IVXLC]+|[A-Z])\.?$/u;

/**
 * A line ending in a word that a number completes — a unit ("paragraph", "Article"), a
 * preposition or conjunction ("of", "and"), a month, "No." — or in an open bracket: a number at the
 * start of the next line belongs to its sentence ("mentioned in paragraph / 1.", "18 April / 1961.").
 */
export const takesNumber = /(?:\b(?:paragraphs?|para\.|articles?|art\.|sections?|sub-?paragraphs?|chapters?|annex(?:es)?|parts?|points?|principles?|nos?\.|nr\.|items?|rules?|clauses?|of|and|or|to|in|on|at|by|under|from|until|than|between|dated|January|February|March|April|May|June|July|August|September|October|November|December)|\(|[-–—/])$/iu;

/**
 * A part's designation and title at the start of a line, run in as the treaty series prints its
 * headings: "Part II The line bounding to the west and north the other waters covered by the
 * Agreement", "Part V Interpretation" (Bonn Agreement 1983, Annex, read: BWBV0002780, where each is
 * a heading of its own). A paragraph of its own, closing the lists before it, as a bare "Part B" is.
 * Narrow: "Part", a Roman or Arabic number, then a capital, no punctuation ending the line, and not
 * after a line ending in a word a number completes ("… as defined in"): "Part II of this Annex
 * applies" and "Part I of the Annex to this Agreement;" stay prose.
 */
export function runInPart(line: string, previous: string): boolean {
  return /^Part\s+(?:[IVXLC]+|\d{1,3})\s+\p{Lu}[^]*[^.:;,]$/u.test(line) && !takesNumber.test(previous);
}

/** An Article's number, "5", "10", "IV", "3bis". */
const articleNumber = String.raw`(?:\d{1,3}|[IVXLC]{1,6})(?:\s?(?:bis|ter)|[a-z])?`;
/** Article numbers joined: "10 and 11", "4, 5 and 7", "12 to 14", "3 en 4". */
const articleNumbers = String.raw`${articleNumber}(?:\s*(?:,|and|en|to|tot|[-–])\s*${articleNumber})*`;
/** A paragraph of it: ", paragraph 2", "(3)", ", second paragraph", " lid 2". */
const paragraphOf = String.raw`(?:,?\s+(?:paragraphs?|para\.|lid|leden)\s+\d{1,3}(?:\s*(?:,|and|en)\s*\d{1,3})*|\s?\(\d{1,3}\))?`;

/**
 * The heading of an understanding on an Article, alone on its line: "Re Article 2 (maritime
 * affairs)", "Re Article 5", "Re Articles 10 and 11", "Ad Article 3, paragraph 2", Dutch "Ad artikel
 * 4" — as a Protocol of interpretation sets out its understandings, each under the Article it
 * concerns (NL–Indonesia economic cooperation 1968, Protocol, read: BWBV0004240, where the series
 * prints each as a heading). Each understanding is an agreement on its own Article, part of the
 * context in which that Article is interpreted (VCLT Art. 31(2)(a), read: BWBV0003441); run into the
 * paragraph before it, the understanding on Articles 10 and 11 read as part of paragraph (2) on
 * Article 5 (hundred-and-eleventh run, defect 1). Narrow: the whole line is the reference, with at
 * most a short title in brackets; "Re Article 5 the Parties agree …" or "In respect of Article XX …"
 * are sentences and stay in their paragraph.
 */
const understandingHeading = new RegExp(String.raw`^(?:Re|RE|Ad|AD|Ref\.|In re)\s*:?\s+(?:Articles?|ARTICLES?|Arts?\.|[Aa]rtikel(?:en)?|[Aa]rt\.)\s+${articleNumbers}${paragraphOf}(?:\s+\([^()]{1,80}\))?$`, 'u');

/**
 * Whether `line`, after `previous`, is a heading of its own: a designation, a run-in part heading, or
 * an understanding's heading.
 */
export function headingLine(line: string, previous: string): boolean {
  return designation.test(line) || runInPart(line, previous) || understandingHeading.test(line);
}
