/**
 * Numbers in words as treaty English writes them, the one home for writing them ("the thirtieth
 * day", render/words.ts) and for reading them back: a final formula dated in words ("DONE at
 * Nairobi this eleventh day of September 1970"; "this twenty-first day of September nineteen
 * hundred and seventy three"; "on this twenty-eighth day of April in the year one thousand nine
 * hundred and seventy"), which util/dates-in-words.ts reads (hundred-and-fourth real-instrument run,
 * defect 1).
 *
 * The series prints such words as typed, run together as often as not ("one thousand ninehundred
 * and ninety-one", "ninetyseven"): a reading takes a hyphen, a space, a line break or nothing
 * between the words, and "and" between groups.
 */

/** "first" … "nineteenth", by value (index 0 unused). */
export const ordinalsBelowTwenty: readonly string[] = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth',
  'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
/** "twenty" … "ninety", by tens (indexes 0 and 1 unused). */
export const tensWords: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "twentieth" … "ninetieth", by tens (indexes 0 and 1 unused). */
export const tensOrdinals: readonly string[] = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
/** "one" … "nineteen", by value (index 0 unused). */
const cardinalsBelowTwenty: readonly string[] = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen',
];

/** Each word's value; `hundred` and `thousand` multiply. */
const cardinalValues = new Map<string, number>([
  ...cardinalsBelowTwenty.slice(1).map((w, i): [string, number] => [w, i + 1]),
  ...tensWords.slice(2).map((w, i): [string, number] => [w, (i + 2) * 10]),
  ['hundred', 100],
  ['thousand', 1000],
]);
const ordinalValues = new Map<string, number>([
  ...ordinalsBelowTwenty.slice(1).map((w, i): [string, number] => [w, i + 1]),
  ...tensOrdinals.slice(2).map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** Longest first, so that "seventeen" is read before "seven" where nothing separates the words. */
const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const cardinalWord = `(?:${byLength(cardinalValues.keys())})`;
const unitOrdinal = `(?:${byLength(ordinalsBelowTwenty.slice(1, 10))})`;

/** An ordinal in words up to "ninety-ninth": "eleventh", "twenty-first", "twenty first", "Thirtieth" (with the `i` flag). */
export const ordinalInWords = `(?:(?:${byLength(tensWords.slice(2))})[\\s-]*${unitOrdinal}|${byLength(ordinalValues.keys())})`;
/** A cardinal in words, as a run: "one thousand nine hundred and seventy", "nineteen hundred and seventy three", "two thousand". */
export const cardinalInWords = `${cardinalWord}(?:(?:\\s+and\\s+|[\\s-]*)${cardinalWord})*`;

const cardinalToken = new RegExp(cardinalWord, 'giy');
const ordinalToken = new RegExp(`(${byLength(tensWords.slice(2))})?[\\s-]*(${byLength(ordinalValues.keys())})`, 'iy');
const separator = /(?:\s+and\s+|[\s-]*)/iy;

/** "eleventh" → 11, "twenty-first" → 21, "Thirtieth" → 30; undefined for anything else. */
export function ordinalValue(words: string): number | undefined {
  ordinalToken.lastIndex = 0;
  const m = ordinalToken.exec(words.trim());
  if (!m || m[0].length !== words.trim().length) return undefined;
  const unit = ordinalValues.get(m[2].toLowerCase())!;
  if (m[1] === undefined) return unit;
  // "twenty" takes a unit ordinal only: "twenty-first", never "twenty-twentieth" or "twenty-eleventh".
  return unit < 10 ? cardinalValues.get(m[1].toLowerCase())! + unit : undefined;
}

/**
 * "one thousand nine hundred and seventy" → 1970, "nineteen hundred and seventy three" → 1973, "two
 * thousand" → 2000; undefined where the words are no number of this form ("seventy nineteen").
 * Groups are read as English writes them: units and tens add, "hundred" multiplies what precedes it
 * in its group, "thousand" closes a group.
 */
export function cardinalValue(words: string): number | undefined {
  const text = words.trim();
  let at = 0;
  let total = 0;
  let group = 0;
  // What the group may take next: a unit after a ten ("seventy three") but not a ten after a unit.
  let last: 'none' | 'unit' | 'ten' | 'hundred' = 'none';
  while (at < text.length) {
    if (at > 0) {
      separator.lastIndex = at;
      at += separator.exec(text)![0].length;
    }
    cardinalToken.lastIndex = at;
    const m = cardinalToken.exec(text);
    if (!m) return undefined;
    at += m[0].length;
    const value = cardinalValues.get(m[0].toLowerCase())!;
    if (value === 1000) {
      if (group === 0 && last !== 'none') return undefined;
      total += (group || 1) * 1000;
      group = 0;
      last = 'none';
    } else if (value === 100) {
      if (last === 'hundred' || group >= 100) return undefined;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (value >= 20 && value % 10 === 0) {
      if (last === 'unit' || last === 'ten') return undefined;
      group += value;
      last = 'ten';
    } else {
      if (last === 'unit' || (last === 'ten' && value >= 10)) return undefined;
      group += value;
      last = 'unit';
    }
  }
  return at > 0 ? total + group : undefined;
}
