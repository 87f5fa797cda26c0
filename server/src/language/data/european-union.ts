/**
 * Membership facts the applicability model needs: who is inside the Union's data-protection
 * area, and which jurisdiction code stands for the Union's own institutions and bodies.
 *
 * The EU member list is the closed set in `ast/vocabulary.ts` (`euMemberStates`), kept there so
 * that completion and hover share it. Membership says where a party is; it never says by itself
 * which statute binds the party (NIS2 binds entities in its scope, the GDPR binds controllers
 * processing within Union law): see `model/applicability.ts`.
 */
import { euMemberStates } from '../ast/vocabulary';
import { europeanTerritoryWords } from './union-membership';

/**
 * The EEA EFTA States. The GDPR applies in them through the EEA Agreement, so personal data
 * flowing there from the Union is not a transfer to a third country under Chapter V.
 * (Incorporation by EEA Joint Committee Decision No 154/2018: not read by the team — unconfirmed.)
 */
export const eeaEftaStates: ReadonlySet<string> = new Set(['IS', 'LI', 'NO']);

/** The code the language uses for the Union itself and its institutions, bodies, offices and agencies. */
export const unionJurisdiction = 'EU';

/** A part of a Member State inside the Union that ISO 3166-1 gives a code of its own. */
export interface UnionTerritory {
  readonly name: string;
  /** The Member State it is part of. */
  readonly memberState: string;
  /** Why the Treaties apply there. */
  readonly basis: string;
}

/**
 * Parts of Member States in which the Treaties apply, and so the GDPR (Art. 3(1)) and Chapter V
 * (Art. 44: transfers "to a third country"), but which ISO 3166-1 gives an alpha-2 code of their
 * own, so that a drafter may write `jurisdiction GF` for a body in Cayenne. TFEU Art. 355(1):
 * "De bepalingen van de Verdragen zijn van toepassing op Guadeloupe, Frans Guyana, Martinique,
 * Mayotte, Réunion, Saint Martin, de Azoren, Madeira en de Canarische Eilanden, overeenkomstig
 * artikel 349"; Art. 355(4): they apply to the Åland Islands under Protocol No 2 to the 1994 Act of
 * Accession (read: the Dutch text, BWBV0001506 in statengeneraal/laws-markdown, snapshot of
 * 2014-10-03, which already lists Mayotte and no longer Saint-Barthélemy). The Azores, Madeira and
 * the Canary Islands have no alpha-2 code (only ISO 3166-2 subdivision codes, which the language
 * does not accept), so a party there is written PT or ES and is inside already.
 *
 * Not here, and so outside the Union for every rule: the overseas countries and territories of
 * Annex II (Art. 355(2): association, not application of the Treaties) — Greenland, New
 * Caledonia, French Polynesia, the French Southern and Antarctic Lands, Wallis and Futuna, Saint
 * Pierre and Miquelon, Saint-Barthélemy, Aruba, Curaçao, Sint Maarten and the Caribbean
 * Netherlands (BQ: Bonaire, Sint Eustatius, Saba, which have their own Wet bescherming
 * persoonsgegevens BES, Art. 1(1), read in the red-team review); the Faroe Islands (Art.
 * 355(5)(a)); Svalbard and Jan Mayen (SJ; EEA Agreement Protocol 40 on Svalbard, as the review
 * read it); the Channel Islands and the Isle of Man (Art. 355(5)(c)).
 */
export const unionTerritories: ReadonlyMap<string, UnionTerritory> = new Map([
  ['GF', { name: 'French Guiana', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['GP', { name: 'Guadeloupe', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['MQ', { name: 'Martinique', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['RE', { name: 'Réunion', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['YT', { name: 'Mayotte', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['MF', { name: 'Saint-Martin', memberState: 'FR', basis: 'TFEU Art. 355(1)' }],
  ['AX', { name: 'the Åland Islands', memberState: 'FI', basis: 'TFEU Art. 355(4)' }],
]);

export function unionTerritory(jurisdiction: string | undefined): UnionTerritory | undefined {
  return jurisdiction === undefined ? undefined : unionTerritories.get(jurisdiction);
}

export function isEuMemberState(jurisdiction: string | undefined): boolean {
  return jurisdiction !== undefined && euMemberStates.has(jurisdiction);
}

/**
 * In the Union: a Member State, or a part of one with a code of its own (`unionTerritories`).
 * The one EU test every rule shares (through `isInEea` and `PartyFacts.isEU`), so that no rule
 * calls French Guiana a third country while another lets data flow there.
 */
export function isInUnion(jurisdiction: string | undefined): boolean {
  return isEuMemberState(jurisdiction) || unionTerritory(jurisdiction) !== undefined;
}

/** In the Union or an EEA EFTA State: personal data flows there without a Chapter V transfer. */
export function isInEea(jurisdiction: string | undefined): boolean {
  return jurisdiction !== undefined && (isInUnion(jurisdiction) || eeaEftaStates.has(jurisdiction));
}

export function isUnionBody(jurisdiction: string | undefined): boolean {
  return jurisdiction === unionJurisdiction;
}

/**
 * A jurisdiction as a place in a transfer message: its code, and for a European territory what it was
 * and is to the Union ("GI (Gibraltar, to which the Treaties applied while GB was a Member State, …)"),
 * so that a treaty of 2010 is not read as one with a third country then (hundred-and-sixteenth run,
 * defect 4). `joiner` sets the code off where the place already stands in parentheses ("GIPOL (GI: …)").
 */
export function placeWords(code: string, joiner = ' ('): string {
  const territory = europeanTerritoryWords(code);
  if (!territory) return code;
  return joiner === ' (' ? `${code} (${territory})` : `${code}${joiner}${territory}`;
}
