/**
 * Where defined terms occur in one prose text, as the linker makes term references of them
 * (linker.ts): whole words, leftmost first, no overlaps (the phrase matcher's `matches`), each
 * with its line within the text and its start in that line.
 */
import type { PhraseMatcher } from '../util/phrase-matcher';

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
