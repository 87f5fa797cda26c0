/**
 * When a State became a Member of the United Nations, for the States whose date Entente has read in
 * an official list; for the others it does not know, and a rule that needs the date states the
 * condition instead ("each Party that was a UN Member when it entered into the treaty"). Art. 102(1)
 * of the Charter binds a Member for the treaties it enters into "after the present Charter comes
 * into force", not for those it entered into before it was admitted (treaty lawyer lr17, D1;
 * eighty-fourth run, defect 2: a 1970 Benelux–Korea Agreement, Korea admitted in 1991).
 *
 * Sources read (each date below was read in one of them, never filled in from memory):
 * - Yearbook of the United Nations 1968, 1971 and 1974, Appendix I, "Roster of the United Nations"
 *   (as at 31 December 1968 / 1971 / 1974), "date of admission to U.N." (read: docslib.org copies of
 *   the Yearbook appendices; 1971 for Oman, "Oman 7 Oct. 1971": ninety-third run, defect 2). An original Member's date is that of its ratification of the Charter (Art. 110(4):
 *   "on the date of the deposit of their respective ratifications"): Belgium 27 Dec. 1945, the
 *   Netherlands 10 Dec. 1945, Norway 27 Nov. 1945.
 * - "United Nations Member States", the UN's list by date of admission, page 6 (Sweden to Zimbabwe;
 *   read: the validated Wikisource transcription).
 * - UN press release GA/10041, 10 September 2002: "Switzerland became the 190th United Nations
 *   Member State this afternoon" (read: press.un.org).
 * Left out on purpose, the date not telling who was a Member: States whose code may stand for a
 * predecessor or a union that was a Member under another name (CZ, SK, RU, RS, DE, YE, SY, MK),
 * and Indonesia, which withdrew from 1 March 1965 (documents A/5857, S/6157).
 *
 * Egypt (EG) is in, and Syria (SY) is not (ninety-seventh run, defect 2). Read: the UN's list, page 6,
 * note 1: "Egypt and Syria were original Members of the United Nations from 24 October 1945.
 * Following a plebiscite on 21 February 1958, the United Arab Republic was established by a union of
 * Egypt and Syria and continued as a single Member. On 13 October 1961, Syria, having resumed its
 * status as an independent State, resumed its separate membership"; the Yearbook rosters as at 31
 * December 1954 and 1957, "Egypt … 24 Oct. 45" / "24 Oct. 1945"; the roster as at 31 December 1975
 * lists "Egypt" among the Members (read: docslib.org and vdocuments.net copies). So on every day from
 * 24 October 1945 the State a code EG stands for was a Member: Egypt; from 1958 the Union, which
 * continued that membership as a single Member; from 1961 the same Member without Syria, whose
 * membership is the one said to be resumed, and which the 1975 roster names Egypt. A name is no
 * matter: membership is the State's. Syria's is not continuous in that sense: from 21 February 1958
 * to 13 October 1961 it was no separate Member, only part of the Union, so a code SY does not tell
 * whether the treaty was entered into by a Member.
 *
 * Former countries (hundred-and-eighth run, defect 1), by their ISO 3166-3 codes, which name the State
 * that existed then and no successor. Czechoslovakia (CSHH): "Czechoslovakia 24 Oct. 45" / "24 Oct.
 * 1945" in the Yearbook rosters as at 31 December 1955, 1957, 1959 and 1968 (read: docslib.org
 * copies), and the UN's page on Czechoslovakia and its successor States, "an original Member of the
 * United Nations from 24 October 1945" until the Czech and Slovak Federal Republic ceased to exist
 * on 31 December 1992 (read: a copy of the page, elaygc.com); the Byelorussian SSR (BYAA, "Byelorussian
 * SSR 24 Oct. 1945"), Burma (BUMM, "Burma 19 Apr. 1948") and Dahomey (DYBJ, "Dahomey 20 Sep. 1960"):
 * the Yearbook roster 1968; the German Democratic Republic (DDDE): "German Democratic Republic 18 Sep.
 * 1973" in the Yearbook roster as at 31 December 1986 (read: docslib.org). A former country's code
 * stands for one State only, never for its successor, so, as for the codes above, the date answers
 * for the days after it on which that State entered into a treaty, until the State ceased to exist
 * (`ceased` below). The USSR (SUHH), Yugoslavia (YUCS), Democratic Yemen (YDYE) and the others
 * are not in: no roster line naming them was read (the excerpts read end before those names).
 *
 * The Republic of Korea (KR) and Mozambique (MZ), hundred-and-ninth and hundred-and-tenth runs (r109
 * D3, r110 D3). No official list naming them was read (neither the UN's list, page 5, nor the GA
 * resolution admitting each was found; the number once written here for Mozambique's, 3385 (XXX), is,
 * from a treaty lawyer's memory, the Comoros' — treaty lawyer lr28, D8); the dates are entered from
 * sources that agree, each read (and confirmed by lr28 from further sources: for KR, S. S. Kim,
 * International Journal of Korean Studies 1997; for MZ, US Mission cables USUN 3710 and 4323):
 * - KR 17 September 1991: "On 17 September 1991, the General Assembly admitted both countries under
 *   Resolution 46/1" (English Wikipedia, "Korea and the United Nations", copies at wikimili.com and
 *   osmarks.net); "On 17 September 1991, the United Nations admitted as new Members the States of …
 *   the Democratic People's Republic of Korea and the Republic of Korea" (filaw.com, "191 Member
 *   States of the United Nations"); UPI, 18 September 1991: "One day after joining the United
 *   Nations …", "admitted as full members when the assembly opened its 1991 session Tuesday".
 * - MZ 16 September 1975: "Mozambique was admitted to the UN on 16 September 1975"
 *   (nationsencyclopedia.com); the Security Council approved its application with those of Cape
 *   Verde and Sao Tome and Principe on 18 August 1975 (US Mission cable USUN 3710, 19 August 1975),
 *   and the Yearbook 1976 roster dates those two "16 Sep. 1975"; the Yearbook 1975 roster, as at 31
 *   December 1975, lists Mozambique among the Members (read: docslib.org, vdocuments.net copies).
 *
 * Yemen (YE; hundred-and-seventh run, defect 1) stays out. ISO's YE was the Yemen Arab Republic's code
 * until it and Democratic Yemen (YD) merged into the Republic of Yemen (YE) in 1990 (read: iso.org,
 * "ISO 3166-3"), and the UN's list, page 6, dates "Yemen" from 30 September 1947; but that list's note
 * 4 on Yemen was not read (the copy read ends at note 3), and a date of admission alone does not show
 * an unbroken membership (Syria's list date is 24 October 1945, its membership lapsed from 1958 to
 * 1961). To be added when the note, or a roster naming Yemen before and after 1990, is read. Tried
 * again (lf50): the stored copy of the Wikisource transcription of page 6 again breaks off at note 3,
 * and no other copy of the UN's note 4 was found; only a secondary list was read, filaw.com, "191 Member States of the United
 * Nations": "On 22 May 1990, the two countries of Yemen and Democratic Yemen merged and were then
 * represented as one Member State with the name "Yemen"" — no official text, so Yemen stays out.
 */
/** A calendar day (structurally model/timing.ts's Day; data/ imports nothing from model/). */
interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const admitted: Readonly<Record<string, string>> = {
  // Yearbook 1974, Roster of the United Nations.
  AF: '1946-11-19', AL: '1955-12-14', DZ: '1962-10-08', AR: '1945-10-24', AU: '1945-11-01', AT: '1955-12-14', BS: '1973-09-18',
  BH: '1971-09-21', BD: '1974-09-17', BB: '1966-12-09', BE: '1945-12-27', BT: '1971-09-21', BO: '1945-11-14', BW: '1966-10-17',
  BR: '1945-10-24', BG: '1955-12-14', MM: '1948-04-19', BI: '1962-09-18', BY: '1945-10-24', CA: '1945-11-09', TD: '1960-09-20',
  CL: '1945-10-24', CN: '1945-10-24', CO: '1945-11-05', CG: '1960-09-20', CR: '1945-11-02', GH: '1957-03-08', GR: '1945-10-25',
  GD: '1974-09-17', GT: '1945-11-21', GN: '1958-12-12', GW: '1974-09-17', GY: '1966-09-20', HT: '1945-10-24', HN: '1945-12-17',
  HU: '1955-12-14', IS: '1946-11-19', IN: '1945-10-30', IR: '1945-10-24', IQ: '1945-12-21', IE: '1955-12-14', IL: '1949-05-11',
  IT: '1955-12-14', CI: '1960-09-20', JM: '1962-09-18', JP: '1956-12-18', JO: '1955-12-14', KE: '1963-12-16', KH: '1955-12-14',
  KW: '1963-05-14', LA: '1955-12-14', LB: '1945-10-24', LS: '1966-10-17', LR: '1945-11-02', PK: '1947-09-30', PA: '1945-11-13',
  PY: '1945-10-24', PE: '1945-10-31', PH: '1945-10-24', PL: '1945-10-24', PT: '1955-12-14', QA: '1971-09-21', RO: '1955-12-14',
  RW: '1962-09-18', SA: '1945-10-24', SN: '1960-09-28', SL: '1961-09-27', SG: '1965-09-21', SO: '1960-09-20', ZA: '1945-11-07',
  ES: '1955-12-14', LK: '1955-12-14', SD: '1956-11-12', SZ: '1968-09-24', SE: '1946-11-19', TH: '1946-12-16', TG: '1960-09-20',
  TT: '1962-09-18', TN: '1956-11-12', TR: '1945-10-24',
  // Yearbook 1968, Roster of the United Nations.
  LY: '1955-12-14', LU: '1945-10-24', MG: '1960-09-20', MW: '1964-12-01', MY: '1957-09-17', MV: '1965-09-21', ML: '1960-09-28',
  CU: '1945-10-24', CY: '1960-09-20', MT: '1964-12-01', MR: '1961-10-27', BJ: '1960-09-20', MU: '1968-04-24', DK: '1945-10-24',
  MX: '1945-11-07', DO: '1945-10-24', MN: '1961-10-27', EC: '1945-12-21', MA: '1956-11-12', SV: '1945-10-24', NP: '1955-12-14',
  GQ: '1968-11-12', NL: '1945-12-10', ET: '1945-11-13', NZ: '1945-10-24', FI: '1955-12-14', NI: '1945-10-24', FR: '1945-10-24',
  NE: '1960-09-20', GA: '1960-09-20', NG: '1960-10-07', GM: '1965-09-21', NO: '1945-11-27', CM: '1960-09-20', CD: '1960-09-20',
  // United Nations Member States, page 6.
  TJ: '1992-03-02', TL: '2002-09-27', TO: '1999-09-14', TM: '1992-03-02', TV: '2000-09-05', UG: '1962-10-25', UA: '1945-10-24',
  AE: '1971-12-09', GB: '1945-10-24', TZ: '1961-12-14', US: '1945-10-24', UY: '1945-12-18', UZ: '1992-03-02', VU: '1981-09-15',
  VE: '1945-11-15', VN: '1977-09-20', ZM: '1964-12-01', ZW: '1980-08-25',
  // Press release GA/10041.
  CH: '2002-09-10',
  // Yearbook 1971, Roster of the United Nations.
  OM: '1971-10-07',
  // UN list, page 6, note 1, and the Yearbook rosters 1954, 1957 (see above: a Member on every day since).
  EG: '1945-10-24',
  // Former countries, by their ISO 3166-3 codes (ast/iso3166-3.ts; r108 D1): see below.
  CSHH: '1945-10-24', BYAA: '1945-10-24', BUMM: '1948-04-19', DYBJ: '1960-09-20', DDDE: '1973-09-18',
  // Secondary sources that agree (see above; r109 D3, r110 D3).
  KR: '1991-09-17', MZ: '1975-09-16',
};

/**
 * States absent from a roster of all the Members on a day: not Members on that day, their later
 * admission date not read. None now: the Yearbook 1974 roster lists no Korea ("Khmer Republic", then
 * "Kenya", "Kuwait"), which stood here (lr19, D2) until its admission date was read (above); that
 * date answers every day the roster did. Kept for the next State whose date is not read.
 */
const absentOn: Readonly<Record<string, string>> = {};

/**
 * The first day on which a former State no longer existed, and its membership with it (lr26 D6): a
 * treaty dated on or after it was not entered into by that State, whatever the header says.
 * Czechoslovakia (CSHH): a Member until the Czech and Slovak Federal Republic "ceased to exist on 31
 * December 1992" (the UN's page, read above). The German Democratic Republic (DDDE): membership "18
 * September 1973 – 3 October 1990", the two German States "merged on 3 October 1990" (read: the
 * English Wikipedia, "Germany and the United Nations", infobox and text).
 *
 * The USSR (SUHH) has no end here, and needs none (lf50, for lr28's question): it has no admission
 * date either (above), so the registration findings state the condition for it on any date ("binds XX
 * if it was a UN Member when it entered into the treaty"), which is true; and SU, no jurisdiction
 * Entente knows, is named neither as bound nor as not bound (probe: NL with SU or SUHH, dated
 * 1991-12-23 and 1995-01-01). An end in these words would be wrong: the USSR's membership did not end
 * with it but "was being continued by the Russian Federation" (the Repertoire of the Practice of the
 * Security Council, as rules/support/former-code-advice.ts quotes it), and "not a UN Member" would
 * deny Art. 102 for a text whose party was in fact the Russian Federation under the wrong code. Written
 * SU, such a text gets `unknown-jurisdiction`'s advice by its date; written SUHH, no check yet says
 * that the date is after the USSR's end.
 */
const ceased: Readonly<Record<string, { readonly from: string; readonly text: string }>> = {
  CSHH: { from: '1993-01-01', text: 'Czechoslovakia ceased to exist on 31 December 1992, and its UN membership with it: check the date and the jurisdiction' },
  DDDE: { from: '1990-10-03', text: 'the German Democratic Republic ceased to exist on 3 October 1990, when it merged into Germany, and its UN membership with it: check the date and the jurisdiction' },
};

export type UnAdmission =
  | { readonly admitted: Day; readonly joined: string; readonly text: string; readonly ceased?: { readonly from: Day; readonly text: string } }
  | { readonly absentOn: Day; readonly text: string };

function dayOf(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelled = (d: Day) => `${d.day} ${months[d.month - 1]} ${d.year}`;

/**
 * How the State became a Member on its date, in words: "admitted on 17 September 1991"; an original
 * Member, whose date is that of its ratification of the Charter (above), was never admitted, and
 * every date of 1945 is an original Member's: "A total of 51 original members … joined that year",
 * and the first admissions after them are dated "19 November 1946 (all by SCR 8 and GAR 34)"
 * (English Wikipedia, "Enlargement of the United Nations", read in the cryer.org.uk and wikimili.com
 * copies; lf50, for lr28 D7).
 */
function joinedWords(d: Day): string {
  return d.year === 1945 ? `a UN Member from ${spelled(d)}` : `admitted on ${spelled(d)}`;
}

/** What Entente has read of a State's admission to the United Nations, if anything. */
export function unAdmission(jurisdiction: string | undefined): UnAdmission | undefined {
  const code = jurisdiction?.toUpperCase() ?? '';
  const date = Object.hasOwn(admitted, code) ? admitted[code] : undefined;
  const end = Object.hasOwn(ceased, code) ? ceased[code] : undefined;
  if (date) return { admitted: dayOf(date), joined: joinedWords(dayOf(date)), text: `a UN Member from ${spelled(dayOf(date))}`, ...(end ? { ceased: { from: dayOf(end.from), text: end.text } } : {}) };
  const absent = Object.hasOwn(absentOn, code) ? absentOn[code] : undefined;
  return absent ? { absentOn: dayOf(absent), text: `not on the UN's roster of its Members as at ${spelled(dayOf(absent))}` } : undefined;
}
