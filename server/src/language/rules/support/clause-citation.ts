/**
 * A clause as the text cites it, for a message a lawyer reads: the designation its heading carries
 * ("Article 67" of "Article 67 – Committee of the Parties", "Article 1" of "Chapter I – Article 1";
 * never one its words name after it, "under Article 5"), else its heading, else the transcription's id. The id is Entente's (`Art6`, `DP`, `Clause7`), not
 * the text's (eightieth run, defect 3; treaty lawyer lr18, D8).
 */
import type { Clause } from '../../ast/nodes';
import { matchesOf } from '../../util/all-matches';

const designation = /\b(?:Article|Artikel|Art\.|Section|Rule|Regulation|Paragraph)\s+[0-9IVXLC]+[a-z]?\b(?:\s+(?:bis|ter))?/gu;

/** What may stand between the designations at a heading's start: dashes, stops, a division's label ("Chapter I – "). */
const between = /^[\s\-–—:.,]*(?:(?:Part|Chapter|Title|Section|Annex|Hoofdstuk|Deel|Titel)\s+[0-9IVXLC]+[A-Z]?\.?[\s\-–—:.,]*)*$/u;

/**
 * The last designation of the heading's leading run ("Article 1" of "Chapter I – Article 1"), if
 * any: the designations before its first words. Those words may name another provision, the one
 * the article implements or amends ("Article 20 – Protection of personal data transmitted under
 * Article 5", "Article I – Amendment of Article 4"): citing that one sent the reader to the wrong
 * article (treaty lawyer lr19, D6). A heading that opens with words is quoted whole.
 */
const designationIn = (heading: string): string | undefined => {
  let last: string | undefined;
  let at = 0;
  for (const m of matchesOf(heading, designation)) {
    if (!between.test(heading.slice(at, m.index))) break;
    last = m[0];
    at = (m.index ?? 0) + m[0].length;
  }
  return last;
};

export function clauseCitation(clause: Clause): string | undefined {
  const heading = clause.heading?.value.trim();
  if (!heading) return clause.id?.text;
  return designationIn(heading) ?? heading;
}

/**
 * The citation for a sentence of a message: "Article 20" of "Article 20 – Confidentiality of
 * Information" (the heading goes into the finding's related information, which quotes it whole:
 * the transfer messages run near the message bound); a heading with no designation quoted as it
 * stands; a heading that is only a number ("18", an exchange of notes' paragraph) as "the clause
 * numbered 18", assuming neither article nor paragraph; with no heading, the id.
 */
export function clauseInSentence(clause: Clause): string | undefined {
  const heading = clause.heading?.value.trim();
  if (!heading) return clause.id?.text;
  return designationIn(heading) ?? (/^(?:\d+[a-z]?|[IVXLC]+)\.?$/u.test(heading) ? `the clause numbered ${heading.replace(/\.$/u, '')}` : `"${heading}"`);
}
