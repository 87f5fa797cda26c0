/**
 * Countries and territories outside the Union that belong to a Member State's own realm, with
 * their own ISO code: an instrument between the Member State and one of them is an arrangement
 * within one State, not a treaty "with a third country" (who-is-bound review, item 12: the
 * Netherlands and Aruba are countries of one Kingdom). The Union's transfer rules still treat them
 * as outside the Union where the Treaties do not apply there (TFEU Art. 355(2), Annex II, read:
 * Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands, Greenland, the French OCTs are
 * listed; Art. 355(5)(a), read: not the Faroe Islands): this table only keeps the union-law note
 * from calling them foreign States.
 *
 * A party there is not a State of its own: a treaty for Aruba is concluded by the Kingdom of the
 * Netherlands "in respect of Aruba" (NL–Aruba–Czech TIEA 2015, preamble), a Member State acting
 * for a territory where the Union's rules do not apply — so messages name it so (`realmTerritory`),
 * never "a third country" (twenty-fifth run). The territories' status is read in TFEU Arts. 198,
 * 355(2), 355(5)(a) and Annex II (Dutch text BWBV0001506, statengeneraal/laws-markdown @91556a80):
 * the overseas countries and territories of Annex II "vormen het onderwerp van de bijzondere
 * associatieregeling omschreven in het vierde deel"; the Treaty "is niet van toepassing op de
 * Faeröer". Annex II lists "Aruba" and "Nederlandse Antillen: Bonaire, Curaçao, Saba, Sint Eustatius,
 * Sint Maarten" (the version of 2010-10-29 and the latest, read), so the Netherlands Antilles (ANHH,
 * a country of the Kingdom until their dissolution) are a territory outside the Union as Aruba is
 * (lf52): Part Four was made applicable to them by the Convention of 13 November 1962 amending the EEC
 * Treaty "with a view to making applicable to the Netherlands Antilles the special regime of
 * association defined in part IV" (title and preamble read, in the official English translation);
 * the EC Treaty's Annex II of 2009 itself was not read.
 *
 * Membership of the realms: the Kingdom of the Netherlands "omvat de landen Nederland, Aruba, Curaçao
 * en Sint Maarten", and "Bonaire, Sint Eustatius en Saba maken elk deel uit van het staatsbestel van
 * Nederland" (Charter for the Kingdom, Statuut, Art. 1(1)–(2); read: BWBR0002154, laws-markdown
 * @91556a80); the Faroes and Greenland from their Governments' treaties "on behalf of the Kingdom of
 * Denmark" (below); the French realm from memory (Constitution Arts. 72-3, 74, 76–77), not read.
 */
const realms: Readonly<Record<string, ReadonlySet<string>>> = {
  NL: new Set(['AW', 'CW', 'SX', 'BQ', 'ANHH']),
  DK: new Set(['GL', 'FO']),
  FR: new Set(['NC', 'PF', 'WF', 'PM', 'BL', 'TF']),
};

/** The State of each territory of a realm, by the territory's code. */
const stateOfTerritory: ReadonlyMap<string, string> = new Map(Object.entries(realms).flatMap(([state, codes]) => [...codes].map((code) => [code, state] as const)));

/** Whether two codes are parts of one State's realm (the State itself, or one of the countries listed with it). */
export function sameRealm(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ra = realmOf(a);
  return ra !== undefined && ra === realmOf(b);
}

/** The State whose realm a code is part of: the State itself, or the State of a territory listed with it. */
function realmOf(code: string): string | undefined {
  return realms[code] ? code : stateOfTerritory.get(code);
}

const stateNames: Readonly<Record<string, string>> = {
  NL: 'the Kingdom of the Netherlands',
  DK: 'the Kingdom of Denmark',
  FR: 'the French Republic',
};

const territoryNames: Readonly<Record<string, string>> = {
  AW: 'Aruba',
  CW: 'Curaçao',
  SX: 'Sint Maarten',
  BQ: 'the Caribbean Netherlands (Bonaire, Sint Eustatius and Saba)',
  ANHH: 'the Netherlands Antilles',
  GL: 'Greenland',
  FO: 'the Faroe Islands',
  NC: 'New Caledonia',
  PF: 'French Polynesia',
  WF: 'Wallis and Futuna',
  PM: 'Saint-Pierre-et-Miquelon',
  BL: 'Saint-Barthélemy',
  TF: 'the French Southern and Antarctic Lands',
};

export interface RealmTerritory {
  /** The Member State whose realm it is, its code and name: `NL`, "the Kingdom of the Netherlands". */
  readonly state: string;
  readonly stateName: string;
  /** The territory's name: "Aruba". */
  readonly name: string;
  /** What the Treaties make of it, for messages: "Aruba is an overseas country or territory, to which …: TFEU …". */
  readonly statusWords: string;
}

/** A territory of a Member State's realm outside the Union's territory, with its State; undefined for any other code. */
export function realmTerritory(code: string | undefined): RealmTerritory | undefined {
  if (!code) return undefined;
  const state = stateOfTerritory.get(code);
  if (!state) return undefined;
  const name = territoryNames[code];
  const status =
    code === 'FO'
      ? 'a territory to which the Treaties do not apply: TFEU Art. 355(5)(a)'
      : 'an overseas country or territory, to which the Treaties apply only through the association arrangements of their Part Four: TFEU Arts. 198, 355(2), Annex II';
  return { state, stateName: stateNames[state], name, statusWords: `${name[0].toLocaleUpperCase('en')}${name.slice(1)} ${code === 'FO' || code === 'BQ' || code === 'ANHH' ? 'are' : 'is'} ${status}` };
}

/**
 * European territories for whose external relations a Member State is responsible: "De bepalingen
 * van de Verdragen zijn van toepassing op de Europese grondgebieden welker buitenlandse betrekkingen
 * door een lidstaat worden behartigd" (TFEU Art. 355(3); read: BWBV0001506). Gibraltar "is considered
 * to be such a territory" (the Commission's answer to question E-001425/2014, read on europarl.europa.eu)
 * and was "bound to leave the European Union together with the United Kingdom" (answer to E-002494/2017,
 * read there). Union law bound it while its State was a Member State (dated in data/union-membership.ts);
 * it is no part of that State's realm above, and no overseas country or territory (hundred-and-sixteenth
 * run, defects 4–5: the NL–Gibraltar TIEA of 2010 was called a treaty "with a third country").
 */
const europeanTerritories: Readonly<Record<string, { readonly state: string; readonly name: string }>> = { GI: { state: 'GB', name: 'Gibraltar' } };

/** The Member State responsible for this European territory's external relations, and its name; undefined for any other code. */
export function europeanTerritory(code: string | undefined): { readonly state: string; readonly name: string } | undefined {
  const upper = code?.toUpperCase() ?? '';
  return Object.hasOwn(europeanTerritories, upper) ? europeanTerritories[upper] : undefined;
}

/**
 * The State that enters into a treaty for one of its territories, for UN Charter Art. 102 ("every
 * treaty … entered into by any Member"): the party "in respect of" the territory is that State, a
 * UN Member whatever the territory (hundred-and-fifteenth run, defect 1). Only links read:
 * - AW, CW, SX: countries of the Kingdom of the Netherlands (Statuut Art. 1(1)), whose foreign
 *   relations are the Kingdom's affair (Art. 3(1)(b)); "Aan internationale economische en financiële
 *   overeenkomsten bindt de Koning Aruba, Curaçao of Sint Maarten" (Art. 25(1)); BQ: part of the
 *   Netherlands itself (Art. 1(2)) (read: BWBR0002154).
 * - ANHH: the Netherlands Antilles, a country of the Kingdom from 1954 (Statuut preamble: "Nederland,
 *   Suriname en de Nederlandse Antillen in 1954 … in het Koninkrijk der Nederlanden") until their
 *   dissolution; their treaties were the Kingdom's: "The Kingdom of the Netherlands, in respect of the
 *   Netherlands Antilles, and the Kingdom of Sweden" (TIEA 2009, title and preamble; read: BWBV0003509).
 * - FO, GL: "the Government of the Faroes concludes this agreement on behalf of the Kingdom of Denmark
 *   pursuant to the Act on the Conclusion of Agreements under International Law by the Government of
 *   the Faroes" (NL(Aruba)–Faroes TIEA 2009, preamble; read: BWBV0003498); "the Government of Greenland
 *   concludes this agreement on behalf of the Kingdom of Denmark pursuant to the Act on Greenland
 *   Self-Government" (NL(Aruba)–Greenland TIEA 2009, preamble; read: BWBV0003499).
 * The French territories are not linked: how their treaties are made was not read.
 */
const treatyStates: Readonly<Record<string, string>> = { AW: 'NL', CW: 'NL', SX: 'NL', BQ: 'NL', ANHH: 'NL', FO: 'DK', GL: 'DK' };

export interface TreatyState {
  /** The State's code and name: `NL`, "the Kingdom of the Netherlands". */
  readonly state: string;
  readonly stateName: string;
  /** The territory's name: "Aruba". */
  readonly name: string;
}

/** The State that enters into treaties for the territory of this code (above), or undefined. */
export function treatyStateOf(code: string | undefined): TreatyState | undefined {
  const upper = code?.toUpperCase() ?? '';
  const state = Object.hasOwn(treatyStates, upper) ? treatyStates[upper] : undefined;
  if (!state) return undefined;
  return { state, stateName: stateNames[state], name: upper === 'ANHH' ? 'the Netherlands Antilles' : territoryNames[upper] };
}

/**
 * The names by which a party written with its State's code says it acts for one of the State's
 * territories outside the Union: "The Kingdom of the Netherlands, in respect of Aruba", "The
 * Government of the Faroes" (hundred-and-fifteenth run, defect 3, probes P1–P3 and P10: written `NL`
 * or `DK`, the party was called "an EU Member State bound by Union law" and said to process under the
 * GDPR). Only a name that acts for the territory alone: "in respect of Aruba" or "the Government of
 * Greenland", not a name that also names the State's European part.
 */
const territoryWords: Readonly<Record<string, string>> = {
  AW: 'Aruba',
  CW: 'Cura[cç]ao',
  SX: 'Sint\\s+Maarten|St\\.?\\s+Maarten',
  BQ: 'Bonaire,?\\s+Sint\\s+Eustatius\\s+and\\s+Saba|the\\s+Caribbean\\s+(?:part\\s+of\\s+the\\s+)?Netherlands',
  ANHH: 'Netherlands\\s+Antilles',
  GL: 'Greenland',
  FO: 'Faroes|Faroe\\s+Islands|Faeroes|Faeroe\\s+Islands|Færøerne',
  NC: 'New\\s+Caledonia',
  PF: 'French\\s+Polynesia',
  WF: 'Wallis\\s+and\\s+Futuna',
  PM: 'Saint[-\\s]Pierre[-\\s](?:and|et)[-\\s]Miquelon',
  BL: 'Saint[-\\s]Barth[ée]lemy',
  TF: 'the\\s+French\\s+Southern\\s+and\\s+Antarctic\\s+Lands',
};

/**
 * A name that also names the State's European part, or joins the State to the territory ("Denmark and
 * the Faroes", "The Kingdom of the Netherlands, also in respect of Aruba", "(for the Kingdom in Europe
 * and in respect of Aruba)", "in respect of the Netherlands and Aruba"), acts for more than the
 * territory: Union law binds that part (TFEU Art. 355(2) takes out only the overseas countries and
 * territories; treaty lawyer lr30, D3).
 */
const alsoTheState =
  /\bEuropean\s+part\b|\bin\s+Europe\b|\b(?:Denmark|Netherlands|France|French\s+Republic)\s+(?:together\s+with|and|as\s+well\s+as)\s|\balso\s+(?:in\s+respect\s+of|for)\b|\b(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in\s+respect\s+of|for)\b|\b(?:in\s+respect\s+of|for)\s+(?:the\s+)?(?:Kingdom\s+of\s+)?(?:Denmark|(?:the\s+)?Netherlands|France)\b(?!\s+Antilles)/iu;

/**
 * The name patterns below are built from the territory words, and a party's name is read on many
 * rules' paths (applicability, regimes' reach, membership): each pattern is compiled once.
 */
const compiled = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let found = compiled.get(source);
  if (!found) compiled.set(source, (found = new RegExp(source, 'iu')));
  return found;
}

/** "in respect of Aruba", "Government of the Faroes" (the Home Government, Landsstyre …), at the end of the name or before punctuation. */
function actsForWords(words: string): RegExp {
  const place = `(?:the\\s+)?(?:${words})`;
  return pattern(`(?:\\bin\\s+respect\\s+of\\s+${place}|\\bGovernment\\s+of\\s+${place})\\s*(?:$|[,;()])`);
}

/**
 * A Government of the territory as the party's name, whoever it acts for: "The Government of Aruba,
 * acting for the Kingdom of the Netherlands", "The Government of the Faroes, acting for the Kingdom of
 * Denmark" bind the Kingdom in respect of that territory only (treaty lawyer lr31, D4), so the State
 * named after it is not read as the State's European part.
 */
function governmentOfTerritory(words: string): RegExp {
  return pattern(`^\\s*(?:the\\s+)?Government\\s+of\\s+(?:the\\s+)?(?:${words})\\s*(?:$|[,;()])`);
}

/** "in respect of Curaçao and Sint Maarten", "for Aruba and for Curaçao", "in respect of A, B and C": a list of places, each acting words optional. */
function territoryList(places: string): RegExp {
  const place = `(?:(?:in\\s+respect\\s+of|for)\\s+)?(?:the\\s+)?(${places})`;
  return pattern(`\\b(?:in\\s+respect\\s+of|for)\\s+(?:the\\s+)?(?:${places})(?:\\s*,\\s*${place})*\\s*,?\\s+(?:and|as\\s+well\\s+as)\\s+${place}\\s*(?=$|[,;()])`);
}

/**
 * The territories a name lists as all it acts for (treaty lawyer lr31, D5): every member of the list
 * a territory of the State's realm, so that "in respect of the Netherlands and Aruba" (the State's
 * European part among them) is no such list. Read before `alsoTheState`, whose "and … for" would
 * otherwise take "for Aruba and for Curaçao" for the State.
 */
function listedTerritories(state: string, name: string): { readonly territory: RealmTerritory; readonly words: string } | undefined {
  const members = [...realms[state]].map((code) => ({ code, words: territoryWords[code] })).filter((m) => m.words !== undefined);
  // The Netherlands Antilles are in the realm table (ANHH), so a list may name them too (lr31, D5).
  const found = territoryList(members.map((m) => m.words).join('|')).exec(name);
  if (!found) return undefined;
  // In the order the name gives them ("the Netherlands Antilles and Aruba").
  const named = members
    .map((m) => ({ code: m.code, at: pattern(`(?:^|[\\s,])(?:the\\s+)?(?:${m.words})\\b`).exec(found[0])?.index ?? -1 }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => realmTerritory(m.code)!);
  const names = named.map((t) => t.name);
  if (names.length < 2) return undefined;
  const joined = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // TFEU Annex II lists each as an overseas country or territory, except the Faroes (Art. 355(5)(a)).
  const allOverseas = !named.some((t) => t.statusWords.includes('355(5)(a)'));
  const statusWords = allOverseas
    ? `${joined[0].toLocaleUpperCase('en')}${joined.slice(1)} are overseas countries or territories, to which the Treaties apply only through the association arrangements of their Part Four: TFEU Arts. 198, 355(2), Annex II`
    : named.map((t) => t.statusWords).join('; ');
  return { territory: { state, stateName: stateNames[state], name: joined, statusWords }, words: found[0] };
}

/**
 * The territory of a Member State's realm outside the Union that a party acts for: by its own code
 * (`jurisdiction AW`), or, written with its State's code, by a name that acts for that territory alone
 * (above), or for a list of its territories only. Undefined for any other party.
 */
export function realmTerritoryOfParty(jurisdiction: string | undefined, name: string | undefined): RealmTerritory | undefined {
  const own = realmTerritory(jurisdiction);
  const state = jurisdiction?.toUpperCase() ?? '';
  if (own || !name || !Object.hasOwn(realms, state)) return own;
  for (const code of realms[state]) {
    const words = territoryWords[code];
    if (words && governmentOfTerritory(words).test(name)) return realmTerritory(code);
  }
  const list = listedTerritories(state, name);
  if (list && !alsoTheState.test(name.replace(list.words, ''))) return list.territory;
  if (alsoTheState.test(name)) return undefined;
  for (const code of realms[state]) {
    const words = territoryWords[code];
    if (words && actsForWords(words).test(name)) return realmTerritory(code);
  }
  return undefined;
}
