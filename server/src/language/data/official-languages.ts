/**
 * The official languages of some States, for the note that a bilateral text is authentic in one
 * signatory's language and in none of the other's (`text-not-in-signatory-language`, info).
 *
 * Only States whose official languages are not in doubt are listed: the EU and EEA Member States,
 * Switzerland and Ukraine, with the languages each has as official languages of its State (the
 * languages a Member State brought to the EU under Regulation No 1/1958 as amended, Art. 1, and
 * the constitutions of the others). A State not listed (the United Kingdom and the United States
 * have no official language in their constitutions) raises nothing. Source status: unconfirmed —
 * this table was written from general knowledge; neither Regulation No 1 nor the constitutions
 * were read for it. That is why the rule is a note, never a warning. A State is added only from
 * such a source, read: not because English is in practice its language (Antigua and Barbuda, the
 * Commonwealth Caribbean; ninety-first run, defect 3), which the rule's rationale says.
 */
export const officialLanguages: Readonly<Record<string, readonly string[]>> = {
  AT: ['German'],
  BE: ['Dutch', 'French', 'German'],
  BG: ['Bulgarian'],
  HR: ['Croatian'],
  CY: ['Greek', 'Turkish'],
  CZ: ['Czech'],
  DK: ['Danish'],
  EE: ['Estonian'],
  FI: ['Finnish', 'Swedish'],
  FR: ['French'],
  DE: ['German'],
  GR: ['Greek'],
  HU: ['Hungarian'],
  IE: ['Irish', 'English'],
  IT: ['Italian'],
  LV: ['Latvian'],
  LT: ['Lithuanian'],
  LU: ['Luxembourgish', 'French', 'German'],
  MT: ['Maltese', 'English'],
  NL: ['Dutch'],
  PL: ['Polish'],
  PT: ['Portuguese'],
  RO: ['Romanian'],
  SK: ['Slovak'],
  SI: ['Slovene', 'Slovenian'],
  ES: ['Spanish'],
  SE: ['Swedish'],
  IS: ['Icelandic'],
  NO: ['Norwegian'],
  LI: ['German'],
  CH: ['German', 'French', 'Italian', 'Romansh'],
  UA: ['Ukrainian'],
};
