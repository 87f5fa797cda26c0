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

/**
 * Whether every character of the text is ASCII. A long text's answer is remembered: several checks
 * ask it of the same clause text (the costs reading, the severity scale's two patterns, the passive
 * notices, the prose patterns), each of which scanned all of it again — at 10k lines some 4,400
 * scans, 1.8 million characters, per full analysis (issue #11). A text asked again is most often the
 * very same string, which a map finds by identity without reading it; an equal copy is found by
 * comparing it. A short text is scanned: that costs less than hashing it.
 */
export function isAscii(text: string): boolean {
  if (text.length < rememberedLength || text.length > longestRemembered) return !nonAscii.test(text);
  let answer = current.get(text);
  if (answer !== undefined) return answer;
  answer = previous.get(text);
  if (answer === undefined) answer = !nonAscii.test(text);
  // Two generations, so that the texts of the last analysis are found while a text no longer asked
  // (an edited clause's last version) is forgotten after at most two: the map holds the strings
  // themselves, so a generation is bounded by their characters (a 10k-line text asks some 0.8
  // million), and what it keeps alive by twice that.
  if (currentCharacters + text.length > generationCharacters) {
    previous = current;
    current = new Map();
    currentCharacters = 0;
  }
  current.set(text, answer);
  currentCharacters += text.length;
  return answer;
}

const rememberedLength = 256;
/** A text longer than this is scanned each time: a whole document is not kept alive by the memo. */
const longestRemembered = 1 << 16;
const generationCharacters = 1 << 20;
let current = new Map<string, boolean>();
let previous = new Map<string, boolean>();
let currentCharacters = 0;

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
