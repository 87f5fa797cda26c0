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
/**
 * What ISO's list says became of a former country: its name changed (the same State under a new
 * name: BUMM, Burma, now Myanmar), it was divided (no single successor: CSHH) or it merged into
 * another (DDDE, into Germany). Given only where a source read says so (see below); the words a
 * finding says of the party turn on it (lr26 D3: a renamed State is no successor of itself).
 */
export type FormerChange = 'renamed' | 'divided' | 'merged';

export interface FormerCountry {
  /** The former country's name, as the ISO 3166-3 list gives it. */
  readonly name: string;
  /** How a sentence names it ("Czechoslovakia", "the USSR"); the list's name where none is given. */
  readonly short?: string;
  /** The year its code was withdrawn from ISO 3166-1, where the sources read agree on it. */
  readonly withdrawn?: number;
  /** What became of it, where read. */
  readonly change?: FormerChange;
  /** Renamed: the same State's name and ISO 3166-1 code now. */
  readonly now?: { readonly name: string; readonly code: string };
  /** Merged: the State it merged into. */
  readonly into?: { readonly name: string; readonly code: string };
  /** A withdrawn code that stood for two States in turn (YU), each with its years. */
  readonly inTurn?: readonly string[];
  /**
   * The State that continues this one as the same party to its treaties and in the United Nations,
   * where a source read says so (lr27 D2, D3): its name and code, from which day (YYYY-MM-DD) the
   * former name no longer answers, and why. Its code names the same State, no successor.
   */
  readonly continuedBy?: { readonly name: string; readonly code: string; readonly from: string; readonly why: string };
  /** Where ISO's "merged" is code bookkeeping and no other State is claimed: what the later code names (lr27 D5). */
  readonly laterCode?: { readonly code: string; readonly words: string };
}

/*
 * The reasons (lr26 D3), read: iso.org, "ISO 3166-3" (BURMA changed to MYANMAR in 1989;
 * CZECHOSLOVAKIA divided in 1993; DEMOCRATIC YEMEN and the YEMEN ARAB REPUBLIC merged in 1990); a
 * reproduction of ISO 3166-3:2020, 4.3-4.5 (the GERMAN DEMOCRATIC REPUBLIC united with GERMANY in
 * 1990; the NEUTRAL ZONE deleted in 1993); the Vietnamese national adoption of ISO 3166-3, TCVN
 * 7217-3:2013, list (thuvienphapluat.vn: USSR 1974/92 "divided into" thirteen States including the
 * Russian Federation, Belarus and Ukraine left out, its note says, because they had codes of their own
 * before the USSR was deleted (treaty lawyer lr27, D4); Upper Volta 1974/84, Burkina Faso; Viet-Nam, Democratic Republic 1974/77;
 * Wake Island 1974/86; Democratic Yemen 1974/90; Zaire 1974/97, the Democratic Republic of the
 * Congo, numeric code 180 unchanged, ISO's mark of a change of name without change of territory);
 * the Ukrainian Wikipedia list of ISO 3166-3 (Sikkim 1974-1975 "became part of" India; Dahomey
 * 1974-1977 "renamed" Benin; French Afars and Issas 1974-1977; Upper Volta renamed Burkina Faso;
 * the Democratic Republic of Viet-Nam "became part of" Viet Nam); the English Wikipedia's account of
 * the code's rules (the Byelorussian SSR changed its name to Belarus, code kept: AA; XX for Serbia
 * and Montenegro under the rule for a divided country).
 *
 * Yugoslavia (lr26 D4): ISO withdrew YU on 23 July 2003, when the country's name became Serbia and
 * Montenegro (iso.org, "CS and SCG for 'Serbia and Montenegro'", 2003-07-23: "The code elements YU
 * and YUG representing Yugoslavia are obsolete now"; ISO 3166-1 Newsletter V-8: official name
 * "Federal Republic of Yugoslavia", then "Serbia and Montenegro"). Until 1992 YU stood for the
 * Socialist Federal Republic; from 1992 for the Federal Republic of Yugoslavia, whose claim to
 * continue the SFRY the UN membership rejected: in September 1992 the General Assembly decided that
 * it could not automatically continue the SFRY's membership and should apply (A. Aust, Handbook of
 * International Law, p. 404; admitted on 1 November 2000, People's Daily, 2 November 2000). One
 * code, two States: which one was the party is a fact the code does not tell.
 *
 * Continuing States (treaty lawyer lr27, D2, D3). Serbia and Montenegro is the FRY under another
 * name ("On 4 February 2003, the name of the State of the Federal Republic of Yugoslavia was changed
 * to Serbia and Montenegro", ICAO's note, read in WIPO Lex's remarks on Serbia; "As of 4 February 2003
 * the FRY became known as Serbia and Montenegro", UNODA treaty database, Biological Weapons
 * Convention, Serbia), and the Republic of Serbia continues it: the Council of Europe's Committee of
 * Ministers "noted that the Republic of Serbia is continuing the membership of Serbia and Montenegro in
 * the Council of Europe with effect from 3 June 2006" (967th meeting, 14 June 2006, item 2.3a, read);
 * Serbia's President notified the UN Secretary-General that the membership "is continued by the
 * Republic of Serbia on the basis of Article 60 of the Constitutional Charter" (Serbia's note of 8
 * June 2006, quoted by UNODA, read), and Serbia told ICAO that it "continues to exercise its rights and
 * honour its commitments deriving from international treaties concluded by Serbia and Montenegro"
 * (note of 13 July 2006, read as above). Montenegro applied for admission as a new Member (Security
 * Council Report, Update Report No. 6, June 2006, read). The USSR: "With the formation of the
 * Commonwealth of Independent States the Union of Soviet Socialist Republics ceases to exist" (Alma-Ata
 * Declaration, 21 December 1991; read in the German text printed by the taz, and as the
 * Bundesgesetzblatt quotes it), but the Union's organs acted until its formal end (treaty lawyer lr28,
 * D9): its President resigned on 25 December 1991, and on 26 December the Soviet of the Republics of
 * the Supreme Soviet of the USSR recognised by a declaration that the Union had ceased to exist as a
 * State and subject of international law (read: archontology.org, "Soviet Union: Polity Style",
 * citing Rossijskaja gazeta of 26 December 1991 and Vedomosti Verhovnogo Soveta SSSR 1991, No. 52;
 * the declaration's number, 142-N, read in the Scots Wikipedia, "Dissolution o the Soviet Union").
 * So the former name no longer answers from 26 December 1991 (`continuedBy.from`); a text dated
 * 22 to 25 December is left to be checked (support/former-code-advice.ts). The Russian Federation
 * continues its UN membership (support/former-code-advice.ts). The Democratic Republic of Viet-Nam (lr27, D5): ISO's "merged into
 * Viet Nam" claims no other State; the reunified country's National Assembly declared on 2 July 1976
 * that "the new name of the country is the Socialist Republic of Vietnam" (UPI, 2 July 1976, read);
 * whether that State continues the DRV nothing read settles, so the words claim neither.
 *
 * Withdrawal years checked in this run against the sources above: AIDJ, BUMM, CSHH, DDDE, DYBJ,
 * HVBF, NTHH, SKIN, SUHH, VDVN, WKUM, YDYE, YUCS (corrected from 1993), ZRCD. Not checked here (from
 * the two reproductions of rf106 only): BQAQ, BYAA, CSXX, CTKI, FQHH, FXFR, GEHH, JTUM, MIUM, NHVU,
 * NQAQ, PCHH, PUUM, PZPA, RHZW, TPTL. Where no reason is given, none was read: the words then claim
 * neither a successor nor the same State.
 */
const formerCountries: Readonly<Record<string, FormerCountry>> = {
  AIDJ: { name: 'French Afars and Issas', withdrawn: 1977 },
  // The list read dates ANHH's withdrawal 1993-07-12, which an index of former codes read (FOTW,
  // "Code index for former countries") contradicts: AN still in ISO 3166-1, "transitionally reserved
  // (12-2060)". No year is given rather than a wrong one.
  ANHH: { name: 'Netherlands Antilles' },
  BQAQ: { name: 'British Antarctic Territory', withdrawn: 1979 },
  BUMM: { name: 'Burma, Socialist Republic of the Union of', short: 'Burma', withdrawn: 1989, change: 'renamed', now: { name: 'Myanmar', code: 'MM' } },
  BYAA: { name: 'Byelorussian Soviet Socialist Republic', short: 'the Byelorussian SSR', withdrawn: 1992, change: 'renamed', now: { name: 'Belarus', code: 'BY' } },
  CSHH: { name: 'Czechoslovakia, Czechoslovak Socialist Republic', short: 'Czechoslovakia', withdrawn: 1993, change: 'divided' },
  CSXX: {
    name: 'Serbia and Montenegro',
    short: 'Serbia and Montenegro',
    withdrawn: 2006,
    continuedBy: { name: 'the Republic of Serbia', code: 'RS', from: '2006-06-03', why: 'continues its membership of the United Nations and its treaties since 3 June 2006 (Art. 60 of the Constitutional Charter); ME names Montenegro, a new State' },
  },
  CTKI: { name: 'Canton and Enderbury Islands', withdrawn: 1984 },
  DDDE: { name: 'German Democratic Republic', short: 'the German Democratic Republic', withdrawn: 1990, change: 'merged', into: { name: 'Germany', code: 'DE' } },
  DYBJ: { name: 'Dahomey', short: 'Dahomey', withdrawn: 1977, change: 'renamed', now: { name: 'Benin', code: 'BJ' } },
  FQHH: { name: 'French Southern and Antarctic Territories', withdrawn: 1979 },
  FXFR: { name: 'France, Metropolitan', withdrawn: 1997 },
  GEHH: { name: 'Gilbert and Ellice Islands', withdrawn: 1979 },
  HVBF: { name: 'Upper Volta, Republic of', short: 'Upper Volta', withdrawn: 1984, change: 'renamed', now: { name: 'Burkina Faso', code: 'BF' } },
  JTUM: { name: 'Johnston Island', withdrawn: 1986 },
  MIUM: { name: 'Midway Islands', withdrawn: 1986 },
  NHVU: { name: 'New Hebrides', withdrawn: 1980 },
  NQAQ: { name: 'Dronning Maud Land', withdrawn: 1983 },
  NTHH: { name: 'Neutral Zone', withdrawn: 1993 },
  PCHH: { name: 'Pacific Islands (trust territory)', withdrawn: 1986 },
  PUUM: { name: 'US Miscellaneous Pacific Islands', withdrawn: 1986 },
  PZPA: { name: 'Panama Canal Zone', withdrawn: 1980 },
  RHZW: { name: 'Southern Rhodesia', withdrawn: 1980 },
  SKIN: { name: 'Sikkim', short: 'Sikkim', withdrawn: 1975, change: 'merged', into: { name: 'India', code: 'IN' } },
  SUHH: {
    name: 'USSR, Union of Soviet Socialist Republics',
    short: 'the USSR',
    withdrawn: 1992,
    change: 'divided',
    continuedBy: { name: 'the Russian Federation', code: 'RU', from: '1991-12-26', why: "continues the USSR's membership of the United Nations (its President's letter of 24 December 1991)" },
  },
  TPTL: { name: 'East Timor', withdrawn: 2002 },
  VDVN: {
    name: 'Viet-Nam, Democratic Republic of',
    short: 'the Democratic Republic of Viet-Nam',
    withdrawn: 1977,
    change: 'merged',
    into: { name: 'Viet Nam', code: 'VN' },
    laterCode: { code: 'VN', words: 'VN names the Socialist Republic of Viet Nam, the name the National Assembly of the reunified country adopted on 2 July 1976' },
  },
  WKUM: { name: 'Wake Island', withdrawn: 1986 },
  YDYE: { name: "Yemen, Democratic, People's Democratic Republic of", short: 'Democratic Yemen', withdrawn: 1990, change: 'merged', into: { name: 'the Republic of Yemen', code: 'YE' } },
  YUCS: {
    name: 'Yugoslavia',
    short: 'Yugoslavia',
    withdrawn: 2003,
    inTurn: ['the Socialist Federal Republic of Yugoslavia (until 1992)', 'the Federal Republic of Yugoslavia (from 1992), whose claim to continue the SFRY the UN membership rejected'],
  },
  ZRCD: { name: 'Zaire, Republic of', short: 'Zaire', withdrawn: 1997, change: 'renamed', now: { name: 'the Democratic Republic of the Congo', code: 'CD' } },
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

/** How a sentence names the former country: "Czechoslovakia", else the list's name. */
export function formerShortName(code: string): string {
  const f = formerCountry(code);
  return f ? (f.short ?? f.name) : code;
}
