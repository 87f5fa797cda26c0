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
 * Faeröer".
 *
 * Membership of the realms is from memory (Charter for the Kingdom of the Netherlands Arts. 1, 3,
 * 38; the Danish Home Rule and Self-Government Acts; the French Constitution Arts. 72-3, 74, 76–77),
 * not read for this table.
 */
const realms: Readonly<Record<string, ReadonlySet<string>>> = {
  NL: new Set(['AW', 'CW', 'SX', 'BQ']),
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
  return { state, stateName: stateNames[state], name, statusWords: `${name[0].toLocaleUpperCase('en')}${name.slice(1)} ${code === 'FO' || code === 'BQ' ? 'are' : 'is'} ${status}` };
}
