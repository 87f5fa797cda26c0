/**
 * ISO 3166-3, "Code for formerly used names of countries": a four-letter code for each country name
 * removed from ISO 3166-1 since its first edition (1974). The first two letters are the withdrawn
 * alpha-2 code; the last two the new code after a change of name (BUMM: Burma, now Myanmar), the
 * code of the country it merged into (DDDE: the German Democratic Republic, into Germany), or HH
 * where no single successor exists (CSHH: Czechoslovakia, divided into the Czech Republic and
 * Slovakia) — XX for Serbia and Montenegro, whose alpha-2 code was also CS.
 *
 * Why a jurisdiction may be one: a concluded text was entered into by the State that existed then.
 * The Czechoslovak Socialist Republic, party to the NL–Czechoslovakia Agreement of 1975, has no
 * current ISO 3166-1 code, and the code of a successor (CZ) would name another State as the party
 * (hundred-and-eighth run, defect 1). Its own former alpha-2 code is no answer either: ISO frees a
 * withdrawn code for reuse, and CS meant Czechoslovakia until 1993 and Serbia and Montenegro until
 * 2006. The four-letter code names the one former country.
 *
 * Sources read: ISO's page "ISO 3166-3" (iso.org, background on ISO 3166: the structure of the code
 * and its examples BUMM, CSHH, and Democratic Yemen (YD) and the Yemen Arab Republic (YE) merged
 * into the Republic of Yemen (YE) in 1990); the list of the 31 codes, with names and withdrawal
 * dates, as reproduced in the iso-codes data shipped with pycountry
 * (src/pycountry/databases/iso3166-3.json), compared entry by entry with a reproduction of the table
 * (articles.gourt.com, "ISO 3166-3": AIDJ to NTHH, years of withdrawal). The names are the list's
 * (BYAA's, "Byelorussian SSR Soviet Socialist Republic", written out); the year is that of the
 * code's withdrawal from ISO 3166-1, not of the State's end. Of the reuse of withdrawn codes (AI, CS,
 * GE and SK reassigned) the reproductions of the standard's description say the same.
 */
export interface FormerCountry {
  /** The former country's name, as the ISO 3166-3 list gives it. */
  readonly name: string;
  /** The year its code was withdrawn from ISO 3166-1, where the sources read agree on it. */
  readonly withdrawn?: number;
}

const formerCountries: Readonly<Record<string, FormerCountry>> = {
  AIDJ: { name: 'French Afars and Issas', withdrawn: 1977 },
  // The list read dates ANHH's withdrawal 1993-07-12, which an index of former codes read (FOTW,
  // "Code index for former countries") contradicts: AN still in ISO 3166-1, "transitionally reserved
  // (12-2060)". No year is given rather than a wrong one.
  ANHH: { name: 'Netherlands Antilles' },
  BQAQ: { name: 'British Antarctic Territory', withdrawn: 1979 },
  BUMM: { name: 'Burma, Socialist Republic of the Union of', withdrawn: 1989 },
  BYAA: { name: 'Byelorussian Soviet Socialist Republic', withdrawn: 1992 },
  CSHH: { name: 'Czechoslovakia, Czechoslovak Socialist Republic', withdrawn: 1993 },
  CSXX: { name: 'Serbia and Montenegro', withdrawn: 2006 },
  CTKI: { name: 'Canton and Enderbury Islands', withdrawn: 1984 },
  DDDE: { name: 'German Democratic Republic', withdrawn: 1990 },
  DYBJ: { name: 'Dahomey', withdrawn: 1977 },
  FQHH: { name: 'French Southern and Antarctic Territories', withdrawn: 1979 },
  FXFR: { name: 'France, Metropolitan', withdrawn: 1997 },
  GEHH: { name: 'Gilbert and Ellice Islands', withdrawn: 1979 },
  HVBF: { name: 'Upper Volta, Republic of', withdrawn: 1984 },
  JTUM: { name: 'Johnston Island', withdrawn: 1986 },
  MIUM: { name: 'Midway Islands', withdrawn: 1986 },
  NHVU: { name: 'New Hebrides', withdrawn: 1980 },
  NQAQ: { name: 'Dronning Maud Land', withdrawn: 1983 },
  NTHH: { name: 'Neutral Zone', withdrawn: 1993 },
  PCHH: { name: 'Pacific Islands (trust territory)', withdrawn: 1986 },
  PUUM: { name: 'US Miscellaneous Pacific Islands', withdrawn: 1986 },
  PZPA: { name: 'Panama Canal Zone', withdrawn: 1980 },
  RHZW: { name: 'Southern Rhodesia', withdrawn: 1980 },
  SKIN: { name: 'Sikkim', withdrawn: 1975 },
  SUHH: { name: 'USSR, Union of Soviet Socialist Republics', withdrawn: 1992 },
  TPTL: { name: 'East Timor', withdrawn: 2002 },
  VDVN: { name: 'Viet-Nam, Democratic Republic of', withdrawn: 1977 },
  WKUM: { name: 'Wake Island', withdrawn: 1986 },
  YDYE: { name: "Yemen, Democratic, People's Democratic Republic of", withdrawn: 1990 },
  YUCS: { name: 'Yugoslavia, Socialist Federal Republic of', withdrawn: 1993 },
  ZRCD: { name: 'Zaire, Republic of', withdrawn: 1997 },
};

/** The ISO 3166-3 codes, for `jurisdiction` values of parties to concluded texts. */
export const iso3166Part3: ReadonlySet<string> = new Set(Object.keys(formerCountries));

/** The former country an ISO 3166-3 code stands for, if it is one. */
export function formerCountry(code: string): FormerCountry | undefined {
  const upper = code.toUpperCase();
  return Object.hasOwn(formerCountries, upper) ? formerCountries[upper] : undefined;
}

/**
 * The ISO 3166-3 codes of the former countries whose withdrawn alpha-2 code this is (CS: CSHH and
 * CSXX). The caller asks only for a code that is no current ISO 3166-1 code: AI, GE and SK have
 * been reassigned (Anguilla, Georgia, Slovakia) and stand for those countries now.
 */
export function formerCodesOf(alpha2: string): readonly string[] {
  const upper = alpha2.toUpperCase();
  return upper.length === 2 ? [...iso3166Part3].filter((code) => code.startsWith(upper)) : [];
}

/** '"Czechoslovakia, …" (removed from ISO 3166-1 in 1993)': the list's name, quoted (it reads as a list entry, "USSR, Union of …"), and the year where known. */
export function formerCountryWords(code: string, removed = 'removed from ISO 3166-1 in'): string {
  const f = formerCountry(code);
  if (!f) return code;
  return f.withdrawn === undefined ? `"${f.name}"` : `"${f.name}" (${removed} ${f.withdrawn})`;
}
