/**
 * The English names of languages, for reading a final formula ("in the English, French, Dutch and
 * Kazakh languages"): the ISO 639-1 names (package `iso-639-1`: "Greek", "Khmer", "Kazakh") and
 * the ISO 639-2 names (package `iso-639-2`: "Filipino", "Montenegrin", "Tetum", "Papiamento", and
 * the other names of a language it gives after a semicolon, "Dutch; Flemish", "Romanian;
 * Moldavian; Moldovan"). ISO 639-2's inverted forms ("Greek, Modern (1453-)", "Sotho, Southern")
 * and its collective entries ("Afro-Asiatic languages") are not names a formula writes and are
 * left out; the same languages are in ISO 639-1 under the name a text uses. A name with a
 * diacritic ("Māori", "Guaraní") is known without it too, as English texts print it.
 *
 * The list was a hand list of fifty names until the fortieth run, where a treaty done in Kazakh
 * was said not to name Kazakh in its final formula (Benelux–Kazakhstan readmission agreement,
 * BWBV0006473): no hand list holds every language a treaty is done in.
 */
import iso6391 from 'iso-639-1';
import { iso6392 } from 'iso-639-2';

/**
 * Names English texts use that neither standard gives in that form: "Slovene" (ISO: "Slovenian";
 * Regulation No 1/1958 as amended and the EU's treaties say "Slovene") and "Serbo-Croatian" (the
 * language of texts done with Yugoslavia, withdrawn from ISO 639-1 in 2000).
 */
const usageNames = ['Slovene', 'Serbo-Croatian'];

/** A name as a formula writes it: capitalised words, no comma, no parenthesis, no "languages". */
const plainName = /^\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*)*$/u;

/** ISO 639-2's entries for groups ("Sign Languages"), which name no one language. */
const collective = /\blanguages?\b/i;

function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every known English name of a language, in lower case, with and without diacritics. */
function collect(): ReadonlySet<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    const trimmed = name.trim();
    if (!plainName.test(trimmed) || collective.test(trimmed)) return;
    names.add(trimmed.toLowerCase());
    names.add(withoutDiacritics(trimmed).toLowerCase());
  };
  for (const name of iso6391.getAllNames()) add(name);
  for (const language of iso6392) for (const name of language.name.split(';')) add(name);
  for (const name of usageNames) add(name);
  return names;
}

const known = collect();

/** Whether a word or words are the English name of a language in ISO 639-1 or 639-2. */
export function isKnownLanguageName(name: string): boolean {
  return known.has(name.toLowerCase());
}
