/**
 * A rendered text in parts (issue #11): the parts, joined by `separator`, followed by `end`. An
 * export of 100,000 lines is one part per article, most of them the very same strings after an
 * edit (render/markdown.ts keeps them); a writer that sends the text as bytes can reuse each
 * part's bytes instead of joining a 16 MB string and encoding all of it again (lsp/kept-answers.ts).
 * No part may split a surrogate pair: parts are whole blocks of text.
 */
export interface TextParts {
  readonly parts: readonly string[];
  readonly separator: string;
  readonly end: string;
}

/** The text the parts make. */
export function joinParts({ parts, separator, end }: TextParts): string {
  if (end === '') return parts.join(separator);
  // The end joined in where it begins the separator, not appended: appending made a second string
  // of the whole text (8 MB at 100,000 lines), copied again when the answer is encoded.
  if (separator.startsWith(end)) {
    const joined = [...parts, ''].join(separator);
    return end.length === separator.length ? joined : joined.slice(0, end.length - separator.length);
  }
  return parts.join(separator) + end;
}
