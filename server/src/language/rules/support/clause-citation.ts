/**
 * A clause as the text cites it, for a message a lawyer reads: the designation its heading carries
 * ("Article 67" of "Article 67 – Committee of the Parties", "Article 1" of "Chapter I – Article 1";
 * never one its words name after it, "under Article 5"), else its heading, else the transcription's id. The id is Entente's (`Art6`, `DP`, `Clause7`), not
 * the text's (eightieth run, defect 3; treaty lawyer lr18, D8).
 */
import type { Clause } from '../../ast/nodes';
import { matchesOf } from '../../util/all-matches';

const designation = /\b(?:Article|Artikel|Art\.|Section|Rule|Regulation|Paragraph)\s+[0-9IVXLC]+[a-z]?\b(?:\s+(?:bis|ter))?/gu;

/**
 * The last designation of the heading that its words do not refer to ("Article 1" of "Chapter I –
 * Article 1", "Article 39" of "Chapter X – Monitoring mechanism. Article 39 – Committee of the
 * Parties"), if any. A designation after a word in lower case is one the heading's words name, the
 * provision the article implements or amends ("Article 20 – Protection of personal data transmitted
 * under Article 5", "Article I – Amendment of Article 4"): citing it sent the reader to the wrong
 * article (treaty lawyer lr19, D6). A heading whose only designation is referred to is quoted whole.
 */
const designationIn = (heading: string): string | undefined =>
  matchesOf(heading, designation).filter((m) => !/\p{Ll}[\p{L}-]*\s*$/u.test(heading.slice(0, m.index))).at(-1)?.[0];

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
