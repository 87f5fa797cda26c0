/**
 * When a Title Case term written with its first letter lowered is the term itself, although the
 * definitions list is in Title Case (term-use.ts otherwise keeps "the sending Party" from being
 * "Sending Party": NL–US 2012, Art. 10(7)). Two kinds of evidence, both read from this text:
 *
 * - The text quotes the term in that form where it defines it: "e) “Sentencing State” means the
 *   State in which the sentence was imposed on the person. With regard to the Kingdom of the
 *   Netherlands, “sentencing State” means the Netherlands, Aruba, Curaçao or Sint Maarten …"
 *   (NL–Cuba Convention on the transfer of sentenced persons 2013, Art. 1(e); twenty-first run).
 *   The definition names its own term in lower case, so "the sentencing State" (33 times) is the
 *   term as the text writes it: a use, and nothing to report.
 * - Without such a quotation, the text's practice: at least two of the Title Case terms, and more
 *   of them than are ever written as defined, are written only with their first letter lowered.
 *   Then the capital opens the list item and the other capitals are the words' own ("State", as
 *   English treaties always write it). One term is no practice: "the sending Party’s funds" may
 *   be the ordinary words in a text that defines no other Title Case term. Whether the lower-case form carries the defined sense is still the reader's call,
 *   so term-use reports such a term as used only in lower case (`term-used-in-lower-case`, info),
 *   not as unused. Where the text writes its Title Case terms as defined ("Receiving Party", NL–US
 *   2012), a lower-case form is the ordinary words and an unused term stays unused.
 */
import type { Declaration } from '../../ast/nodes';
import type { DeclaredSymbol } from '../../model/symbols';
import { matchesOf } from '../../util/all-matches';
import { definitionConnector } from '../../util/definition-connectors';

/** A phrase in double quotation marks that opens with a lower-case letter (a line break inside it is a space). */
const quotedLower = /(?:"|“)(\p{Ll}[^"“”]{0,99}?)(?:"|”)/gu;
/**
 * Words after a quoted phrase that define it: "“sentencing State” means …", "“the Ministry of
 * Justice”: …", "“nationals” includes: …" — the connectors' home is util/definition-connectors.ts.
 */
export const definingAfter = new RegExp(String.raw`^\s*(?::|${definitionConnector})`, 'u');

export interface QuotedForm {
  readonly phrase: string;
  /** Whether words that define it follow. */
  readonly defining: boolean;
}

/** The lower-case-initial phrases one text quotes. */
export function quotedForms(text: string): readonly QuotedForm[] {
  const found: QuotedForm[] = [];
  for (const m of matchesOf(text, quotedLower)) {
    found.push({ phrase: m[1].replace(/\s+/gu, ' '), defining: definingAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) });
  }
  return found;
}

/**
 * Of `candidates` (a lower-first form → the definition of its Title Case term), the forms the
 * text quotes as the term: in the term's own definition, or anywhere followed by words that
 * define it. Quoting a form elsewhere without defining it names words, it does not adopt them.
 */
export function quotedAsDefined(
  texts: Iterable<{ readonly found: readonly QuotedForm[]; readonly owner: Declaration | null | undefined }>,
  candidates: ReadonlyMap<string, DeclaredSymbol['node']>,
): Set<string> {
  const result = new Set<string>();
  if (candidates.size === 0) return result;
  for (const { found, owner } of texts) {
    for (const { phrase, defining } of found) {
      const definition = candidates.get(phrase);
      if (definition !== undefined && (defining || owner === definition)) result.add(phrase);
    }
  }
  return result;
}

/**
 * Whether the text's practice is to write its Title Case terms with the first letter lowered:
 * at least two of them, and more than are written as defined (`asDefined`), are written only so
 * (`lowerOnly`).
 */
export function lowersTitleCaseTerms(titleTerms: readonly string[], asDefined: ReadonlySet<string>, lowerOnly: ReadonlySet<string>): boolean {
  const lowered = titleTerms.filter((t) => !asDefined.has(t) && lowerOnly.has(t)).length;
  const defined = titleTerms.filter((t) => asDefined.has(t)).length;
  return lowered >= 2 && lowered > defined;
}
