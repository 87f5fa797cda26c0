/**
 * The other ways a text writes a defined term, each a use of it: what `unused-term` counts
 * besides the term as defined (a plural ending is matched by the phrase matcher itself).
 *
 * - A term defined in lower case opens a sentence with a capital: "personal data" is used by
 *   "Personal data may be exchanged only where …" (NL–Japan 2009, Art. 9(4)).
 * - The plural of a term's head noun, which is not at its end: "irregular operations of insider
 *   trading" for "irregular operation of insider trading" (CoE Convention on Insider Trading
 *   1989, Arts. 2, 5(2)); of both nouns of a final coordination: "public collective investment
 *   funds or schemes" (NL–Samoa 2009, Art. 4); and a final -y made -ies: "publicly traded
 *   companies" (same article).
 * - A term in sentence case written in Title Case: "Highly Vulnerable Areas" for "Highly
 *   vulnerable areas" (ACS Agreement on natural disasters 1999, Arts. 1(11), 3). (The reverse is
 *   not a use: "the sending Party" is not the Title Case term "Sending Party".)
 * - The plural of a noun followed by coordinated numbers: "uranium enriched in the isotopes 235
 *   or 233" for "uranium enriched in the isotope 235 or 233" (Convention on the Physical
 *   Protection of Nuclear Material 1980, Art. 1(a) and (b)); likewise "Articles 3 and 4".
 */
export function termForms(term: string): string[] {
  const forms = new Set<string>();
  if (/^\p{Ll}/u.test(term)) forms.add(term[0].toLocaleUpperCase('en') + term.slice(1));
  const words = term.split(' ');
  const of = words.indexOf('of');
  if (of > 0) forms.add([...words.slice(0, of - 1), plural(words[of - 1]), ...words.slice(of)].join(' '));
  const last = words.length - 1;
  if (last >= 2 && (words[last - 1] === 'or' || words[last - 1] === 'and')) {
    forms.add([...words.slice(0, last - 2), plural(words[last - 2]), words[last - 1], plural(words[last])].join(' '));
  }
  if (last >= 3 && (words[last - 1] === 'or' || words[last - 1] === 'and') && designator.test(words[last - 2]) && designator.test(words[last])) {
    forms.add([...words.slice(0, last - 3), plural(words[last - 3]), ...words.slice(last - 2)].join(' '));
  }
  if (/[^aeiou]y$/u.test(term)) forms.add(`${term.slice(0, -1)}ies`);
  if (words.length > 1 && /^\p{Lu}/u.test(term) && words.slice(1).some((w) => /^\p{Ll}/u.test(w))) forms.add(titleCase(words));
  forms.delete(term);
  return [...forms];
}

/** A number that designates one of several things: "235", "3", "4(b)". */
const designator = /^\p{N}+(?:\(\p{L}{1,4}\))?$/u;

/** Function words stay in lower case in a title: "Exchange of Information". */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function titleCase(words: readonly string[]): string {
  return words.map((w, i) => (i > 0 && minorWords.has(w) ? w : w[0].toLocaleUpperCase('en') + w.slice(1))).join(' ');
}

/** The regular English plural of a noun. */
function plural(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * A modifier of a coordination, read with the words the coordination shares: "illegal, irregular
 * or suspicious sports betting" (CoE Macolin Convention 2014, Art. 9(1)(a)) also writes "illegal
 * sports betting" and "irregular sports betting" (the last modifier already stands before the
 * shared words). A term found at the start of a reading that runs into the shared words is a use.
 */
export interface CoordinatedReading {
  /** The modifier, a space, then the source from where the shared words start. */
  readonly text: string;
  /** Where the shared words start in `text`. */
  readonly sharedAt: number;
  /** Where they start in the source. */
  readonly sourceAt: number;
}

const modifierWord = String.raw`\p{L}[\p{L}\p{N}'’\-]*`;
/** "A, B or C ", "A and B ", "A and/or B ": at most 13 modifiers (a longer run is no coordination of modifiers, and the bound keeps each try short). */
const coordination = new RegExp(
  String.raw`(?<![\p{L}\p{N}_'’\-])(${modifierWord}(?:\s*,\s*${modifierWord}){0,12})\s*,?\s+(?:and\/or|or|and)\s+${modifierWord}\s+(?=\p{L})`,
  'gu',
);

/** The readings of every coordination of a text, each carrying up to `span` characters of the shared words. */
export function coordinatedReadings(text: string, span: number): CoordinatedReading[] {
  const readings: CoordinatedReading[] = [];
  for (const m of text.matchAll(coordination)) {
    const sourceAt = m.index + m[0].length;
    const shared = text.slice(sourceAt, sourceAt + span);
    for (const modifier of m[1].split(/\s*,\s*/u)) readings.push({ text: `${modifier} ${shared}`, sharedAt: modifier.length + 1, sourceAt });
  }
  return readings;
}
