/**
 * A case-insensitive Unicode pattern (`iu`) costs V8 several times what the same pattern without
 * `u` costs (on the bench's clauses, `\b(?:severity|major|…)\b` nine times), because every
 * position is tried with Unicode case folding. On text that is all ASCII the two patterns find
 * the same matches when the pattern's source is plain ASCII without Unicode-only syntax
 * (`\p{…}`, `\u{…}`): the characters the `u` flag folds differently (ſ, K, the astral planes) and
 * the word characters it adds to `\b` and `\w` (ſ, K) are all outside ASCII.
 */
import { oncePer } from './once-per';
import { matchesOf } from './all-matches';

/** The pattern without `u`, when it finds what the pattern finds on ASCII text; undefined otherwise (made once per pattern). */
export const asciiTwin: (pattern: RegExp) => RegExp | undefined = oncePer((pattern: RegExp) => {
  const plain = pattern.unicode && /^[\x20-\x7e]*$/.test(pattern.source) && !/\\[pPu]\{|\\[pP]/.test(pattern.source);
  return plain ? new RegExp(pattern.source, pattern.flags.replace('u', '')) : undefined;
});

const nonAscii = /[^\x00-\x7f]/;

/** Whether every character of the text is ASCII. */
export function isAscii(text: string): boolean {
  return !nonAscii.test(text);
}

/** `pattern.test(text)`, through the ASCII twin where the text allows it (stateless patterns only). */
export function testFast(pattern: RegExp, text: string): boolean {
  const twin = pattern.global || pattern.sticky ? undefined : asciiTwin(pattern);
  return twin !== undefined && isAscii(text) ? twin.test(text) : pattern.test(text);
}

/**
 * `testFast` for a text whose `isAscii` the caller knows: a text asked many patterns is then
 * scanned for its characters once, not once per pattern.
 */
export function testFastKnowing(pattern: RegExp, text: string, ascii: boolean): boolean {
  const twin = pattern.global || pattern.sticky ? undefined : asciiTwin(pattern);
  return twin !== undefined && ascii ? twin.test(text) : pattern.test(text);
}

/**
 * `text.matchAll(pattern)`, through the ASCII twin where the text allows it (as an array,
 * `matchesOf`, which leaves a global pattern's `lastIndex` as it found it).
 */
export function matchAllFast(pattern: RegExp, text: string): RegExpExecArray[] {
  const twin = asciiTwin(pattern);
  return matchesOf(text, twin !== undefined && isAscii(text) ? twin : pattern);
}
