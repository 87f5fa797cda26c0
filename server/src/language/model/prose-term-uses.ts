/**
 * Where defined terms occur in one prose text, as the linker makes term references of them
 * (linker.ts): whole words, leftmost first, no overlaps (the phrase matcher's `matches`), each
 * with its line within the text and its start in that line.
 *
 * A term is found as `unused-term` reads it (rules/support/term-use.ts): as written, with a
 * plural ending (the matcher's `plural`), and in the other forms real texts write it in, from the
 * one home of those forms (term-forms.ts: "member of his family" and "members of their families"
 * for "member of the family", "its official activities" for "Official activities of the Centre",
 * "Personal data" opening a sentence for "personal data" …). So "where is this term used?" (find
 * references, highlights) answers with every place the rule counts as a use (rf85, item 2). The
 * readings that rule adds for its letter-case findings (the lower-case forms, short forms a
 * definition introduces) are not references: they say how a term is misused, not that it is used.
 */
import { sharedPhraseMatcher, type PhraseMatcher } from '../util/phrase-matcher';
import { termForms } from './term-forms';

/**
 * Where the terms occur in a prose text (`\n` line breaks): line within the text, start in that
 * line. One pass over the whole text: no term with a line break of its own is searched for (the
 * matcher's words match only themselves, so none runs over a line break), and a line break is
 * no part of a word, so each match and its word boundaries are those of a pass line by line.
 */
export function termUses(matcher: PhraseMatcher, raw: string): readonly { line: number; start: number; phrase: string }[] {
  const uses: { line: number; start: number; phrase: string }[] = [];
  let line = 0;
  let lineStart = 0;
  // The line breaks before each match, read once each from the start (no search from each
  // match: the work stays linear in the text however many lines and matches it has).
  let read = 0;
  for (const match of matcher.matches(raw)) {
    for (; read < match.start; read++) {
      if (raw.charCodeAt(read) === 10) {
        line++;
        lineStart = read + 1;
      }
    }
    uses.push({ line, start: match.start - lineStart, phrase: match.phrase });
  }
  return uses;
}

/** The terms searched for in prose: those without a line break, which no line of prose can hold. */
export function searchedTerms(byTerm: ReadonlyMap<string, unknown>): string[] {
  const terms: string[] = [];
  for (const name of byTerm.keys()) if (!name.includes('\n')) terms.push(name);
  return terms;
}

/** What the linker searches prose for: the matcher, and the term each phrase it finds is a use of. */
export interface TermSearch {
  readonly matcher: PhraseMatcher;
  /** A phrase searched for → the term it is a use of (itself, for a term as written). */
  readonly termOf: ReadonlyMap<string, string>;
}

/**
 * The search for the terms of `byTerm` (keyed by `key`, the terms joined): each term as written,
 * then each of its other forms (term-forms.ts) that is no term of its own, with a plural ending as
 * unused-term reads it. A pure function of the terms, kept for the last few sets: a keystroke
 * makes a new model but seldom new terms, and the forms are computed once per set, not per
 * keystroke (the work is linear in the terms either way).
 */
export function termSearch(byTerm: ReadonlyMap<string, unknown>, key: string): TermSearch {
  let search = recentSearches.get(key);
  if (search) return search;
  const termOf = new Map<string, string>();
  const terms = searchedTerms(byTerm);
  for (const term of terms) termOf.set(term, term);
  for (const term of terms) for (const form of termForms(term)) if (!form.includes('\n') && !termOf.has(form)) termOf.set(form, term);
  search = { matcher: sharedPhraseMatcher(termOf.keys(), { plural: true }), termOf };
  recentSearches.set(key, search);
  if (recentSearches.size > 8) recentSearches.delete(recentSearches.keys().next().value!);
  return search;
}

const recentSearches = new Map<string, TermSearch>();
