/**
 * A term written by ellipsis in a coordination of nouns: "public collective investment funds or
 * schemes" (NL–Montserrat TIEA 2009, Art. 5(5)) writes "public collective investment funds" and
 * "public collective investment schemes", and so uses the term "public collective investment
 * scheme" (Art. 4(1)(l); seventy-fifth run, defect 5). The modifiers before the coordinated nouns
 * are shared by the noun after the conjunction: the text is read again with the first noun and its
 * conjunction left out, and a term found there that starts before the gap and ends after it is a
 * use. The modifiers must be the term's own: "private collective investment funds or schemes" is no
 * use of "public collective investment scheme" (the phrase matcher decides). One word only: with
 * two left out, "national incident response teams or centres" read as "national incident centres"
 * found the term "incident centre", which the text never writes — its second noun is "incident
 * response centres" — and silenced a true `unused-term` (treaty lawyer lr17, D3). Whether the word
 * before the first noun is a modifier or part of a compound noun ("trust funds or schemes") the
 * words do not say.
 */
export interface EllipsisReading {
  /** The words before the left-out noun(s), a space, then the words after the conjunction. */
  readonly text: string;
  /** Where the words after the conjunction start in `text` (a term must end after it). */
  readonly joinAt: number;
  /** Where `text` starts in the source. */
  readonly sourceStart: number;
  /** Where the words after the conjunction start in the source. */
  readonly sourceJoin: number;
}

/** " or ", " and ", " and/or " between words. */
const conjunction = /\s(?:and\/or|and|or)\s+(?=\p{L})/gu;
const wordUnit = /[\p{L}\p{N}'’-]/u;

/**
 * Whether the UTF-16 unit at `i` of `text` is one `wordUnit` matches: ASCII answered from its code
 * (a letter, a digit, `'` or `-`), the rest by the pattern. The readings test every character before
 * each conjunction, and a pattern run per character was most of the ellipsis reading's time.
 */
function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  return wordUnit.test(text[i]);
}

/** The readings of every coordination of nouns in `text`, each with up to `span` characters either side of the gap. */
export function ellipsisReadings(text: string, span: number): EllipsisReading[] {
  const readings: EllipsisReading[] = [];
  conjunction.lastIndex = 0;
  for (let m = conjunction.exec(text); m; m = conjunction.exec(text)) {
    const sourceJoin = m.index + m[0].length;
    const after = text.slice(sourceJoin, sourceJoin + span);
    // The first noun, one word preceded by a blank (no comma: "A, B or C" is a list).
    let at = m.index;
    while (at > 0 && isWordUnit(text, at - 1)) at--;
    if (at === m.index || at === 0 || !/[ \t\n\r]/.test(text[at - 1])) continue;
    // The shared modifiers end before the blank(s) before the noun.
    let prefixEnd = at;
    while (prefixEnd > 0 && /[ \t\n\r]/.test(text[prefixEnd - 1])) prefixEnd--;
    if (prefixEnd === 0 || !isWordUnit(text, prefixEnd - 1)) continue;
    let start = Math.max(0, prefixEnd - span);
    while (start < prefixEnd && start > 0 && isWordUnit(text, start - 1)) start++;
    const before = text.slice(start, prefixEnd);
    readings.push({ text: `${before} ${after}`, joinAt: before.length + 1, sourceStart: start, sourceJoin });
  }
  return readings;
}

/** The offsets of `reading` where a word starts before the gap: where a term written by ellipsis may start. */
export function wordStartsBeforeJoin(reading: EllipsisReading): number[] {
  const starts: number[] = [];
  const text = reading.text;
  for (let i = 0; i < reading.joinAt - 1; i++) if (isWordUnit(text, i) && (i === 0 || !isWordUnit(text, i - 1))) starts.push(i);
  return starts;
}
