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
import { isWhiteSpaceCode } from '../util/white-space';

/** Where a term occurs in a prose text: its first and last line within the text, and its start and end in those lines. */
export interface TermUseAt {
  readonly line: number;
  readonly start: number;
  /** The line of its last character: after `line` where the term is wrapped over a line break ("the Competent\n    Authority"). */
  readonly endLine: number;
  /** End (exclusive) in `endLine`, a plural's ending left out. */
  readonly end: number;
  /** The phrase searched for that was found (a term, or one of its forms). */
  readonly phrase: string;
}

/**
 * Where the terms occur in a prose text (`\n` line breaks). A run of white space in a term matches
 * any run in the text, a line break and the next line's indentation included, as unused-term reads
 * the prose (rules/support/term-use.ts): "the Competent\n    Authority" is a use of "Competent
 * Authority", and find references and rename must find what the rule counts (lg43 report, 3).
 * One pass over the whole text: the line breaks before each match and inside it are read once
 * each from the start (matches do not overlap), so the work stays linear in the text however many
 * lines and matches it has.
 */
export function termUses(matcher: PhraseMatcher, raw: string): readonly TermUseAt[] {
  const uses: TermUseAt[] = [];
  let line = 0;
  let lineStart = 0;
  let read = 0;
  const readTo = (offset: number) => {
    for (; read < offset; read++) {
      if (raw.charCodeAt(read) === 10) {
        line++;
        lineStart = read + 1;
      }
    }
  };
  for (const match of matcher.matches(raw)) {
    readTo(match.start);
    const first = line;
    const start = match.start - lineStart;
    const phraseEnd = endOfPhrase(raw, match.start, match.end, match.phrase);
    readTo(phraseEnd);
    uses.push({ line: first, start, endLine: line, end: phraseEnd - lineStart, phrase: match.phrase });
  }
  return uses;
}

/**
 * Where the phrase found between `start` and `end` ends without a plural ending: the text's last
 * word there is the phrase's last word and the ending, whatever white space came before it.
 */
function endOfPhrase(raw: string, start: number, end: number, phrase: string): number {
  const lastWord = lastWordLength(phrase);
  if (lastWord === phrase.length) return start + phrase.length;
  let tail = end;
  while (tail > start && !isWhiteSpace(raw.charCodeAt(tail - 1))) tail--;
  return tail + lastWord;
}

/**
 * The length of `/\S+$/u.exec(phrase)?.[0] ?? phrase`, the phrase's last word (the whole phrase
 * when it ends in white space), counted back from its end: no pattern run and no string made
 * for every use of a term.
 */
function lastWordLength(phrase: string): number {
  let from = phrase.length;
  while (from > 0 && !isWhiteSpace(phrase.charCodeAt(from - 1))) from--;
  return from === phrase.length ? phrase.length : phrase.length - from;
}

const isWhiteSpace = isWhiteSpaceCode;

/** The terms searched for in prose: those without a line break of their own (a term is defined on one line). */
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
  // White space is white space, a line break included, as unused-term searches (rules/support/term-use.ts).
  search = { matcher: sharedPhraseMatcher(termOf.keys(), { plural: true, flexibleSpace: true }), termOf };
  recentSearches.set(key, search);
  if (recentSearches.size > 8) recentSearches.delete(recentSearches.keys().next().value!);
  return search;
}

const recentSearches = new Map<string, TermSearch>();
