/**
 * The closed sets of the language: each value a drafter may write, with a one-line meaning
 * used by hover and completion. The AST builder maps written words onto these; a word outside
 * its set keeps its text and range and is reported by the `value-out-of-range` check.
 */

export type InstrumentKind = 'treaty' | 'memorandum' | 'arrangement' | 'framework' | 'protocol' | 'annex';
export type InstrumentStatus = 'binding' | 'non-binding' | 'undetermined';
export type PartyKind = 'state' | 'international-organisation' | 'government-agency' | 'national-cert' | 'company';
export type TlpLabelValue = 'TLP:RED' | 'TLP:AMBER+STRICT' | 'TLP:AMBER' | 'TLP:GREEN' | 'TLP:CLEAR';
export type ClassificationLevel = 'RESTRICTED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP-SECRET';
export type OnwardSharing = 'none' | 'within-organisation' | 'with-clients' | 'community' | 'public' | 'with-consent';
export type Availability = '24/7' | 'office-hours';
export type Regime = 'NIS2' | 'GDPR' | 'DORA' | 'CIRCIA' | 'LED' | 'EUDPR' | 'outside-union-law';
export type DataCategory =
  | 'indicators'
  | 'vulnerabilities'
  | 'incident-reports'
  | 'malware-samples'
  | 'personal-data'
  | 'classified'
  | 'best-practice'
  | 'threat-assessments'
  | 'electronic-evidence'
  | 'traffic-data'
  | 'subscriber-information'
  | 'third-party-information';
export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  readonly meaning: Readonly<Record<T, string>>;
  /** Written forms that mean a value (plural units, British/American spellings…). */
  readonly aliases?: Readonly<Record<string, T>>;
}

function vocabulary<T extends string>(meaning: Record<T, string>, aliases?: Record<string, T>): Vocabulary<T> {
  return { values: Object.keys(meaning) as T[], meaning, aliases };
}

export const instrumentKinds = vocabulary<InstrumentKind>({
  treaty: 'A treaty: an agreement governed by international law (VCLT Art. 2(1)(a)).',
  memorandum: 'A memorandum of understanding: usually a non-binding political commitment.',
  arrangement: 'A technical or administrative arrangement between agencies or bodies: binding or not as its `status` says.',
  framework: 'A framework instrument that sets up cooperation mechanisms and governance.',
  protocol: 'A protocol supplementing or amending another instrument.',
  annex: 'An annex to a parent instrument (`annex "…" of "parent.entente"`).',
});

export const statuses = vocabulary<InstrumentStatus>({
  binding: 'Creates obligations under international law.',
  'non-binding': 'A political commitment; creates no legal obligations.',
  undetermined: 'Not yet decided, or disputed: whether it binds is an open question (the checker lists the signals both ways).',
});

export const partyKinds = vocabulary<PartyKind>(
  {
    state: 'A sovereign state.',
    'international-organisation': 'An international organisation with treaty-making capacity (NATO, the EU, the Council of Europe…).',
    'government-agency': 'A ministry or agency of a state, acting for it.',
    'national-cert': 'A national CERT/CSIRT.',
    company: 'A company or other private entity: it has no treaty-making capacity.',
  },
  { 'international-organization': 'international-organisation', agency: 'government-agency', cert: 'national-cert', csirt: 'national-cert' },
);

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

export const onwardSharingRules = vocabulary<OnwardSharing>({
  none: 'No onward sharing beyond the named recipients.',
  'within-organisation': 'Only within the recipient organisation (fits TLP:AMBER+STRICT).',
  'with-clients': 'Within the recipient organisation and its clients (fits TLP:AMBER).',
  community: 'Within the cyber-security community, not publicly (fits TLP:GREEN).',
  public: 'No restriction (fits TLP:CLEAR only).',
  'with-consent': 'Only with the prior written consent of the originator.',
}, { 'within-organization': 'within-organisation' });

export const availabilities = vocabulary<Availability>({
  '24/7': 'Reachable 24 hours a day, 7 days a week, able to act at once (what Budapest Convention Art. 35(1) requires of the point of contact a State Party designates for criminal matters).',
  'office-hours': 'Reachable during office hours only.',
}, { 'office_hours': 'office-hours', 'business-hours': 'office-hours' });

/**
 * The statutes a party declares itself bound by (`regimes …`). Nothing is inferred from a
 * jurisdiction: NIS2 binds entities within its scope, not a State; the GDPR does not reach
 * national security, law enforcement or Union bodies (see model/applicability.ts).
 */
export const regimes = vocabulary<Regime>({
  NIS2: 'Directive (EU) 2022/2555: binds essential and important entities towards their CSIRT or competent authority (early warning 24 hours, notification 72 hours, final report one month after it; Art. 23(4)). Not a State as such.',
  GDPR: 'Regulation (EU) 2016/679: binds controllers and processors; a personal-data breach is notified to the supervisory authority within 72 hours where feasible (Art. 33); transfers out of the EU under Chapter V.',
  DORA: 'Regulation (EU) 2022/2554: binds financial entities towards their competent authority (initial notification within 4 hours of classifying a major ICT-related incident and 24 hours of awareness; RTS 2025/301 Art. 5).',
  CIRCIA: 'US Cyber Incident Reporting for Critical Infrastructure Act: binds covered entities towards CISA (72 hours for a covered incident, 24 hours for a ransom payment, once CISA’s final rule applies).',
  LED: 'Directive (EU) 2016/680 (Law Enforcement Directive): processing by competent authorities for criminal matters (GDPR Art. 2(2)(d)); transfers under its Chapter V (Arts. 35–39).',
  EUDPR: 'Regulation (EU) 2018/1725: processing by Union institutions, bodies, offices and agencies such as CERT-EU (GDPR Art. 2(3)); transfers under its Chapter V (Arts. 46–51).',
  'outside-union-law': 'Processing in an activity outside the scope of Union law, such as national security or defence (GDPR Art. 2(2)(a)): neither the GDPR nor its transfer rules apply.',
});

export const dataCategories = vocabulary<DataCategory>({
  indicators: 'Indicators of compromise.',
  vulnerabilities: 'Vulnerability information.',
  'incident-reports': 'Reports on incidents.',
  'malware-samples': 'Malware samples.',
  'personal-data': 'Personal data (GDPR Art. 4(1)): brings data-protection rules into play.',
  classified: 'Classified information: needs a security-of-information agreement.',
  'best-practice': 'Best practice and lessons learned.',
  'threat-assessments': 'Threat assessments and analysis.',
  'electronic-evidence': 'Evidence in electronic form of a criminal offence (Budapest Convention Arts. 23, 25): moves under mutual legal assistance, not TLP.',
  'traffic-data': 'Traffic data of a communication: origin, destination, route, time, date, size, duration, type of service (Budapest Convention Art. 1(d)).',
  'subscriber-information': 'Information a service provider holds on its subscribers other than traffic or content data (Budapest Convention Art. 18(3)).',
  'third-party-information': 'Information the sending party received from a third party, released only as that third party allows.',
}, { iocs: 'indicators', ioc: 'indicators', 'classified-material': 'classified', 'classified-information': 'classified' });

export const durationUnits = vocabulary<DurationUnit>(
  { hour: 'Hours.', day: 'Calendar days.', week: 'Weeks (7 days).', month: 'Months (counted as 30 days for comparisons).', year: 'Years (365 days for comparisons).' },
  { hours: 'hour', days: 'day', weeks: 'week', months: 'month', years: 'year' },
);

/** Hours per unit. Months and years are approximated (30 and 365 days) only for comparisons. */
export const hoursPerUnit: Readonly<Record<DurationUnit, number>> = { hour: 1, day: 24, week: 168, month: 720, year: 8760 };

/** Look a written word up in a vocabulary (exact, then alias, then case-insensitive). */
export function lookup<T extends string>(vocab: Vocabulary<T>, word: string): T | undefined {
  if ((vocab.values as readonly string[]).includes(word)) return word as T;
  const alias = vocab.aliases?.[word];
  if (alias) return alias;
  const lower = word.toLowerCase();
  const found = vocab.values.find((v) => v.toLowerCase() === lower);
  return found ?? vocab.aliases?.[lower];
}

/**
 * EU member states (ISO 3166-1 alpha-2). Membership locates a party; it does not say which
 * statute binds it (see model/applicability.ts).
 */
export const euMemberStates: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);
