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
 * - The same readings the other way: a term defined in the plural is used in the singular, at its
 *   end or in the same nouns: "a request relating to a criminal tax matter" uses "criminal tax
 *   matters" (NL–Liechtenstein TIEA 2009, Art. 4(1)(p), Protocol Art. 5(b); twenty-fifth run).
 *   Only regular plurals are read so (`singular`), and never a plural whose singular is another
 *   word: "Forces" is not used by "enter into force", nor "proceeds" by "shall proceed".
 * - A term that is a thing "of the" named holder, written with a possessive for the holder: "its
 *   official activities" and "the Centre's official activities" for "Official activities of the
 *   Centre" (NL–CTA headquarters agreement 1984, Art. 1(e), used so in Arts. 5(1), 6(1), 6(2), 7;
 *   thirty-third run, item 2). Whose "its" it is the checker cannot tell; a possessive beside the
 *   term's own words is read as a use, since a wrong "never used" is reported to the drafter while
 *   a missed one only leaves a definition in place.
 * - A term whose article inside it ("the") is written as a possessive of the person the sentence
 *   speaks of, or the reverse: "member of his family", "members of his/her family", "a member of
 *   his or her family", "the members of their families" for "member of the family" (NL–South
 *   Africa social security 2001, Art. 1(2), used so in Arts. 5–9, 12; eighty-fifth run, item 3).
 *   Only a determiner after the term's first word and before a word in lower case is changed (not
 *   "of the Centre"), never the term's nouns or their order: "member of the household" and
 *   "family member" are other words.
 */
export function termForms(term: string): string[] {
  const forms = new Set<string>();
  if (/^\p{Ll}/u.test(term)) forms.add(term[0].toLocaleUpperCase('en') + term.slice(1));
  const words = term.split(' ');
  for (const inflect of [plural, singular]) for (const form of numberForms(words, inflect)) forms.add(form);
  if (/[^aeiou]y$/u.test(term)) forms.add(`${term.slice(0, -1)}ies`);
  // The singular of the whole term (its plural is the phrase matcher's), and so at a sentence's start.
  const one = singularTerm(term);
  if (one !== undefined) {
    forms.add(one);
    if (/^\p{Ll}/u.test(one)) forms.add(one[0].toLocaleUpperCase('en') + one.slice(1));
  }
  if (words.length > 1 && /^\p{Lu}/u.test(term) && words.slice(1).some((w) => /^\p{Ll}/u.test(w))) forms.add(titleCase(words));
  for (const form of possessiveForms(term)) forms.add(form);
  for (const form of [term, ...forms]) for (const other of determinerForms(form)) forms.add(other);
  // Each form with the other -ize/-ise spelling ("recognised stock exchange" for "recognized …").
  for (const form of [term, ...forms]) {
    const other = otherSpelling(form);
    if (other !== undefined) forms.add(other);
  }
  forms.delete(term);
  return [...forms];
}

/**
 * The term with every word of the -ize/-ise family spelt the other way: "recognized" and
 * "recognised", "organization" and "organisation", "analyze" and "analyse" are one word in British
 * and American spelling (NL–Montserrat TIEA 2009 defines "recognized stock exchange" in Art.
 * 4(1)(r) and uses it as "recognised stock exchange" in Art. 4(1)(q); seventy-fifth run, defect
 * 2). Only a word with at least three letters before the ending is read so: "size", "seize",
 * "prize" and "rise" are no such pairs ("prise" is another word). A word such as "exercise" gets a
 * form no text writes, which finds nothing.
 */
export function otherSpelling(term: string): string | undefined {
  const other = term.replace(spellingPair, (_word, stem: string, y: string, letter: string, ending: string) => `${stem}${y}${swap(letter)}${ending}`);
  return other === term ? undefined : other;
}

const spellingPair = /\b(\p{L}{3,}?)([iy])([zsZS])(e|ed|es|er|ers|ing|ation|ations|ational)\b/gu;

function swap(letter: string): string {
  return { z: 's', s: 'z', Z: 'S', S: 'Z' }[letter] ?? letter;
}

/** The determiners one may stand for another inside a term: the article and the personal possessives. */
const determiners = ['his or her', 'her or his', 'his/her', 'her/his', 'the', 'his', 'her', 'its', 'their'];
const innerDeterminer = new RegExp(`^(\\S+(?: \\S+)*? )(${determiners.join('|')})( \\S+(?: \\S+)*)$`, 'u');

/**
 * "member of the family" → "member of his family", "member of his or her family", "member of their
 * families" …: the first determiner after the term's first word, changed for each of the others,
 * with a final "-y" also read as "-ies" ("their families"; the phrase matcher adds only "s"/"es").
 */
function determinerForms(form: string): string[] {
  const m = innerDeterminer.exec(form);
  // Before a name ("of the Centre", "of the Interior") the article is part of the name: no possessive stands for it.
  if (!m || !/^ \p{Ll}/u.test(m[3])) return [];
  const ends = /[^aeiou]y$/u.test(m[3]) ? [m[3], `${m[3].slice(0, -1)}ies`] : [m[3]];
  return determiners.filter((d) => d !== m[2]).flatMap((d) => ends.map((end) => `${m[1]}${d}${end}`));
}

/** "Official activities of the Centre" → "its official activities", "Centre's official activities" (and with ’). */
const heldByNamed = /^(\p{L}[\p{Ll}\p{N}-]*(?: [\p{Ll}\p{N}-]+){0,3}) of the (\p{Lu}[\p{L}\p{N}-]*)$/u;

function possessiveForms(term: string): string[] {
  const held = heldByNamed.exec(term);
  if (!held) return [];
  const thing = held[1][0].toLocaleLowerCase('en') + held[1].slice(1);
  return [`its ${thing}`, `${held[2]}'s ${thing}`, `${held[2]}’s ${thing}`];
}

/**
 * The term with the number of its nouns changed where a noun is not at its end: the head noun
 * before "of", both nouns of a final coordination, a noun before coordinated numbers. `inflect`
 * gives the other number of a word, or undefined where it has none to read (the word unchanged).
 */
function numberForms(words: readonly string[], inflect: (word: string) => string | undefined): string[] {
  const forms: string[] = [];
  const changed = (at: readonly number[]) => {
    const next = [...words];
    for (const i of at) {
      const other = inflect(words[i]);
      if (other === undefined) return;
      next[i] = other;
    }
    forms.push(next.join(' '));
  };
  const of = words.indexOf('of');
  if (of > 0) changed([of - 1]);
  const last = words.length - 1;
  const coordinated = words[last - 1] === 'or' || words[last - 1] === 'and';
  if (last >= 2 && coordinated) changed([last - 2, last]);
  if (last >= 3 && coordinated && designator.test(words[last - 2]) && designator.test(words[last])) changed([last - 3]);
  return forms;
}

/** The term in the singular where its last word is a regular plural: "criminal tax matter". */
export function singularTerm(term: string): string | undefined {
  const at = term.search(/[\p{L}\p{N}'’-]+$/u);
  if (at < 0) return undefined;
  const one = singular(term.slice(at));
  return one === undefined ? undefined : term.slice(0, at) + one;
}

/** A number that designates one of several things: "235", "3", "4(b)". */
const designator = /^\p{N}+(?:\(\p{L}{1,4}\))?$/u;

/** Function words stay in lower case in a title: "Exchange of Information". */
export const minorWords: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function titleCase(words: readonly string[]): string {
  // A term typed with a space at its end or two in a row ("Data sharing ", "Sending  party") splits into
  // empty words: they have no first letter to capitalise (taking one threw, and the whole analysis with it).
  return words.map((w, i) => (w === '' || (i > 0 && minorWords.has(w)) ? w : w[0].toLocaleUpperCase('en') + w.slice(1))).join(' ');
}

/** The regular English plural of a noun. */
function plural(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The regular English singular of a plural noun, the reverse of `plural`: "matters" → "matter",
 * "companies" → "company", "taxes" → "tax", "addresses" → "address", "cases" → "case"; undefined
 * for a word that is no regular plural ("status", "analysis", "access", "gas", an acronym in
 * capitals) and for a plural whose singular is another word (`otherWordInSingular`).
 */
export function singular(word: string): string | undefined {
  if (word.length < 4 || otherWordInSingular.has(word.toLocaleLowerCase('en'))) return undefined;
  if (/[^aeiou]ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|zz|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|as)$/u.test(word) || !/[\p{L}\p{N}]s$/u.test(word)) return undefined;
  return word.slice(0, -1);
}

/**
 * Plurals whose singular is another word, a noun of another sense or a verb: "Forces" (the armed
 * forces of a status-of-forces agreement) and "enter into force", "proceeds" (of crime: CoE
 * Warsaw Convention 2005, Art. 1(a)) and "shall proceed", "securities" and "national security",
 * "customs" and "international custom", "minutes" of a meeting and "within one minute". The
 * singular of these is not read as a use of a term defined in the plural.
 */
const otherWordInSingular = new Set([
  'accounts', 'affairs', 'arms', 'customs', 'damages', 'earnings', 'effects', 'forces', 'goods', 'grounds', 'headquarters', 'means', 'minutes',
  'news', 'particulars', 'premises', 'proceeds', 'quarters', 'remains', 'returns', 'savings', 'securities', 'series', 'species', 'waters', 'works',
  // Names that are no plurals: "the Philippines" is not used by "the Philippine authorities".
  'netherlands', 'philippines',
]);

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
  for (const m of coordinations(text)) {
    const sourceAt = m.index + m[0].length;
    const shared = text.slice(sourceAt, sourceAt + span);
    for (const modifier of m[1].split(/\s*,\s*/u)) readings.push({ text: `${modifier} ${shared}`, sharedAt: modifier.length + 1, sourceAt });
  }
  return readings;
}

/** What stands before every conjunction `coordination` reads (and more): a blank, "and" or "or", a blank or a slash. */
const conjunction = /\s(?:and|or)[\s/]/g;

/**
 * The matches of `coordination`, as `text.matchAll(coordination)` gives them, without trying the
 * pattern at every word: a match is a comma-joined run of words that ends at a conjunction, so
 * none starts before the run of words and commas that leads to the next conjunction. The pattern
 * is tried from there (its Unicode look-behind and first word, tried at every position, were
 * the dearest scan of a full analysis). The run is found walking back from the conjunction,
 * generously (any blanks and commas between words, any word characters), so it never starts
 * after a match would.
 */
function* coordinations(text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from < text.length) {
    conjunction.lastIndex = from;
    const next = conjunction.exec(text);
    if (!next) return;
    coordination.lastIndex = Math.max(from, commaRunStart(text, next.index));
    const m = coordination.exec(text);
    if (!m) return;
    yield m;
    from = m.index + m[0].length;
  }
}

/** Where the words joined by commas that end before the blank at `at` start (`at` when no word ends there). */
function commaRunStart(text: string, at: number): number {
  let k = at;
  let start = at;
  for (;;) {
    // The gap before a word: blanks, and a comma (needed between modifiers, optional before the conjunction).
    let comma = false;
    while (k > 0 && (isBlank(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 44)) if (text.charCodeAt(--k) === 44) comma = true;
    if (k === 0 || !isWordUnit(text.charCodeAt(k - 1)) || (!comma && start !== at)) return start;
    while (k > 0 && isWordUnit(text.charCodeAt(k - 1))) k--;
    start = k;
  }
}

/** A code unit of a word of `modifierWord`, or a surrogate (an astral letter is read as one, to be safe). */
function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  return code === 0x2019 || (code >= 0xd800 && code <= 0xdfff) || /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}
