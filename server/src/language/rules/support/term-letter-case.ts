/**
 * The letter case of a defined term: its first letter lowered, every capitalised word lowered, and
 * whether a list of definitions writes its terms in sentence case or Title Case. term-use.ts reads
 * these to decide which written forms are uses of a term and which only its lower-case form.
 */
import { oncePer } from '../../util/once-per';
import { minorWords } from '../../model/term-forms';

/**
 * A term with its first letter in lower case ("Persoonsgegevens" → "persoonsgegevens"), or
 * undefined when it does not start with a capital followed by a lower-case letter (an acronym, a
 * term already in lower case).
 */
export function lowerFirst(term: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(term)) return undefined;
  return term[0].toLocaleLowerCase('en') + term.slice(1);
}

/**
 * Several words, the first capitalised and the rest lower case: "Liaison officer". A word that is
 * itself a defined term keeps that term's capital, which says nothing of this one's style:
 * "“Premises of the Centre” means …" beside "“Centre” means …" is in sentence case, and the text
 * uses it as "the premises of the Centre" (NL–CTA seat Agreement 1984, Arts. 1(d), 3; thirty-third
 * run).
 */
export function sentenceCase(term: string, names: ReadonlySet<string> = noNames): boolean {
  const words = withoutOtherTerms(term, names).split(/\s+/u);
  if (words.length < 2 || lowerFirst(words[0]) === undefined) return false;
  const later = words.slice(1);
  const lower = (w: string) => /^[\p{Ll}\p{N}]/u.test(w);
  // An acronym keeps its capitals in any style ("Geographical scope of EMEP" means …, used as "the
  // geographical scope of EMEP": EMEP Protocol 1984, Arts. 1(4), 3(2)–(3), 10(1)(a); fifty-ninth run,
  // item 5): with a word of the term's own in lower case beside it, the term is in sentence case.
  return later.every((w) => lower(w) || acronym.test(w)) && later.some((w) => lower(w) && !minorWords.has(w));
}

/**
 * A term led by an article or a demonstrative, "The Arrangement", "The Basic Principles", "This
 * Convention": the capital of "The" is the list item's (or the sentence's), not the term's, and
 * "the Arrangement" is the term as the text uses it (EUTELSAT Convention 1982/1999, Art. I(k)–(l),
 * then "according to the Arrangement", Art. V(a), "to ensure that the Basic Principles are
 * observed", Art. V(b); read: BWBV0002146; seventieth run, defect 2). Only the article's letter
 * changes: "the arrangement" is not the Title Case term.
 */
export const articleLed = /^(?:The|This|These)\s+(?=\p{Lu})/u;

/**
 * A term of several words with every capitalised word lowered, its acronyms kept: "Space Segment"
 * → "space segment", "Director General of EUTELSAT" → "director general of EUTELSAT"; undefined
 * where that is only the first letter lowered (`lowerFirst`) or nothing changes. Words joined by a
 * slash are words: "Critical Infrastructure/Key Resources" is written "critical infrastructure/key
 * resources" in the preamble that precedes its definition (NL–US homeland security Agreement 2012,
 * read: BWBV0006073); lowering only the first letter of "Infrastructure/Key" missed that use and
 * called the term never used (treaty lawyer lr29, defect D10).
 */
export function allLowered(term: string): string | undefined {
  // Words and the separators between them (a space, or a slash), so that the form keeps the slash.
  const parts = term.split(/(\s+|\/)/u);
  const words = parts.filter((_, i) => i % 2 === 0);
  if (words.length < 2) return undefined;
  const lowered = words.map((w) => lowerFirst(w) ?? w);
  const form = parts.map((p, i) => (i % 2 === 0 ? lowered[i / 2] : p === '/' ? '/' : ' ')).join('');
  return form === term || form === lowerFirst(term) || lowered.slice(1).every((w, i) => w === words[i + 1]) ? undefined : form;
}

/** A word in capitals only, an acronym: "EMEP", "CERT", "CSIRTs". */
const acronym = /^\p{Lu}{2,}[\p{Lu}\p{N}]*s?$/u;

const noNames: ReadonlySet<string> = new Set();

/**
 * The words of the term, each other defined term it refers to after a function word written as one
 * lower-case word: "Premises of the Centre" → "Premises of the term". A defined term that the term
 * qualifies is its head, not a reference: "Sending Party" beside "Party" stays in Title Case, and
 * "the sending Party" is not it (NL–US 2012, Art. 1).
 */
function withoutOtherTerms(term: string, names: ReadonlySet<string>): string {
  const words = term.split(/\s+/u);
  const byFirstWord = termsByFirstWord(names);
  for (let i = 1; i < words.length; i++) {
    if (!minorWords.has(words[i - 1])) continue;
    const other = byFirstWord.get(words[i])?.find((o) => o.join(' ') !== term && o.every((w, k) => words[i + k] === w));
    if (other) words.splice(i, other.length, 'term');
  }
  return words.join(' ');
}

/** The capitalised defined terms as words, by their first word, longest first: looked up once per word, not per term (a list of hundreds of terms stays linear). */
const termsByFirstWord = oncePer((names: ReadonlySet<string>): ReadonlyMap<string, readonly string[][]> => {
  const built = new Map<string, string[][]>();
  for (const name of names) {
    if (!/^\p{Lu}/u.test(name)) continue;
    const words = name.split(/\s+/u);
    const list = built.get(words[0]) ?? [];
    list.push(words);
    built.set(words[0], list);
  }
  for (const list of built.values()) list.sort((a, b) => b.length - a.length);
  return built;
});

/** Several words, each capitalised but the function words after the first: "Assisting State Party", "This Convention". */
export function titleCase(term: string): boolean {
  const words = term.split(/\s+/u);
  return words.length >= 2 && lowerFirst(words[0]) !== undefined && words.slice(1).every((w) => minorWords.has(w) || /^\p{Lu}/u.test(w));
}

/**
 * Whether the definitions list capitalises only the first letter of each item: more of its terms
 * of several words are in sentence case than in Title Case. Then a Title Case term keeps its other
 * capitals because those words are names or terms themselves ("State Party" is defined beside
 * "Assisting State Party"; "Convention"), and its first capital only opens the item: "“Assisting
 * State Party” means …", "“This Convention” means …" beside "“Disaster mitigation”", "“Health
 * hazard”", "“The depositary”" (Tampere Convention 1998, Art. 1), used as "the assisting State
 * Party", "this Convention". Where the list is in Title Case ("Business Confidential Information",
 * "Receiving Party", "Sending Party": NL–US 2012, Art. 1) the capital marks the defined sense and
 * "the sending Party’s funds" (Art. 10(7)) is not the term.
 */
export function capitalOpensItem(names: ReadonlySet<string>): boolean {
  const { sentence, title } = listStyle(names);
  return sentence > title;
}

/**
 * Whether a one-word term's capital is the item's too: the list writes at least two of its terms of
 * several words in sentence case, and more so than in Title Case. "“Sanitation” means …" and
 * "“Local” refers to …" beside "“Drinking water”", "“Water-related disease”", "“Public authority”"
 * (Protocol on Water and Health 1999, Art. 2, read: BWBV0004373; seventy-fourth run, defect 4),
 * used as "sanitation" and "local": the list capitalises only the item's first letter, and a one-word
 * term shows no style of its own. One sentence-case term is no practice ("Incident" beside
 * "Personal data" alone keeps its note), and a Title Case list ("Sending Party", "Receiving
 * Party") marks the defined sense with the capital.
 */
export function oneWordCapitalOpensItem(names: ReadonlySet<string>): boolean {
  const { sentence, title } = listStyle(names);
  return sentence >= 2 && sentence > title;
}

function listStyle(names: ReadonlySet<string>): { sentence: number; title: number } {
  let sentence = 0;
  let title = 0;
  for (const name of names) {
    if (sentenceCase(name, names)) sentence++;
    else if (titleCase(name)) title++;
  }
  return { sentence, title };
}
