/**
 * A text that cites one of its own provisions by number and heading ("except for the purposes of
 * paragraphs 8 “Communication of information and confidentiality” and 13 “Costs”", NL–UK Mutual
 * Agreement on Art. 25(5) arbitration 2008, para. 18) quotes the heading of that provision: a
 * cross-reference, not a term. The clause's heading is written with its number ("13. Costs",
 * "Article 13 – Costs"), so the quotation equals the heading only once the number is taken off,
 * and it is read as the heading only where the number before the quotation is that clause's
 * (sixty-first run, defect 1): "Article 3 – Confidential Information" does not make every quoted
 * “Confidential Information” a heading.
 */
import type { Declaration } from '../../ast/nodes';
import { combinedParts, sameWords } from '../../model/document-change';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

/** A heading's designation and number, then the words: "13. Costs", "Article 13 – Costs", "Paragraph XIII: Costs". */
const numberedHeading =
  /^\s*(?:(?:Article|ARTICLE|Art\.|Paragraph|PARAGRAPH|Para\.|Section|SECTION|Rule|Clause|Regulation)\s+)?(\d{1,4}[a-z]?|[IVXLC]{1,8})\s*(?:[.:)–—-]\s*|\s)(\S.*?)\s*$/u;

/** The number right before a quotation: "paragraphs 8 ", "and 13 ", "Article 13 (", "paragraph 13, ". */
const numberBefore = /(?:^|[\s(])(\d{1,4}[a-z]?|[IVXLC]{1,8})\s*[,(]?\s*$/u;

/**
 * Keys "number|words" of the numbered clause headings of a document: each clause's key kept with
 * its node (a function of its heading's words), the set made again only when one changed, so that a
 * keystroke does not match every heading again (issue #11).
 */
export function numberedHeadings(model: SemanticModel): ReadonlySet<string> {
  return combinedParts('numbered-headings', model, '', headingKeyOf, headingKeys, sameWords);
}

function headingKeyOf(d: Declaration): string | undefined {
  if (d.type !== 'Clause' || !d.heading) return undefined;
  const found = numberedHeading.exec(d.heading.value);
  return found ? headingKey(found[1], found[2]) : undefined;
}

function headingKeys(parts: readonly (string | undefined)[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const key of parts) if (key !== undefined) keys.add(key);
  return keys;
}

/** Whether the quoted `term`, after the prose `before`, cites a numbered heading of the text's own. */
export function citesOwnHeading(before: string, term: string, headings: ReadonlySet<string>): boolean {
  if (headings.size === 0) return false;
  const number = numberBefore.exec(before)?.[1];
  return number !== undefined && headings.has(headingKey(number, term));
}

function headingKey(number: string, words: string): string {
  return `${number.toLowerCase()}|${singleSpaced(words).replace(/[.:]$/, '').toLowerCase()}`;
}
