/**
 * The closed sets of the language: each value a drafter may write, with a one-line meaning
 * used by hover and completion. The AST builder maps written words onto these; a word outside
 * its set keeps its text and range and is reported by the `value-out-of-range` check.
 */
import { vocabulary, type Vocabulary } from './vocabulary-table';

export type { Vocabulary } from './vocabulary-table';
export * from './classification-vocabulary';

export type InstrumentKind = 'treaty' | 'memorandum' | 'arrangement' | 'framework' | 'protocol' | 'annex' | 'declaration';
export type InstrumentStatus = 'binding' | 'non-binding' | 'undetermined';
/** `note Proposal … with terms`: the note that carries the agreement's provisions. */
export type NoteContent = 'terms';
/** `done … without testimonium`: what the final formula of the text leaves out. */
export type FormulaOmission = 'testimonium' | 'formula';
export type PartyKind = 'state' | 'government' | 'international-organisation' | 'government-agency' | 'national-cert' | 'company';
/** How an instrument is constituted: one text signed by all, or an exchange of notes or letters (VCLT Arts. 11, 13). */
export type InstrumentForm = 'exchange-of-notes' | 'exchange-of-letters';
/** "the second month after": the month counted from an event's month. */
export type OrdinalWord = 'second' | 'third' | 'fourth' | 'fifth' | 'sixth';
/** How a term renews without a new decision. */
export type RenewalMode = 'automatically' | 'tacitly';
export type ClassOpenness = 'open' | 'closed';
/** When a body meets, other than at a fixed cadence. */
export type MeetingTerm = 'as-agreed' | 'on-request' | 'periodically';
export type ExchangeHedge =
  | 'when-practical'
  | 'as-appropriate'
  | 'to-the-extent-possible'
  | 'subject-to-national-law'
  | 'subject-to-available-funds'
  | 'consistent-with-existing-arrangements'
  | 'on-request'
  | 'where-appropriate'
  | 'without-prior-request';
/**
 * `modality may`: how strongly a channel binds its senders, in the text's own terms — a duty
 * (`shall`), an endeavour (`shall-endeavour`), a permission (`may`), or only as the text's words
 * (`exchange "…"`) say it (`as-written`), where no generated sentence would fit them.
 */
export type ChannelModality = 'shall' | 'shall-endeavour' | 'may' | 'as-written';
/** `notify forthwith`: a deadline stated as a standard of promptness, never converted into hours. */
export type DeadlineStandard = 'forthwith' | 'immediately' | 'promptly' | 'without-delay' | 'without-undue-delay';
export type ClockStart = 'awareness' | 'detection' | 'classification' | 'occurrence' | 'request' | 'receipt' | 'notification' | 'decision';
export type DesignationRole =
  | 'central-authority'
  | 'point-of-contact'
  | 'competent-authority'
  | 'responsible-authority'
  | 'national-security-authority'
  | 'designated-security-authority'
  | 'executive-agent'
  | 'representative';
export type InheritedItem = 'status' | 'effect' | 'duration' | 'termination' | 'amendment' | 'disputes' | 'costs' | 'final-clauses';
export type OnwardSharing = 'none' | 'within-organisation' | 'with-clients' | 'community' | 'public' | 'with-consent' | 'with-written-consent';
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
export type DurationUnit = 'hour' | 'day' | 'working-day' | 'week' | 'month' | 'year';


export const instrumentKinds = vocabulary<InstrumentKind>({
  treaty: 'A treaty: an agreement governed by international law (VCLT Art. 2(1)(a)).',
  memorandum: 'A memorandum of understanding: usually a non-binding political commitment.',
  arrangement: 'A technical or administrative arrangement between agencies or bodies: binding or not as its `status` says.',
  framework: 'A framework instrument that sets up cooperation mechanisms and governance.',
  protocol: 'A protocol supplementing or amending another instrument.',
  annex: 'An annex to a parent instrument (`annex "…" of "parent.entente"`).',
  declaration: 'A political declaration (the Paris Call, the NATO Cyber Defence Pledge): no parties to bind, no final clauses; not legally binding unless `status binding` says otherwise.',
});

export const statuses = vocabulary<InstrumentStatus>({
  binding: 'Creates obligations under international law.',
  'non-binding': 'A political commitment; creates no legal obligations.',
  undetermined: 'Not yet decided, or disputed: whether it binds is an open question (the checker lists the signals both ways).',
});

export const noteContents = vocabulary<NoteContent>({
  terms:
    'This note proposes the agreement\'s terms: the provisions the header, the declarations and the clauses state are printed inside it, numbered as its paragraphs, after its first paragraph (the proposal\'s opening) and before the rest (the proposal that this note and the reply constitute the agreement). A drafted proposal is then one complete, signable note.',
});

export const formulaOmissions = vocabulary<FormulaOmission>({
  testimonium:
    'The text has no recital of authority ("IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed …"): its final formula is only "Done at … on …" (NL–Eurojust 2006: "Done at The Hague … in two copies"). The export prints the "Done at" sentence alone.',
  formula:
    'The signed text states no final formula at all — no "Done at", no place, no date (the Guernsey–NL memorandum of 2008 ends with its signatures; the Brawijaya–Wageningen Letter of Intent of 1979 has none in the series): `signed without formula` says that it was signed, and the export generates no formula and no signature block beside what the clauses transcribe, rather than a formula with blanks the text does not have.',
});

export const partyKinds = vocabulary<PartyKind>(
  {
    state: 'A sovereign state.',
    government: 'The Government of a State, concluding for it ("The Government of the Kingdom of the Netherlands"): the State is bound, and its treaty capacity, UN membership and treaty status are the State\'s.',
    'international-organisation': 'An international organisation with treaty-making capacity (NATO, the EU, the Council of Europe…).',
    'government-agency': 'A ministry or agency of a state, acting for it.',
    'national-cert': 'A national CERT/CSIRT.',
    company: 'A company or other private entity: it has no treaty-making capacity.',
  },
  { 'international-organization': 'international-organisation', agency: 'government-agency', cert: 'national-cert', csirt: 'national-cert' },
);

export const exchangeHedges = vocabulary<ExchangeHedge>({
  'when-practical': 'Information is exchanged when practical: a best-effort exchange, not a duty to share.',
  'as-appropriate': 'Information is exchanged as appropriate: each side judges what to share.',
  'to-the-extent-possible': 'Information is exchanged to the extent possible.',
  'subject-to-national-law': 'The exchange is subject to each side\'s national law.',
  'subject-to-available-funds': 'The exchange is subject to the availability of funds.',
  'consistent-with-existing-arrangements': 'The exchange is consistent with, and does not override, existing arrangements.',
  'on-request': 'Information is exchanged on request.',
  'where-appropriate': 'Information is exchanged where appropriate ("To exchange, where appropriate, information", UN Convention against Corruption 2003, Art. 48(1)(d)): each side judges when.',
  'without-prior-request': 'Information is sent unasked ("may, without prior request, transmit", UN Convention against Corruption 2003, Art. 46(4); "without prior request, forward", Budapest Convention Art. 26(1)).',
});

export const channelModalities = vocabulary<ChannelModality>({
  shall: 'A duty to send (in an MoU, "will"): "the State Party … shall forthwith notify … and promptly provide" (Early Notification Convention 1986, Art. 2). Without `modality`, a channel reads so.',
  'shall-endeavour': 'A duty to try, not to achieve: "shall endeavour to exchange" (in an MoU, "will endeavour to"). Never read as a duty to send.',
  may: 'A permission, no duty: "the competent authorities of a State Party may, without prior request, transmit information" (UN Convention against Corruption 2003, Art. 46(4)). Never read as a duty to send.',
  'as-written': 'The undertaking is only as the text\'s own words (`exchange "…"`) state it, and the export prints those words and no generated sentence: "shall cooperate closely … to enhance the effectiveness of law enforcement action" (UNCAC Art. 48(1)), "shall endeavour to take measures to permit it to forward" (Art. 56). Never read as a duty to send.',
});

export const clockStarts = vocabulary<ClockStart>(
  {
    awareness: 'From when the notifying side becomes aware ("within 24 hours of becoming aware", NIS2 Art. 23(4)(a)).',
    detection: 'From when the incident is detected.',
    classification: 'From when the incident is classified (e.g. as major: DORA RTS 2025/301 Art. 5(1)(a)).',
    occurrence: 'From when the incident occurred.',
    request: 'From the request.',
    receipt: 'From receipt (of a request, a notification, a report).',
    notification: 'From the earlier notification (e.g. a final report one month after the incident notification, NIS2 Art. 23(4)(d)).',
    decision: 'From the decision (e.g. a withdrawal or revocation).',
  },
  { aware: 'awareness', 'becoming-aware': 'awareness', detected: 'detection', requested: 'request', received: 'receipt' },
);

export const designationRoles = vocabulary<DesignationRole>(
  {
    'central-authority': 'A central authority that sends and answers requests for mutual assistance ("Each Party shall designate a central authority", Budapest Convention Art. 27(2)(a)).',
    'point-of-contact': 'A point of contact; `available 24/7` for the 24/7 network ("Each Party shall designate a point of contact available on a twenty-four hour, seven-day-a-week basis", Budapest Convention Art. 35(1)).',
    'competent-authority': 'The authority competent to implement the instrument ("the competent authorities of the two countries", NL–SE 1984 Art. 7).',
    'responsible-authority': 'The authority responsible for the cooperation on each side.',
    'national-security-authority': 'The National Security Authority that implements protective security measures ("the Parties shall ensure the establishment of a National Security Authority", NATO 1997 Art. 2).',
    'designated-security-authority': 'The Designated Security Authority that sets up implementing security arrangements ("The Parties shall each appoint a Designated Security Authority", NL–US 2012 Art. 11(2)(b)).',
    'executive-agent': 'The Executive Agent that carries out the instrument for a party (NL–US 2012 Art. 4).',
    representative: 'Persons a party designates or nominates to act for it: "representatives designated by each of the Governments" to transmit classified matter (NL–Australia 1977, para. 10), the "persons nominated" whose list is communicated in writing (NL–Philippines 2001, Art. 4(2)).',
  },
  { 'points-of-contact': 'point-of-contact', 'contact-point': 'point-of-contact', 'focal-point': 'point-of-contact', representatives: 'representative', 'central-authorities': 'central-authority', 'competent-authorities': 'competent-authority' },
);

export const inheritedItems = vocabulary<InheritedItem>({
  status: 'Takes its status (binding or not) from the treaty it implements.',
  effect: 'Takes effect with the treaty ("effective from the date of the entry into force of the Agreement").',
  duration: 'Lasts as long as the treaty.',
  termination: 'Ends with the treaty, under its termination clause.',
  amendment: 'Is amended as the treaty provides.',
  disputes: 'Disputes are settled as the treaty provides.',
  costs: 'Costs are borne as the treaty provides.',
  'final-clauses': 'All of effect, duration, termination, amendment and disputes are the treaty\'s.',
});

export const onwardSharingRules = vocabulary<OnwardSharing>({
  none: 'No onward sharing beyond the named recipients.',
  'within-organisation': 'Only within the recipient organisation (fits TLP:AMBER+STRICT).',
  'with-clients': 'Within the recipient organisation and its clients (fits TLP:AMBER).',
  community: 'Within the cyber-security community, not publicly (fits TLP:GREEN).',
  public: 'No restriction (fits TLP:CLEAR only).',
  'with-consent': 'Only with the prior consent of the originator; the text says "prior consent", not "written" (UNCAC Art. 46(19): "without the prior consent of the requested State Party"). Use `with-written-consent` where the consent must be written. The originator\'s "approval" is the same decision, its own (NL–Liechtenstein 2009 Protocol Art. 1(c): "only with the prior approval of the supplying authority"); an approval "of both Governments" is a joint decision, not this rule. (Until December 2026 this word rendered "prior written consent".)',
  'with-written-consent': 'Only with the prior written consent of the originator: the text says "prior written consent" (NL–Samoa 2009 Art. 8: "without the express written consent of the competent authority"; NL–Australia 2014 para. 17: "without the written consent of the originating Party"); the originator\'s "written approval" is the same (NL–Australia 1977 para. 5: "unless written approval to do otherwise is first obtained from the Government furnishing the matter").',
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
  // A cyber category (csirtInformation in rules/support/channel-kinds.ts): a transcriber of an
  // industrial-accident or nuclear-emergency notification who takes the nearest keyword gets a TLP
  // demand the text does not bear (thirty-sixth run, probe 10); the hover says what to write instead.
  'incident-reports': 'Reports on cyber-security incidents: information a CSIRT shares, for which a handling marking (TLP) is expected. Notifications of an industrial, nuclear or pollution accident are not such reports: write what the channel carries in the text’s own words, in quotes.',
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

/** Whether a party kind stands for a State as such: the State, or its Government concluding for it. */
export function isStateKind(kind: PartyKind | undefined): boolean {
  return kind === 'state' || kind === 'government';
}

export const instrumentForms = vocabulary<InstrumentForm>({
  'exchange-of-notes': 'Constituted by a note and the reply accepting it: consent is expressed by the exchange (VCLT Art. 13); declare the notes with `note`.',
  'exchange-of-letters': 'Constituted by a letter and the reply accepting it: consent is expressed by the exchange (VCLT Art. 13); declare the letters with `letter`.',
});

export const ordinalWords = vocabulary<OrdinalWord>({
  second: 'The second month after the event’s month.',
  third: 'The third month after the event’s month.',
  fourth: 'The fourth month after the event’s month.',
  fifth: 'The fifth month after the event’s month.',
  sixth: 'The sixth month after the event’s month.',
});

/** The month an ordinal counts: "the second month after" is 2. */
export const ordinalMonths: Readonly<Record<OrdinalWord, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** The events a final-clause timing counts from (`effect after …`, `effect on …`, `subsequently …`, `provisional application …`). */
export type TimingEvent = 'signature' | 'ratification' | 'notification' | 'approval' | 'acceptance' | 'accession' | 'consent-to-be-bound' | 'reply' | 'entry-into-force';

/**
 * The events a timing may name. The first six are also the means of consent (VCLT Arts. 11–16);
 * the checks read each of them (date hints, consent, status signals, rendering), so a word
 * outside the set is reported rather than silently treated as an event nobody understands.
 */
export const timingEvents = vocabulary<TimingEvent>(
  {
    signature: 'Signature by the parties (the last signature, when they sign on different days).',
    ratification: 'Deposit (or exchange) of instruments of ratification.',
    notification: 'Notification that internal (constitutional) procedures are complete.',
    approval: 'Approval under domestic procedures.',
    acceptance: 'Acceptance under domestic procedures.',
    accession: 'Accession by a state that did not sign.',
    'consent-to-be-bound':
      'The expression of consent to be bound, in whatever form the treaty allows (signature, ratification, acceptance, approval, accession: VCLT Art. 11): "the date on which five States … have expressed their consent to be bound".',
    reply: 'The reply note (letter) of an exchange that constitutes the instrument (VCLT Art. 13).',
    'entry-into-force': 'The entry into force of the instrument (for an annex or an implementing arrangement, of its parent).',
  },
  // The plural reads the same ("after the last ratifications by three States").
  { signatures: 'signature', ratifications: 'ratification', notifications: 'notification', approvals: 'approval', acceptances: 'acceptance', accessions: 'accession', replies: 'reply' },
);

/** What a consent threshold counts: `by 5 States`. */
export type CountNoun = 'parties' | 'States' | 'signatories';

export const countNouns = vocabulary<CountNoun>(
  {
    parties: 'Counted in parties (any party that may consent).',
    States: 'Counted in States ("five States … have expressed their consent to be bound", Budapest Convention Art. 36(3)).',
    signatories: 'Counted in signatories ("at least three signatories", GWP 2002 Art. V(2)).',
  },
  { party: 'parties', State: 'States', signatory: 'signatories' },
);

/** How provisional application ends other than by a date: `until entry-into-force`. */
/**
 * `provisional application permitted on signature`: the text only permits provisional application
 * ("may provisionally be applied", NL–Egypt 1976 Art. VIII(a)); whether it was applied is a fact the
 * text does not state, so what follows from it is said as a condition (ninety-seventh run, defect 3).
 * Applied under that clause, it rests on Art. 25(1)(a), not (b), which is for an agreement outside
 * the treaty (lr22, D9; VCLT read: BWBV0003441).
 */
export const provisionalModalities = vocabulary<'permitted'>({
  permitted: 'The text permits provisional application ("may be applied provisionally") but does not commit the Parties to it: an application under that clause rests on the treaty itself (VCLT Art. 25(1)(a): "the treaty itself so provides"); whether and from when the Parties applied it is not in the text.',
});

export const provisionalEnds = vocabulary<'entry-into-force'>({ 'entry-into-force': 'Until the instrument enters into force (VCLT Art. 25(1): "pending its entry into force").' });

/** `subsequently … or on entry-into-force whichever is later`: the other date a later State's entry into force may fall on. */
export const laterOfEvents = vocabulary<'entry-into-force'>({ 'entry-into-force': 'The date the instrument enters into force under its `effect` (UNCAC Art. 68(2): "the date this Convention enters into force pursuant to paragraph 1").' });

/** `whichever is later`: the later of the two dates (an earlier one would let a State be bound before the instrument is in force). */
export const laterOfWhich = vocabulary<'later'>({ later: 'The later of the two dates: "whichever is later" (UNCAC Art. 68(2)).' });

/** The noun after the testimonium's number of originals: `in duplicate copy`, `in 2 originals`. */
export type OriginalsNoun = 'copy' | 'original' | 'originals' | 'copies';

export const originalsNouns = vocabulary<OriginalsNoun>({
  copy: 'One copy: `in single copy`.',
  original: 'One original: `in single original`.',
  originals: 'Originals: `in 2 originals`, `in duplicate originals`.',
  copies: 'Copies: `in 2 copies`.',
});

export const dayWords = vocabulary<'day'>({ day: 'The first day of the month.' }, { date: 'day' });
export const monthWords = vocabulary<'month'>({ month: 'The month counted from the event.' });
export const signatureWords = vocabulary<'signature'>({ signature: 'Open for signature.' });

export const renewalModes = vocabulary<RenewalMode>({
  automatically: 'Renewed without a new decision, at the end of each term.',
  tacitly: 'Renewed by tacit agreement, unless a Party objects.',
});

/** `accession after entry-into-force`: when accession opens, where the text says. */
export const accessionOpenings = vocabulary<'entry-into-force'>({
  'entry-into-force': 'Accession is open once the treaty has entered into force: "may accede to the present Convention after it has entered into force" (Hague Service Convention 1965, Art. 28).',
});

/** `accession by invitation`: accession is open only to the States invited to accede. */
export const accessionInvitations = vocabulary<'invitation'>({
  invitation: 'Accession is open only to a State invited to accede: "open for accession by all States not members of the Organization invited to do so by the Executive Board" (UNESCO Convention concerning the international exchange of publications 1958, Art. 15(1)); who invites, and on what conditions, is in the text\'s words.',
});

/** `renewable … for indefinite period`: the renewal has no fixed period. */
export const indefiniteWords = vocabulary<'indefinite'>({ indefinite: 'Extended for an indefinite period, not for further fixed terms ("shall be extended for an indefinite period", NL–Egypt 1975 Art. VII(2)).' });
export const periodWords = vocabulary<'period'>({ period: '`for indefinite period`, `after initial period`: the word may be left out.' });
/** `termination after initial period`: the right to leave runs only once the initial period of the `duration` has ended. */
export const initialWords = vocabulary<'initial'>({ initial: 'Only after the initial period of the `duration` has ended: "Each Government shall then have the right to denounce the Agreement at any time giving three months\' notice" (NL–Bangladesh 1977 Art. VI(b), after its initial period of two years).' });

export const classOpenness = vocabulary<ClassOpenness>({
  open: 'Any State (or organisation) answering the description may become a party: "any State which accedes", "any new Party".',
  closed: 'The members are fixed: "the States which have participated in its elaboration".',
});

export const meetingTerms = vocabulary<MeetingTerm>(
  {
    'as-agreed': 'Meets as the members agree ("shall meet as agreed").',
    'on-request': 'Meets at the request of any member ("at the request of either Party").',
    periodically: 'Meets periodically, without a fixed interval ("shall, as appropriate, consult periodically").',
  },
  { 'at-request': 'on-request', 'as-required': 'as-agreed' },
);

/** The testimonium's words for the number of originals. */
export const originalsWords = vocabulary<'single' | 'duplicate' | 'triplicate' | 'quadruplicate' | 'quintuplicate'>(
  {
    single: 'One original, deposited with the depositary (multilateral practice).',
    duplicate: 'Two originals: one for each of two signatories.',
    triplicate: 'Three originals.',
    quadruplicate: 'Four originals.',
    quintuplicate: 'Five originals.',
  },
  { one: 'single', two: 'duplicate', three: 'triplicate', four: 'quadruplicate', five: 'quintuplicate' },
);

export const originalsCounts: Readonly<Record<string, number>> = { single: 1, duplicate: 2, triplicate: 3, quadruplicate: 4, quintuplicate: 5 };

export const durationUnits = vocabulary<DurationUnit>(
  {
    hour: 'Hours.',
    day: 'Calendar days.',
    'working-day': 'Working days (counted as calendar days for comparisons, a lower bound).',
    week: 'Weeks (7 days).',
    month: 'Months (counted as 30 days for comparisons).',
    year: 'Years (365 days for comparisons).',
  },
  { hours: 'hour', days: 'day', 'working-days': 'working-day', weeks: 'week', months: 'month', years: 'year' },
);

/** Hours per unit. Months and years are approximated (30 and 365 days) only for comparisons. */
export const hoursPerUnit: Readonly<Record<DurationUnit, number>> = { hour: 1, day: 24, 'working-day': 24, week: 168, month: 720, year: 8760 };

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
