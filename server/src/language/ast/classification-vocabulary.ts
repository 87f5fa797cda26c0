/**
 * The closed sets of classified-information handling: TLP labels, classification levels and
 * schemes, one-way handling, handling caveats. Re-exported by vocabulary.ts, the one entry for the
 * language's closed sets.
 */
import { vocabulary } from './vocabulary-table';

export type TlpLabelValue = 'TLP:RED' | 'TLP:AMBER+STRICT' | 'TLP:AMBER' | 'TLP:GREEN' | 'TLP:CLEAR';
export type ClassificationLevel = 'UNCLASSIFIED' | 'RESTRICTED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP-SECRET';
/** What a channel's `classification` may say: a level, or `any` level the agreement covers. */
export type ChannelClassification = ClassificationLevel | 'any';
export type ClassificationScheme = 'common' | 'national' | 'receiving-party';
export type OneWayHandling = 'safeguarded-as' | 'marked-as';
/** A cell of an equivalence table where a party has no equivalent level. */
export type NoEquivalent = 'none';
export type HandlingCaveat = 'legend' | 'releasable-to' | 'originator-controlled' | 'no-foreign' | 'in-confidence' | 'official-secrecy';

export const tlpLabels = vocabulary<TlpLabelValue>(
  {
    'TLP:RED': 'For the eyes and ears of individual recipients only, no further disclosure (FIRST TLP 2.0).',
    'TLP:AMBER+STRICT': 'Limited disclosure, restricted to the recipient organisation only (FIRST TLP 2.0).',
    'TLP:AMBER': 'Limited disclosure: the recipient organisation and its clients, on a need-to-know basis (FIRST TLP 2.0).',
    'TLP:GREEN': 'Limited disclosure, restricted to the community; not via publicly accessible channels (FIRST TLP 2.0).',
    'TLP:CLEAR': 'Disclosure is not limited, subject to standard copyright rules (FIRST TLP 2.0).',
  },
);

export const classificationLevels = vocabulary<ClassificationLevel>(
  {
    UNCLASSIFIED: 'Not classified, though it may carry handling conditions (NATO UNCLASSIFIED; the "Unclassified" row of an equivalence table). Needs no security agreement.',
    RESTRICTED: 'Lowest classified level (NATO RESTRICTED / RESTREINT UE).',
    CONFIDENTIAL: 'NATO CONFIDENTIAL / CONFIDENTIEL UE.',
    SECRET: 'NATO SECRET / SECRET UE.',
    'TOP-SECRET': 'COSMIC TOP SECRET / TRÈS SECRET UE.',
  },
  { 'COSMIC-TOP-SECRET': 'TOP-SECRET', RESTREINT: 'RESTRICTED', CONFIDENTIEL: 'CONFIDENTIAL', 'TRES-SECRET': 'TOP-SECRET' },
);

/** Rank of a classification level, to compare a channel's level with what an agreement covers. */
export function classificationRank(level: ClassificationLevel): number {
  return classificationLevels.values.indexOf(level);
}

/** True for the levels of classified information (every level but UNCLASSIFIED). */
export function isClassifiedLevel(level: ClassificationLevel | 'any'): boolean {
  return level !== 'UNCLASSIFIED';
}

export const channelClassifications = vocabulary<ChannelClassification>(
  {
    ...classificationLevels.meaning,
    any: 'Classified information of any level the security agreement covers ("classified information, marked as such", NATO 1997 Art. 1): no level of its own.',
  },
  classificationLevels.aliases,
);

export const classificationSchemes = vocabulary<ClassificationScheme>({
  common: 'All parties apply one common classification scheme (the NATO levels under the 1997 Agreement, Art. 2; the ESA security standards, ESA 2002 Art. 3): no table of national equivalents is needed.',
  national: 'Each party applies its national scheme; the table (`level … equals …`) says which markings correspond.',
  'receiving-party': 'Each party gives what it receives the equivalent level of its own scheme ("the equivalent level of classification in the country of receipt", NL–US 2012 Art. 11(2)(f)); the text leaves the table to the security authorities.',
});

export const oneWayHandlings = vocabulary<OneWayHandling>({
  'safeguarded-as': 'No equivalent level: the party safeguards information of this level as its marking in quotes, one way only ("all Netherlands information so classified will be safeguarded as HEMLIG", NL–SE memorandum 1984, Section 2(a)).',
  'marked-as': 'No equivalent level: the party marks information of this level with the words in quotes ("shall be marked or stamped in English “Netherlands RESTRICTED”", NL–US Security Protocol 1982, para 2.g note 1).',
});

export const noEquivalents = vocabulary<NoEquivalent>({
  none: 'The party has no equivalent level ("CONFIDENTIEEL = (No equivalent)", NL–SE memorandum 1984, Section 2(a)); `safeguarded-as` or `marked-as` may follow to say how it handles the level instead.',
});

export const handlingCaveats = vocabulary<HandlingCaveat>({
  legend: 'A handling legend the text prescribes, in quotes (e.g. the legend of Controlled Unclassified Information, NL–US 2012 Art. 11(3)(d)).',
  'releasable-to': 'Releasable only to the countries or bodies in quotes (REL TO).',
  'originator-controlled': 'Dissemination controlled by the originator (ORCON): each further release needs its consent.',
  'no-foreign': 'Not releasable to foreign nationals or governments (NOFORN).',
  'in-confidence': 'Handled in confidence: not disclosed beyond those who need it for the stated purpose.',
  'official-secrecy': 'The receiving State protects it by its official secrecy, as it protects its own information of the same kind ("shall enjoy the same legal protection and shall be subject to the same official secrecy as apply in that State", NL–FI customs assistance 1984, Art. 10(2)).',
});
