/**
 * Small pieces of treaty English the renderer needs: the article before a party's name, ordinal
 * numbers in words ("the thirtieth day", "the third instrument"), and how many texts or originals
 * there are ("in duplicate", "both texts", "all three texts").
 */
import { ordinalsBelowTwenty, tensOrdinals, tensWords } from '../util/number-words';

/**
 * Words that start a descriptive name and so take "the": "the Republic of Estonia", "the
 * Government of Australia", "the Estonian Information System Authority". A proper name takes
 * none ("Australia", "Acme Threat Intelligence Ltd"); neither does a name that already has it.
 */
const descriptiveStarts = new Set(
  (
    'Republic Kingdom Government Governments State States Federal Federation United Union European Ministry Minister Department Agency Office Authority ' +
    'National Cybersecurity Cyber Computer Council Commission Secretariat Organisation Organization Centre Center Supreme Permanent International Principality ' +
    'Grand Commonwealth Democratic Islamic Socialist Swiss Estonian Finnish Latvian Lithuanian Polish Ukrainian Swedish Danish Norwegian German French Dutch ' +
    'Belgian Italian Spanish Portuguese Austrian Czech Slovak Hungarian Romanian Bulgarian Greek Croatian Slovenian Irish Maltese Cypriot Luxembourg British ' +
    'American Canadian Australian Indian Japanese Joint Directorate Bureau Service Institute Head Director Chief Secretary Executive General ' +
    'Agreement Convention Treaty Memorandum Protocol Arrangement Framework Charter Statute Exchange'
  ).split(' '),
);

/**
 * Nouns that make a name an institution's description wherever they stand, so that it takes
 * "the": "the Constitution Protection Bureau of Latvia", "the Police and Border Guard Board".
 */
const institutionNouns = new Set(
  (
    'Authority Agency Bureau Board Service Services Centre Center Council Commission Committee Ministry Office Government Institute Team Capability ' +
    'Directorate Department Secretariat Organisation Organization Inspectorate Administration Command Unit Police Forces Republic Kingdom Federation Union'
  ).split(' '),
);

/** Countries whose short name takes "the": "the Netherlands", "the Philippines". */
const countriesWithThe = new Set(['Netherlands', 'Philippines', 'Bahamas', 'Gambia', 'Maldives', 'Seychelles', 'Comoros', 'Holy See']);

/** A company's legal form ends its name, which takes no article: "Acme Threat Intelligence Ltd". */
const companyForm = /\b(?:Ltd|Limited|Inc|plc|LLC|GmbH|AG|SA|S\.A|AS|Oy|AB|BV|NV|SE)\.?$/;

/**
 * "Republic of Estonia" → "the Republic of Estonia"; "NATO Computer Incident …" → "the NATO …";
 * "Constitution Protection Bureau of Latvia" → "the Constitution …"; "Netherlands" → "the
 * Netherlands". "Australia", "CERT-EE (Information System Authority)", "Acme … Ltd", "Any State
 * which …" and a name that already has "the" ("the Kingdom of the Netherlands") stay as they are.
 */
export function withArticle(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return trimmed.replace(/^The\s/, 'the ');
  if (/^(?:an?|any|each|all|every)\s/i.test(trimmed) || companyForm.test(trimmed)) return trimmed;
  if (countriesWithThe.has(trimmed)) return `the ${trimmed}`;
  // The name proper, without what follows in brackets or after a comma: "CERT-EE (Information System Authority)".
  const words = trimmed.replace(/\s*[(,].*$/s, '').split(/\s+/);
  const first = words[0] ?? '';
  const acronymThenNoun = words.length > 1 && /^[A-Z][A-Z0-9-]{1,}$/.test(first);
  const institution = words.length > 1 && words.some((w) => institutionNouns.has(w));
  return descriptiveStarts.has(first) || acronymThenNoun || institution ? `the ${trimmed}` : trimmed;
}

/** Without a leading "the", for a formula that writes its own ("The {{depositaryName}} shall be …"). */
export function withoutArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/** 30 → "thirtieth", 3 → "third", 45 → "forty-fifth"; beyond 99 in figures ("120th"). */
export function ordinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) return `${n}th`;
  if (n < 20) return ordinalsBelowTwenty[n];
  if (n < 100) return n % 10 === 0 ? tensOrdinals[n / 10] : `${tensWords[Math.floor(n / 10)]}-${ordinalsBelowTwenty[n % 10]}`;
  const last = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${last}`;
}

const cardinals = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "in duplicate", "in triplicate", "in four originals". */
export function originals(count: number): string {
  if (count === 2) return 'in duplicate';
  if (count === 3) return 'in triplicate';
  return `in ${cardinals[count] ?? count} originals`;
}

/**
 * ISO 639-2 codes of the languages instruments are made in, for Akoma Ntoso's FRBR language.
 * A language not listed gets `mul`-free `und` (undetermined), never a guess.
 */
const languageCodes: Readonly<Record<string, string>> = {
  arabic: 'ara', bulgarian: 'bul', chinese: 'zho', croatian: 'hrv', czech: 'ces', danish: 'dan', dutch: 'nld', english: 'eng', estonian: 'est',
  finnish: 'fin', french: 'fra', german: 'deu', greek: 'ell', hindi: 'hin', hungarian: 'hun', irish: 'gle', italian: 'ita', japanese: 'jpn',
  korean: 'kor', latvian: 'lav', lithuanian: 'lit', maltese: 'mlt', norwegian: 'nor', polish: 'pol', portuguese: 'por', romanian: 'ron',
  russian: 'rus', slovak: 'slk', slovenian: 'slv', spanish: 'spa', swedish: 'swe', ukrainian: 'ukr',
};

export function languageCode(language: string): string {
  return languageCodes[language.toLowerCase()] ?? 'und';
}

/** A name as an XML-safe identifier in camel case: "Republic of Estonia" → "republicOfEstonia". */
export function slug(name: string): string {
  const words = name.normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
  const ascii = joined.replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Za-z]/.test(ascii) ? ascii : `x${ascii}`;
}
