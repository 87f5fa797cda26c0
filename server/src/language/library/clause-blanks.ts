/**
 * The blanks a library clause leaves when it is inserted as plain text: a placeholder the
 * document does not answer is written as its default or, without one, as its name in brackets
 * (render-clause.ts). A bracketed default ("[maximum retention period]", "[depositary: a State,
 * …]", "English and [language]") is a blank the drafter must fill; a default that is a value
 * ("24 hours", "the Joint Committee") is a proposal, not a blank. The library says which is
 * which, so the check that reports blanks reads them from the entry, not from the prose.
 */
import { documentValues, type DocumentFacts } from './document-values';
import type { LibraryClause } from './library-types';
import { placeholderPattern } from './render-clause';
import { matchesOf } from '../util/all-matches';

const bracketed = /\[[^\][\n]+\]/g;

/** The bracketed texts an insertion of this clause into this document leaves to be filled. */
export function clauseBlanks(clause: LibraryClause, model: DocumentFacts | undefined): string[] {
  const known = documentValues(model, clause.wording);
  const defaults = new Map(clause.placeholders.map((p) => [p.name, p.default]));
  const blanks = new Set<string>();
  for (const match of matchesOf(clause.text, placeholderPattern)) {
    const name = match[1];
    if (Object.hasOwn(known, name)) continue;
    const shown = defaults.get(name) ?? `[${name}]`;
    for (const blank of matchesOf(shown, bracketed)) blanks.add(blank[0]);
  }
  return [...blanks];
}
