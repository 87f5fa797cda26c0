// The benchmark's content: one data model of a multilateral cyber-security treaty, rendered three
// ways — as Entente, as YAML (validated by bench/instrument.schema.json) and as JSON — so every
// server and every baseline sees the same entities and the same prose. Deterministic (a seeded
// generator); no dependencies, so the bench, its test and a reader can all import it.
//
//   generateModel({ lines })      → the data model, sized so its Entente text has about `lines` lines
//   toEntente(model)              → the instrument as Entente source
//   toJson(model) / toYaml(model) → the same content as JSON / YAML
//   sizeMatchedJson(model, n)     → JSON of exactly n characters made of the model's own declarations
//   generateWorkspace(n)          → n files: shared registries plus bilateral instruments that `use` them
//
// The Entente text is laid out as a treaty is: header, parties, security agreements, assistance,
// bodies, then chapters (a definition, channels, protocols, exercises, cooperation, clauses with
// long prose that uses the defined terms). The JSON and YAML group the same entities by kind.

// ── The data model (what bench/instrument.schema.json describes) ─────────────────────────────

export interface Quantity { amount: number; unit: string }
export interface Contact { id: string; name: string; availability: '24/7' | 'office-hours'; email: string; phone?: string }
export interface Party { id: string; name: string; kind: string; jurisdiction: string; representedBy: string; contacts: Contact[]; regimes?: string[] }
export interface SecurityAgreement { id: string; title: string; between: string[]; upTo: string; levels: { level: string; equals: { party: string; marking: string }[] }[]; breachProcedure: string }
export interface Assistance { basis: string[]; preservationDays: number; centralAuthorities: { party: string; authority: string }[]; under: string }
export interface Body { id: string; name: string; members: string[]; meets: { every: Quantity }; chair: string; mandate: string }
export interface Definition { term: string; meaning: string }
export interface Channel {
  id: string;
  between: string[];
  carries: string[];
  marking?: string;
  classification?: { level: string; under: string };
  onwardSharing: { rule: string; to?: string[] };
  purpose: string;
  contacts: string[];
  breachProcedure: string;
}
/** The event a time limit runs from: `within 24 hours of awareness`. */
export type ClockStart = 'awareness' | 'detection' | 'classification' | 'notification';
export interface Protocol {
  id: string;
  when: { key: string; value: string }[];
  notify: { parties: string[]; within: Quantity; start: ClockStart; via: string };
  reports: { kind: string; within: Quantity; start: ClockStart; via?: string }[];
  escalate: { to: string; within: Quantity; start: ClockStart };
  /** What the trigger's severity means, where no defined term says it (`severity significant` has one). */
  threshold?: string;
  content: string;
  contacts: string[];
}
export interface Exercise { id: string; cadence: string | { every: Quantity }; ledBy: string; with: string[]; scope: string; first: string; contacts: string[] }
export interface Cooperation { type: 'capacity-building' | 'technology-transfer'; id: string; by: string[]; for: string[]; activities: string[]; description: string; intellectualProperty: string }
export interface Clause { id: string; heading: string; about: string[]; text: string }
export interface Header {
  kind: string;
  title: string;
  status: string;
  languages: { languages: string[]; authenticity?: string; prevailing?: string };
  signature: { wording: string; place: string; date: string };
  consent: string[];
  effect: { after?: Quantity; last?: boolean; event: string; byParties?: number };
  duration: string;
  termination: { wording: string; notice: Quantity };
  amendment: string[];
  disputes: { means: string[]; forum?: string };
  governingLaw: string;
  depositary: string;
  registration: string;
  reservations: string;
}
export interface Model {
  $schema: string;
  instrument: Header;
  parties: Party[];
  securityAgreements: SecurityAgreement[];
  assistance: Assistance | undefined;
  bodies: Body[];
  definitions: Definition[];
  channels: Channel[];
  protocols: Protocol[];
  exercises: Exercise[];
  cooperation: Cooperation[];
  clauses: Clause[];
}
type Collection = 'parties' | 'securityAgreements' | 'assistance' | 'bodies' | 'definitions' | 'channels' | 'protocols' | 'exercises' | 'cooperation' | 'clauses';
/** Document order of the Entente rendering: [collection, index] pairs. */
const documentOrder = new WeakMap<Model, [Collection, number][]>();

// ── Deterministic randomness ──────────────────────────────────────────────────────────────────

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

// ── Reference data ────────────────────────────────────────────────────────────────────────────

/** code, short name, formal name, CERT, e-mail domain, phone prefix, SECRET/CONFIDENTIAL/RESTRICTED markings */
type State = [code: string, short: string, formal: string, cert: string, domain: string, phone: string, markings: string[]];
const states: State[] = [
  ['EE', 'Estonia', 'Republic of Estonia', 'CERT-EE', 'cert.ee', '+372', ['SALAJANE', 'KONFIDENTSIAALNE', 'PIIRATUD']],
  ['FI', 'Finland', 'Republic of Finland', 'NCSC-FI', 'traficom.fi', '+358', ['SALAINEN', 'LUOTTAMUKSELLINEN', 'KÄYTTÖ RAJOITETTU']],
  ['LV', 'Latvia', 'Republic of Latvia', 'CERT.LV', 'cert.lv', '+371', ['SLEPENI', 'KONFIDENCIĀLI', 'DIENESTA VAJADZĪBĀM']],
  ['LT', 'Lithuania', 'Republic of Lithuania', 'NKSC', 'nksc.lt', '+370', ['SLAPTAI', 'KONFIDENCIALIAI', 'RIBOTO NAUDOJIMO']],
  ['PL', 'Poland', 'Republic of Poland', 'CERT Polska', 'cert.pl', '+48', ['TAJNE', 'POUFNE', 'ZASTRZEŻONE']],
  ['DE', 'Germany', 'Federal Republic of Germany', 'CERT-Bund', 'bsi.bund.de', '+49', ['GEHEIM', 'VS-VERTRAULICH', 'VS-NUR FÜR DEN DIENSTGEBRAUCH']],
  ['FR', 'France', 'French Republic', 'CERT-FR', 'ssi.gouv.fr', '+33', ['SECRET', 'SECRET', 'DIFFUSION RESTREINTE']],
  ['NL', 'the Netherlands', 'Kingdom of the Netherlands', 'NCSC-NL', 'ncsc.nl', '+31', ['STG. GEHEIM', 'STG. CONFIDENTIEEL', 'DEPARTEMENTAAL VERTROUWELIJK']],
  ['BE', 'Belgium', 'Kingdom of Belgium', 'CERT.be', 'cert.be', '+32', ['SECRET', 'CONFIDENTIEL', 'DIFFUSION RESTREINTE']],
  ['LU', 'Luxembourg', 'Grand Duchy of Luxembourg', 'GOVCERT.LU', 'govcert.lu', '+352', ['SECRET', 'CONFIDENTIEL', 'RESTREINT']],
  ['DK', 'Denmark', 'Kingdom of Denmark', 'CFCS', 'cfcs.dk', '+45', ['HEMMELIGT', 'FORTROLIGT', 'TIL TJENESTEBRUG']],
  ['SE', 'Sweden', 'Kingdom of Sweden', 'CERT-SE', 'cert.se', '+46', ['HEMLIG', 'KONFIDENTIELL', 'BEGRÄNSAT HEMLIG']],
  ['AT', 'Austria', 'Republic of Austria', 'GovCERT Austria', 'govcert.gv.at', '+43', ['GEHEIM', 'VERTRAULICH', 'EINGESCHRÄNKT']],
  ['CZ', 'Czechia', 'Czech Republic', 'GovCERT.CZ', 'govcert.cz', '+420', ['TAJNÉ', 'DŮVĚRNÉ', 'VYHRAZENÉ']],
  ['SK', 'Slovakia', 'Slovak Republic', 'SK-CERT', 'sk-cert.sk', '+421', ['TAJNÉ', 'DÔVERNÉ', 'VYHRADENÉ']],
  ['HU', 'Hungary', 'Hungary', 'NKI', 'nki.gov.hu', '+36', ['TITKOS', 'BIZALMAS', 'KORLÁTOZOTT TERJESZTÉSŰ']],
  ['SI', 'Slovenia', 'Republic of Slovenia', 'SI-CERT', 'cert.si', '+386', ['TAJNO', 'ZAUPNO', 'INTERNO']],
  ['HR', 'Croatia', 'Republic of Croatia', 'CERT.hr', 'cert.hr', '+385', ['TAJNO', 'POVJERLJIVO', 'OGRANIČENO']],
  ['RO', 'Romania', 'Romania', 'CERT-RO', 'cert.ro', '+40', ['STRICT SECRET', 'SECRET', 'SECRET DE SERVICIU']],
  ['BG', 'Bulgaria', 'Republic of Bulgaria', 'CERT Bulgaria', 'govcert.bg', '+359', ['СЕКРЕТНО', 'ПОВЕРИТЕЛНО', 'ЗА СЛУЖЕБНО ПОЛЗВАНЕ']],
  ['GR', 'Greece', 'Hellenic Republic', 'GR-CSIRT', 'csirt.gr', '+30', ['ΑΠΟΡΡΗΤΟ', 'ΕΜΠΙΣΤΕΥΤΙΚΟ', 'ΠΕΡΙΟΡΙΣΜΕΝΗΣ ΧΡΗΣΗΣ']],
  ['CY', 'Cyprus', 'Republic of Cyprus', 'CSIRT-CY', 'csirt.cy', '+357', ['ΑΠΟΡΡΗΤΟ', 'ΕΜΠΙΣΤΕΥΤΙΚΟ', 'ΠΕΡΙΟΡΙΣΜΕΝΗΣ ΧΡΗΣΗΣ']],
  ['MT', 'Malta', 'Republic of Malta', 'CSIRTMalta', 'csirtmalta.org', '+356', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['IT', 'Italy', 'Italian Republic', 'CSIRT Italia', 'csirt.gov.it', '+39', ['SEGRETO', 'RISERVATISSIMO', 'RISERVATO']],
  ['ES', 'Spain', 'Kingdom of Spain', 'CCN-CERT', 'ccn-cert.cni.es', '+34', ['SECRETO', 'CONFIDENCIAL', 'DIFUSIÓN LIMITADA']],
  ['PT', 'Portugal', 'Portuguese Republic', 'CERT.PT', 'cncs.gov.pt', '+351', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['IE', 'Ireland', 'Ireland', 'NCSC-IE', 'ncsc.gov.ie', '+353', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['NO', 'Norway', 'Kingdom of Norway', 'NorCERT', 'nsm.no', '+47', ['HEMMELIG', 'KONFIDENSIELT', 'BEGRENSET']],
  ['IS', 'Iceland', 'Iceland', 'CERT-IS', 'cert.is', '+354', ['LEYNILEGT', 'TRÚNAÐARMÁL', 'TAKMARKAÐ']],
  ['CH', 'Switzerland', 'Swiss Confederation', 'NCSC-CH', 'ncsc.admin.ch', '+41', ['GEHEIM', 'VERTRAULICH', 'INTERN']],
  ['GB', 'the United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'NCSC-UK', 'ncsc.gov.uk', '+44', ['SECRET', 'OFFICIAL-SENSITIVE', 'OFFICIAL']],
  ['JP', 'Japan', 'Japan', 'JPCERT/CC', 'jpcert.or.jp', '+81', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['KR', 'Korea', 'Republic of Korea', 'KrCERT/CC', 'krcert.or.kr', '+82', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['CA', 'Canada', 'Canada', 'Canadian Centre for Cyber Security', 'cyber.gc.ca', '+1', ['SECRET', 'CONFIDENTIAL', 'PROTECTED B']],
  ['NZ', 'New Zealand', 'New Zealand', 'CERT NZ', 'cert.govt.nz', '+64', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['UY', 'Uruguay', 'Oriental Republic of Uruguay', 'CERTuy', 'cert.uy', '+598', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['AR', 'Argentina', 'Argentine Republic', 'CERT.ar', 'cert.ar', '+54', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['IL', 'Israel', 'State of Israel', 'INCD CERT-IL', 'cyber.gov.il', '+972', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['UA', 'Ukraine', 'Ukraine', 'CERT-UA', 'cert.gov.ua', '+380', ['ЦІЛКОМ ТАЄМНО', 'ТАЄМНО', 'ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ']],
  ['MD', 'Moldova', 'Republic of Moldova', 'CERT-GOV-MD', 'stisc.gov.md', '+373', ['SECRET', 'CONFIDENȚIAL', 'RESTRICTIV']],
  ['GE', 'Georgia', 'Georgia', 'CERT-GOV-GE', 'dea.gov.ge', '+995', ['საიდუმლო', 'კონფიდენციალური', 'შეზღუდული']],
  ['AL', 'Albania', 'Republic of Albania', 'AKSK', 'aksk.gov.al', '+355', ['SEKRET', 'KONFIDENCIAL', 'I KUFIZUAR']],
  ['ME', 'Montenegro', 'Montenegro', 'CIRT.ME', 'cirt.me', '+382', ['TAJNO', 'POVJERLJIVO', 'INTERNO']],
  ['MK', 'North Macedonia', 'Republic of North Macedonia', 'MKD-CIRT', 'mkd-cirt.mk', '+389', ['ТАЈНО', 'ДОВЕРЛИВО', 'ИНТЕРНО']],
  ['RS', 'Serbia', 'Republic of Serbia', 'SRB-CERT', 'cert.rs', '+381', ['СТРОГО ПОВЕРЉИВО', 'ПОВЕРЉИВО', 'ИНТЕРНО']],
  ['TR', 'Türkiye', 'Republic of Türkiye', 'USOM', 'usom.gov.tr', '+90', ['GİZLİ', 'ÖZEL', 'HİZMETE ÖZEL']],
  ['US', 'the United States', 'United States of America', 'CISA', 'cisa.dhs.gov', '+1', ['SECRET', 'CONFIDENTIAL', 'CONTROLLED UNCLASSIFIED']],
  ['AU', 'Australia', 'Commonwealth of Australia', 'ACSC', 'cyber.gov.au', '+61', ['SECRET', 'PROTECTED', 'OFFICIAL: SENSITIVE']],
  ['SG', 'Singapore', 'Republic of Singapore', 'SingCERT', 'csa.gov.sg', '+65', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['CL', 'Chile', 'Republic of Chile', 'CSIRT de Gobierno', 'csirt.gob.cl', '+56', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['BR', 'Brazil', 'Federative Republic of Brazil', 'CTIR Gov', 'ctir.gov.br', '+55', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['MX', 'Mexico', 'United Mexican States', 'CERT-MX', 'cert.gob.mx', '+52', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['CR', 'Costa Rica', 'Republic of Costa Rica', 'CSIRT-CR', 'micitt.go.cr', '+506', ['SECRETO', 'CONFIDENCIAL', 'RESERVADO']],
  ['MA', 'Morocco', 'Kingdom of Morocco', 'maCERT', 'dgssi.gov.ma', '+212', ['SECRET', 'CONFIDENTIEL', 'DIFFUSION RESTREINTE']],
  ['SN', 'Senegal', 'Republic of Senegal', 'CSIRT-SN', 'csirt.sn', '+221', ['SECRET', 'CONFIDENTIEL', 'DIFFUSION RESTREINTE']],
  ['GH', 'Ghana', 'Republic of Ghana', 'CERT-GH', 'csa.gov.gh', '+233', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['KE', 'Kenya', 'Republic of Kenya', 'KE-CIRT/CC', 'ke-cirt.go.ke', '+254', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['MU', 'Mauritius', 'Republic of Mauritius', 'CERT-MU', 'cert.govmu.org', '+230', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['PH', 'the Philippines', 'Republic of the Philippines', 'CERT-PH', 'dict.gov.ph', '+63', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
  ['LK', 'Sri Lanka', 'Democratic Socialist Republic of Sri Lanka', 'Sri Lanka CERT', 'cert.gov.lk', '+94', ['SECRET', 'CONFIDENTIAL', 'RESTRICTED']],
];

/**
 * States of the table that are not Parties to the Budapest Convention (Ireland has only signed
 * it; Kenya has not acceded), as in server/src/language/data/budapest-parties.ts.
 */
const notBudapestParties = new Set(['IE', 'KE']);
const euMembers = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
/** Levels in a security agreement's table, lowest first, and their index in a state's marking list. */
const levels: [string, number][] = [
  ['RESTRICTED', 2],
  ['CONFIDENTIAL', 1],
  ['SECRET', 0],
];

const sectors = ['Energy', 'Maritime', 'Financial', 'Health', 'Transport', 'Space', 'Water', 'Telecommunications', 'Electoral', 'Aviation', 'Railway', 'Nuclear', 'Satellite', 'Postal', 'Chemical', 'Research', 'Defence Industry', 'Cloud', 'Payment', 'Emergency Services'];
const subjects = ['Incident Report', 'Coordination Centre', 'Response Team', 'Sector Authority', 'Liaison Officer', 'Early Warning', 'Risk Assessment', 'Supply Chain', 'Crisis Cell', 'Evidence Request', 'Vulnerability Register', 'Sensor Network', 'Recovery Plan', 'Audit Mission', 'Threat Picture', 'Operator', 'Trust Service', 'Data Space', 'Laboratory', 'Reserve'];
const subjectMeaning: Record<string, string> = {
  'Incident Report': 'a report, in the form agreed by the Committee, describing an incident affecting',
  'Coordination Centre': 'the body designated by a Party to coordinate the handling of incidents affecting',
  'Response Team': 'a team of experts that a Party places at the disposal of another Party for incidents affecting',
  'Sector Authority': 'the competent authority designated by a Party for the supervision of',
  'Liaison Officer': 'an official designated by a Party to maintain day-to-day contact with the other Parties on',
  'Early Warning': 'a first notification, without an assessment of causes, of a significant incident affecting',
  'Risk Assessment': 'a joint evaluation of the threats, vulnerabilities and likely impacts relevant to',
  'Supply Chain': 'the suppliers and service providers of the essential entities operating',
  'Crisis Cell': 'the group convened by the Committee during a large-scale incident affecting',
  'Evidence Request': 'a request for the expedited preservation or disclosure of Computer Data relating to',
  'Vulnerability Register': 'the register kept by the Secretariat of vulnerabilities disclosed in products used by',
  'Sensor Network': 'the network of detection sensors operated jointly by the Parties on the systems of',
  'Recovery Plan': 'the plan adopted by a Party for the restoration of essential services after an incident affecting',
  'Audit Mission': 'a visit by experts of other Parties to review the security measures taken by',
  'Threat Picture': 'the consolidated assessment of threats prepared each quarter for',
  Operator: 'an entity that provides an essential service in',
  'Trust Service': 'an electronic trust service on which the essential entities rely in',
  'Data Space': 'the shared environment in which the Parties exchange operational data concerning',
  Laboratory: 'a facility designated by a Party to analyse malware samples and forensic images relating to',
  Reserve: 'the pool of experts that the Parties make available for mutual assistance in',
};
const sectorScope = (sector: string) => `the ${sector.toLowerCase()} sector of one or more Parties`;

const coreTerms: [string, string][] = [
  ['Incident', 'an event compromising the availability, authenticity, integrity or confidentiality of stored, transmitted or processed data or of the services offered by, or accessible via, network and information systems'],
  ['Significant Incident', 'an Incident that has caused or is capable of causing severe operational disruption of essential services or financial loss for the Party concerned, or that has affected or is capable of affecting other natural or legal persons by causing considerable material or non-material damage'],
  ['Cross-Border Incident', 'an Incident that affects, or is likely to affect, network and information systems in the territory of more than one Party'],
  ['Computer Data', 'any representation of facts, information or concepts in a form suitable for processing in a computer system, including a program suitable to cause a computer system to perform a function'],
  ['Traffic Data', 'any Computer Data relating to a communication by means of a computer system, indicating its origin, destination, route, time, date, size, duration or type of underlying service'],
  ['Classified Information', 'any information, regardless of its form, that bears a security classification marking of a Party under a Security Agreement listed in this Convention'],
  ['Originating Party', 'the Party that first provides information under this Convention'],
  ['Receiving Party', 'a Party to which information is provided under this Convention'],
  ['Competent Authority', 'the authority designated by a Party under Article 4 as responsible for the implementation of this Convention'],
];

const purposes = [
  'network defence of the Parties and the protection of their essential services',
  'early warning of Significant Incidents and coordinated response to Cross-Border Incidents',
  'the prevention, detection and investigation of Incidents affecting the Parties',
  'the exchange of technical information needed to contain and remediate Incidents',
  'situational awareness of threats to the essential services of the Parties',
];
const categories = ['ransomware', 'supply-chain compromise', 'denial of service', 'data exfiltration', 'attack on industrial control systems', 'espionage campaign', 'wiper malware', 'compromise of a trust service'];
const severities = ['high', 'significant', 'critical'];
/**
 * What a severity means, in words (the test of NIS2 Art. 23(3) as a model), for the protocols it
 * triggers; `significant` needs none, the defined term "Significant Incident" says it.
 */
const severityMeaning: Record<string, (scope: string) => string> = {
  high: (scope) => `an Incident that has caused or is capable of causing severe operational disruption of the essential services of ${scope}, or considerable material or non-material damage to other natural or legal persons`,
  critical: (scope) => `an Incident that disrupts essential services of ${scope} in more than one Party at the same time, or that endangers human life, public safety or national security`,
};
const tlpRules: [string, string][] = [
  ['TLP:AMBER', 'with-clients'],
  ['TLP:AMBER+STRICT', 'within-organisation'],
  ['TLP:GREEN', 'community'],
  ['TLP:CLEAR', 'public'],
];
const carriesSets = [
  ['indicators', 'vulnerabilities', 'incident-reports'],
  ['indicators', 'malware-samples'],
  ['threat-assessments', 'best-practice'],
  ['incident-reports', 'indicators', 'best-practice'],
  ['vulnerabilities', 'best-practice'],
];
const sentences: ((c: { term: string; scope: string }) => string)[] = [
  (c) => `Each Party shall ensure that its Competent Authority is able to receive and act upon any ${c.term} concerning ${c.scope} at any time.`,
  (c) => `The Receiving Party shall use information provided in relation to a ${c.term} only for the purposes for which it was provided and shall not release it to a third party without the prior written consent of the Originating Party.`,
  (c) => `Where a Significant Incident affects ${c.scope}, the Parties concerned shall consult each other without delay through the channels established under this Chapter and shall coordinate their public communication.`,
  (c) => `The Committee of the Parties shall review each year the functioning of the arrangements concerning the ${c.term} and may adopt recommendations for their improvement.`,
  () => `Nothing in this Article shall require a Party to provide information the disclosure of which would be contrary to its essential security interests, provided that it informs the other Parties concerned of the reasons for its refusal.`,
  () => `A Party that requests assistance in relation to a Cross-Border Incident shall describe the Incident, the systems affected, the Computer Data to be preserved and the measures it has already taken.`,
  (c) => `The Parties shall endeavour to harmonise the criteria by which an Incident affecting ${c.scope} is considered significant, taking into account the number of users affected, its duration and its geographical spread.`,
  (c) => `Classified Information exchanged in connection with a ${c.term} shall be protected in accordance with the Security Agreement applicable between the Parties concerned.`,
  (c) => `Each Party shall designate a point of contact for matters relating to the ${c.term} and shall notify its details to the Depositary and to the other Parties.`,
  (c) => `The Parties shall share, through the Secretariat, the lessons learned from each Significant Incident affecting ${c.scope} within three months of its closure.`,
];
const headings = ['Cooperation in the {s} sector', 'Information on the {t}', 'Obligations concerning the {t}', 'Review of the {t}', 'Protection of information concerning the {t}', 'Assistance in the {s} sector', 'Designation of points of contact for the {t}'];

/**
 * The final clauses: costs, liability, data protection, intellectual property, then what a
 * drafter adds because the body calls for it — how the Convention stands beside the Parties'
 * other agreements (Union law, the Budapest Convention, the security agreements: VCLT Art. 30),
 * that protected information stays protected after a denunciation (VCLT Art. 70(1); ESA 2002
 * Art. 12(2)), and, where personnel are seconded, their status on the host's territory (NATO SOFA
 * Art. II). [id, heading, about, text].
 */
const finalClauses: [string, string, string[], string][] = [
  ['Costs', 'Expenses', ['costs'], 'Each Party shall bear its own expenses incurred in the implementation of this Convention. The costs of the meetings of the Committee of the Parties shall be borne by the host Party, unless the Committee decides otherwise.'],
  ['Liability', 'Claims', ['liability'], 'Each Party shall waive all claims against another Party for damage to its property or injury to its personnel arising from activities under this Convention, except in case of gross negligence or wilful misconduct.'],
  ['DataProtection', 'Protection of personal data', ['data-protection', 'purpose-limitation'], 'Personal data transmitted under this Convention shall be processed only for the purposes for which it was transmitted. Onward transfer to a State that is not a Party requires the prior written consent of the transmitting Party.'],
  ['IntellectualProperty', 'Intellectual property', ['intellectual-property'], 'Results developed jointly under this Convention shall be owned jointly by the Parties concerned. Neither Party shall licence them to a third party without the written consent of the other Parties concerned.'],
  [
    'OtherObligations',
    'Relation to other agreements',
    ['other-obligations'],
    'This Convention shall be without prejudice to the rights and obligations of the Parties under other international agreements, including the Convention on Cybercrime and the Security Agreements listed in this Convention, and, for the Parties that are Member States of the European Union, under Union law.',
  ],
  [
    'Survival',
    'Protection of information after denunciation or termination',
    ['survival'],
    'A Party that denounces this Convention, and every Party after its termination, shall remain bound to protect the Classified Information it has received under this Convention in accordance with the applicable Security Agreement, and to respect the handling markings of the other information it has received under this Convention.',
  ],
  [
    'StatusOfPersonnel',
    'Status of seconded personnel',
    ['status-of-personnel'],
    'Personnel of a Party seconded to another Party under this Convention shall respect the law of the host Party. Unless an agreement on the status of forces in force between the Parties concerned provides otherwise, they shall be subject to the law and jurisdiction of the host Party, and this Convention confers no privileges or immunities on them.',
  ],
];

/** Wraps prose at about 92 columns, as a drafter's editor does. */
function wrap(text: string, width = 92): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function quantity(amount: number, unit: string): Quantity {
  return { amount, unit: amount === 1 ? unit.replace(/s$/, '') : unit };
}

// ── The data model ────────────────────────────────────────────────────────────────────────────

/**
 * A multilateral treaty whose Entente text has about `lines` lines (at least a few hundred: the
 * header, parties and registers come first). `seed` varies the content, not its shape.
 */
export function generateModel({ lines, seed = 11 }: { lines: number; seed?: number }): Model {
  if (!Number.isFinite(lines) || lines < 200) throw new Error(`generateModel: lines must be at least 200, got ${lines}`);
  const r = rng(seed);
  const partyCount = Math.min(states.length, Math.max(8, Math.round(8 + lines / 1500)));
  // The Convention's mutual assistance rests on the Budapest Convention, so its parties are
  // Parties to it, as the drafters of such a convention would see to (budapest-state-not-party).
  const chosen = states.filter((s) => !notBudapestParties.has(s[0])).slice(0, partyCount);
  const model: Model = {
    $schema: './instrument.schema.json',
    instrument: {
      kind: 'treaty',
      title: `Convention on Cooperation in Cyber Security and on Cross-Border Incident Response (benchmark, ${lines} lines)`,
      status: 'binding',
      languages: { languages: ['English', 'French', 'Spanish'], authenticity: 'authentic', prevailing: 'English' },
      signature: { wording: 'done', place: 'Geneva', date: '2027-06-15' },
      consent: ['signature', 'ratification', 'acceptance', 'approval', 'accession'],
      effect: { after: quantity(90, 'days'), last: true, event: 'ratification', byParties: 5 },
      duration: 'indefinite',
      termination: { wording: 'denunciation', notice: quantity(12, 'months') },
      amendment: ['ratification'],
      disputes: { means: ['negotiation', 'arbitration'], forum: 'Permanent Court of Arbitration' },
      governingLaw: 'international',
      depositary: 'Secretary-General of the United Nations',
      registration: 'article-102',
      reservations: 'only those provided for in Article 14 (hours of the 24/7 Network) and Article 16 (preservation periods), by written notification to the Depositary',
    },
    parties: [],
    securityAgreements: [],
    assistance: undefined,
    bodies: [],
    definitions: [],
    channels: [],
    protocols: [],
    exercises: [],
    cooperation: [],
    clauses: [],
  };
  // Document order for the Entente rendering: [collection, index] pairs.
  const order: [Collection, number][] = [];
  // Lines of Entente written so far, counted as toEntente lays them out.
  let written = 2 + 15;
  let previousOneLiner: Collection | undefined;
  const add = <C extends Collection>(collection: C, item: Item<C>): Item<C> => {
    const rendered = render(collection, item).join('\n').split('\n').length;
    const oneLiner = rendered === 1 ? collection : undefined;
    // toEntente puts a blank line between blocks and none between one-liners of a kind.
    written += rendered + (oneLiner && previousOneLiner === oneLiner ? 0 : 1);
    previousOneLiner = oneLiner;
    if (collection === 'assistance') {
      model.assistance = item as Assistance;
      order.push([collection, 0]);
      return item;
    }
    const list = model[collection as Exclude<Collection, 'assistance'>] as Item<C>[];
    list.push(item);
    order.push([collection, list.length - 1]);
    return item;
  };

  for (const [code, short, formal, cert, domain, phone] of chosen) {
    const party: Party = {
      id: code,
      name: `${formal}`,
      kind: 'state',
      jurisdiction: code,
      representedBy: `Ministry of Foreign Affairs of ${short}`,
      contacts: [
        { id: 'Duty', name: `${cert} duty officer`, availability: '24/7', email: `duty@${domain}`, phone: `${phone} ${100 + r.int(900)} ${1000 + r.int(9000)}` },
        { id: 'Policy', name: `Cyber Diplomacy Department, Ministry of Foreign Affairs of ${short}`, availability: 'office-hours', email: `cyber.policy@mfa.${domain.split('.').pop()}` },
      ],
    };
    if (r.chance(0.4)) party.contacts.push({ id: 'Legal', name: `Central Authority for Mutual Legal Assistance of ${short}`, availability: 'office-hours', email: `mla@justice.${domain.split('.').pop()}`, phone: `${phone} ${100 + r.int(900)} ${1000 + r.int(9000)}` });
    // A State is bound by the GDPR as a controller; NIS2 binds the entities it identifies, not the
    // State that transposes it (regime-not-binding-on-party), so a drafter does not declare it here.
    if (euMembers.has(code)) party.regimes = ['GDPR'];
    add('parties', party);
  }
  const partyIds = chosen.map((s) => s[0]);
  const markingOf = new Map(chosen.map((s) => [s[0], s[6]]));
  const nameOf = new Map(chosen.map((s) => [s[0], s[1]]));
  const markings = (p: string) => markingOf.get(p) ?? ['SECRET', 'CONFIDENTIAL', 'RESTRICTED'];
  /** A run of `n` consecutive parties from `start`, round the table. */
  const group = (start: number, n: number) => Array.from({ length: Math.min(n, partyIds.length) }, (_, k) => partyIds[(start + k) % partyIds.length]);

  // Security agreements with equivalence tables: each covers a group of neighbouring parties.
  const agreementSize = 4;
  const agreementCount = Math.ceil(partyIds.length / 2);
  for (let a = 0; a < agreementCount; a++) {
    const between = group(a * 2, agreementSize);
    add('securityAgreements', {
      id: `GSA${a + 1}`,
      title: `Agreement between ${between.map((p) => nameOf.get(p)).join(', ')} on the Mutual Protection of Classified Information`,
      between,
      upTo: 'SECRET',
      levels: levels.map(([level, k]) => ({ level, equals: between.map((p) => ({ party: p, marking: markings(p)[k] })) })),
      breachProcedure: wrap(
        'The Party that detects a compromise of Classified Information shall inform the Originating Party without delay, investigate the circumstances and report the outcome and the measures taken to prevent a recurrence.',
      ),
    });
  }

  add('assistance', {
    basis: ['budapest-35', 'budapest-29', 'mutual-legal-assistance'],
    preservationDays: 90,
    centralAuthorities: partyIds.map((p) => ({ party: p, authority: `Ministry of Justice of ${nameOf.get(p)}` })),
    under: 'European Convention on Mutual Assistance in Criminal Matters (1959)',
  });

  const bodyOf = (id: string, name: string, members: string[], months: number, chair: string, mandate: string) => add('bodies', { id, name, members, meets: { every: quantity(months, 'months') }, chair, mandate });
  bodyOf('Committee', 'Committee of the Parties', partyIds, 12, partyIds[0], 'review the operation of this Convention, facilitate the exchange of information on Significant Incidents and propose amendments');
  bodyOf('Network247', 'Network of 24/7 Points of Contact', partyIds, 3, partyIds[1], 'ensure the provision of immediate assistance for the investigation of Cross-Border Incidents and the preservation of Computer Data and Traffic Data');

  // The diplomatic channel: every party's policy and legal contacts.
  add('channels', {
    id: 'Diplomatic',
    between: partyIds,
    carries: ['threat-assessments', 'best-practice'],
    marking: 'TLP:GREEN',
    onwardSharing: { rule: 'community' },
    purpose: 'consultation of the Parties on the implementation of this Convention and on Significant Incidents of common concern',
    contacts: model.parties.flatMap((p) => p.contacts.filter((c) => c.id !== 'Duty').map((c) => `${p.id}.${c.id}`)),
    breachProcedure: 'the Receiving Party shall inform the Originating Party and the Committee of the Parties without delay',
  });

  for (const [term, meaning] of coreTerms) {
    add('definitions', { term, meaning });
  }

  // Chapters until the text is long enough: the last one ends within half a chapter of the
  // target, counting the final clauses that follow.
  const reserve = finalClauses.reduce((n, [id, heading, about, text]) => n + 1 + render('clauses', { id, heading, about, text: wrap(text) }).join('\n').split('\n').length, 0);
  const bodyStart = written;
  let chapter = 0;
  while (chapter === 0 || written + reserve + (written - bodyStart) / chapter / 2 < lines) {
    chapter++;
    // A new defined term every other chapter (about one per 200 lines, as in a heavily defined
    // convention); the next chapter uses it again.
    const termIndex = Math.floor((chapter - 1) / 2);
    const sector = sectors[termIndex % sectors.length];
    const subject = subjects[Math.floor(termIndex / sectors.length) % subjects.length];
    const round = Math.floor(termIndex / (sectors.length * subjects.length));
    const term = round === 0 ? `${sector} ${subject}` : `${sector} ${subject} of Tier ${round + 1}`;
    const scope = sectorScope(sector);
    if (chapter % 2 === 1) add('definitions', { term, meaning: `${subjectMeaning[subject]} ${scope}` });
    const tag = `C${chapter}`;
    const start = r.int(partyIds.length);

    // Two channels: one under TLP, one classified or carrying personal data.
    const members = group(start, 2 + r.int(4));
    const [tlp, onward] = r.pick(tlpRules);
    const channel: Channel = {
      id: `Intel${tag}`,
      between: members,
      carries: r.pick(carriesSets),
      marking: tlp,
      onwardSharing: { rule: onward },
      purpose: `${r.pick(purposes)}, in particular concerning the ${term}`,
      contacts: members.map((p) => `${p}.Duty`),
      breachProcedure: `the Receiving Party shall notify the Originating Party within 24 hours of an unauthorised disclosure and stop any further dissemination`,
    };
    add('channels', channel);
    // A classified channel between the members of one security agreement.
    const agreement = model.securityAgreements[chapter % model.securityAgreements.length];
    const classified: Channel = {
      id: `Secure${tag}`,
      between: agreement.between.slice(0, 2 + (chapter % 3)),
      carries: ['threat-assessments', 'classified', 'indicators'],
      classification: { level: r.pick(['RESTRICTED', 'CONFIDENTIAL', 'SECRET']), under: agreement.id },
      onwardSharing: { rule: 'with-consent' },
      purpose: `the exchange of Classified Information on threats to ${scope}`,
      contacts: agreement.between.slice(0, 2 + (chapter % 3)).map((p) => `${p}.Duty`),
      breachProcedure: `as set out in ${agreement.id}; the Parties concerned shall also inform the Committee of the Parties`,
    };
    add('channels', classified);

    // A protocol on each channel.
    for (const [via, on] of [
      [channel, 'high'],
      [classified, 'critical'],
    ] as [Channel, string][]) {
      const notified = via.between.slice(1);
      const severity = on === 'high' ? r.pick(severities) : on;
      // Deadlines run from a stated event, as NIS2 Art. 23(4) words them: the notification from
      // awareness, the final report from the notification.
      add('protocols', {
        id: `${via === channel ? 'Notify' : 'Alert'}${tag}`,
        when: [
          { key: 'severity', value: severity },
          { key: 'category', value: r.pick(categories) },
        ],
        notify: { parties: notified, within: quantity(24, 'hours'), start: 'awareness', via: via.id },
        reports: [
          { kind: 'interim', within: quantity(72, 'hours'), start: 'awareness', via: via.id },
          { kind: 'final', within: quantity(1, 'months'), start: 'notification' },
        ],
        escalate: { to: 'Committee', within: quantity(48, 'hours'), start: 'notification' },
        ...(severityMeaning[severity] ? { threshold: wrap(severityMeaning[severity](scope)) } : {}),
        content: `the Parties affected, the nature and source of the Incident, the systems of ${scope} affected, the indicators observed and the measures taken`,
        contacts: notified.map((p) => `${p}.Duty`),
      });
    }

    // An exercise every other chapter, cooperation every fifth.
    if (chapter % 2 === 0) {
      const led = group(start + 1, 3);
      add('exercises', {
        id: `Exercise${tag}`,
        cadence: r.chance(0.5) ? { every: quantity(r.pick([6, 12, 24]), 'months') } : r.pick(['annually', 'biennially']),
        ledBy: led[0],
        with: led.slice(1),
        scope: wrap(`a ${r.pick(['table-top', 'technical live-fire', 'communication', 'crisis-management'])} exercise for the ${term}: detection, notification through the channels of this Chapter and coordinated response to a Cross-Border Incident affecting ${scope}`),
        first: `20${28 + (chapter % 3)}-${String(1 + (chapter % 12)).padStart(2, '0')}-${String(1 + (chapter % 27)).padStart(2, '0')}`,
        contacts: [`${led[0]}.Duty`],
      });
    }
    if (chapter % 5 === 0) {
      const by = group(start + 2, 1);
      const forParties = group(start + 3, 2);
      const transfer = chapter % 10 === 0;
      add('cooperation', {
        type: transfer ? 'technology-transfer' : 'capacity-building',
        id: `${transfer ? 'Tools' : 'Training'}${tag}`,
        by,
        for: forParties,
        activities: transfer ? ['tool-sharing', 'joint-development'] : ['training', 'secondments'],
        description: wrap(
          `${nameOf.get(by[0])} shall offer places on its courses on the ${term} to personnel of ${forParties.map((p) => nameOf.get(p)).join(' and ')} and shall accept secondees in its national Coordination Centre for periods of up to six months.`,
        ),
        intellectualProperty: 'results developed jointly shall be owned jointly by the Parties concerned; course material remains the property of the providing Party',
      });
    }

    // Three to five articles of prose that use the chapter's term and the core terms.
    const articles = 3 + r.int(3);
    for (let k = 1; k <= articles; k++) {
      const count = 3 + r.int(4);
      const body = [];
      for (let s = 0; s < count; s++) body.push(r.pick(sentences)({ term, scope }));
      const heading = r.pick(headings).replace('{s}', sector.toLowerCase()).replace('{t}', term);
      const text = wrap(body.join(' '));
      add('clauses', { id: `Art${chapter}x${k}`, heading, about: k === 1 ? ['incident-notification'] : k === 2 ? ['confidentiality'] : ['purpose'], text });
    }
  }

  // The final clauses; the status of personnel only where personnel are seconded.
  const seconded = model.cooperation.some((c) => c.activities.includes('secondments'));
  for (const [id, heading, about, text] of finalClauses) {
    if (id !== 'StatusOfPersonnel' || seconded) add('clauses', { id, heading, about, text: wrap(text) });
  }
  documentOrder.set(model, order);
  return model;
}

// ── Entente ───────────────────────────────────────────────────────────────────────────────────

const q = (s: string) => JSON.stringify(s); // Entente strings escape like JSON (\" \\ \n \t \uXXXX)
const qty = (v: Quantity) => `${v.amount} ${v.unit}`;
/** A prose block: a string when it fits on one line, else an indented """ block. */
function prose(text: string, indent: number): string {
  if (!text.includes('\n')) return q(text);
  const pad = ' '.repeat(indent + 2);
  return `"""\n${text.split('\n').map((l) => pad + l).join('\n')}\n${' '.repeat(indent)}"""`;
}

type Item<C extends Collection> = C extends 'assistance' ? Assistance : Model[Exclude<C, 'assistance'>] extends (infer T)[] ? T : never;
const renderers: { [C in Collection]: (item: Item<C>) => string[] } = {
  parties: (p) => [
    `party ${p.id} ${q(p.name)} {`,
    `  kind ${p.kind}`,
    `  jurisdiction ${p.jurisdiction}`,
    `  represented by ${q(p.representedBy)}`,
    ...p.contacts.map((c) => `  contact ${c.id} ${q(c.name)} available ${c.availability} email ${q(c.email)}${c.phone ? ` phone ${q(c.phone)}` : ''}`),
    ...(p.regimes ? [`  regimes ${p.regimes.join(', ')}`] : []),
    '}',
  ],
  securityAgreements: (a) => [
    `security-agreement ${a.id} ${q(a.title)} between ${a.between.join(', ')} up to ${a.upTo} {`,
    ...a.levels.map((l) => `  level ${l.level} equals ${l.equals.map((e) => `${e.party} ${q(e.marking)}`).join(', ')}`),
    `  breach procedure ${prose(a.breachProcedure, 2)}`,
    '}',
  ],
  assistance: (a) => [
    'assistance {',
    `  basis ${a.basis.join(', ')}`,
    `  preservation for ${a.preservationDays} days`,
    ...a.centralAuthorities.map((c) => `  central authority ${c.party} ${q(c.authority)}`),
    `  under ${q(a.under)}`,
    '}',
  ],
  bodies: (b) => [`body ${b.id} ${q(b.name)} members ${b.members.join(', ')} meets every ${qty(b.meets.every)} chair ${b.chair} mandate ${q(b.mandate)}`],
  definitions: (d) => [`define ${q(d.term)} means ${q(d.meaning)}`],
  channels: (c) => [
    `channel ${c.id} between ${c.between.join(', ')} {`,
    `  carries ${c.carries.join(', ')}`,
    ...(c.marking ? [`  marking ${c.marking}`] : []),
    ...(c.classification ? [`  classification ${c.classification.level} under ${c.classification.under}`] : []),
    `  onward sharing ${c.onwardSharing.rule}${c.onwardSharing.to ? ` to ${c.onwardSharing.to.join(', ')}` : ''}`,
    `  purpose ${prose(c.purpose, 2)}`,
    `  contacts ${c.contacts.join(', ')}`,
    `  breach procedure ${prose(c.breachProcedure, 2)}`,
    '}',
  ],
  protocols: (p) => [
    `protocol ${p.id} {`,
    `  when ${p.when.map((w) => `${w.key} ${/^[A-Za-z][\w-]*$/.test(w.value) ? w.value : q(w.value)}`).join(', ')}`,
    `  notify ${p.notify.parties.join(', ')} within ${qty(p.notify.within)} of ${p.notify.start} via ${p.notify.via}`,
    ...p.reports.map((rep) => `  report ${rep.kind} within ${qty(rep.within)} of ${rep.start}${rep.via ? ` via ${rep.via}` : ''}`),
    `  escalate to ${p.escalate.to} within ${qty(p.escalate.within)} of ${p.escalate.start}`,
    ...(p.threshold ? [`  threshold ${prose(p.threshold, 2)}`] : []),
    `  content ${prose(p.content, 2)}`,
    `  contacts ${p.contacts.join(', ')}`,
    '}',
  ],
  exercises: (e) => {
    const cadence = typeof e.cadence === 'string' ? e.cadence : `every ${qty(e.cadence.every)}`;
    return [`exercise ${e.id} ${cadence} led by ${e.ledBy} with ${e.with.join(', ')} {`, `  scope ${prose(e.scope, 2)}`, `  first ${e.first}`, `  contacts ${e.contacts.join(', ')}`, '}'];
  },
  cooperation: (c) => {
    const [by, to] = c.type === 'technology-transfer' ? ['from', 'to'] : ['by', 'for'];
    return [
      `${c.type} ${c.id} ${by} ${c.by.join(', ')} ${to} ${c.for.join(', ')} {`,
      `  activities ${c.activities.join(', ')}`,
      `  description ${prose(c.description, 2)}`,
      `  intellectual property ${prose(c.intellectualProperty, 2)}`,
      '}',
    ];
  },
  clauses: (c) => [`clause ${c.id} ${q(c.heading)} about ${c.about.join(', ')} ${prose(c.text, 0)}`],
};

function render<C extends Collection>(collection: C, item: Item<C>): string[] {
  return (renderers[collection] as (item: Item<C>) => string[])(item);
}

function header(i: Header): string[] {
  const lang = i.languages;
  const s = i.signature;
  const e = i.effect;
  return [
    `${i.kind} ${q(i.title)} {`,
    `  status ${i.status}`,
    `  languages ${lang.languages.join(', ')}${lang.authenticity ? ` ${lang.authenticity}` : ''}${lang.prevailing ? ` prevailing ${lang.prevailing}` : ''}`,
    `  ${s.wording} at ${q(s.place)} on ${s.date}`,
    `  consent by ${i.consent.join(', ')}`,
    `  effect ${e.after ? `${qty(e.after)} ` : ''}after ${e.last ? 'last ' : ''}${e.event}${e.byParties ? ` by ${e.byParties} parties` : ''}`,
    `  duration ${i.duration}`,
    `  ${i.termination.wording} with notice of ${qty(i.termination.notice)}`,
    `  amendment by ${i.amendment.join(' ')}`,
    `  disputes by ${i.disputes.means.join(', ')}${i.disputes.forum ? ` ${q(i.disputes.forum)}` : ''}`,
    `  governing law ${i.governingLaw}`,
    `  depositary ${q(i.depositary)}`,
    `  registration ${i.registration}`,
    `  reservations ${q(i.reservations)}`,
    '}',
  ];
}

/** The instrument as Entente source, in document order (header, registers, then chapters). */
export function toEntente(model: Model): string {
  const out = [
    '// Generated by bench/generator.mjs: a multilateral convention for the benchmark. Same content as',
    '// the .yaml and .json files generated beside it.',
    ...header(model.instrument),
    '',
  ];
  let previousOneLiner: Collection | undefined;
  let first = true;
  for (const [collection, index] of documentOrder.get(model) ?? []) {
    const item = collection === 'assistance' ? model.assistance : model[collection][index];
    const text = render(collection, item as Item<typeof collection>).join('\n');
    // One-line declarations of a kind stay together; blocks get a blank line around them.
    const oneLiner = text.includes('\n') ? undefined : collection;
    if (!first && !(oneLiner && previousOneLiner === oneLiner)) out.push('');
    out.push(text);
    first = false;
    previousOneLiner = oneLiner;
  }
  return out.join('\n') + '\n';
}

// ── JSON and YAML ─────────────────────────────────────────────────────────────────────────────

export function toJson(model: Model): string {
  return JSON.stringify(model, null, 2) + '\n';
}

const plain = /^[A-Za-z][A-Za-z0-9 ,.()'/-]*$/;
const yamlReserved = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar(value: string | number | boolean, indent: number): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value.includes('\n')) return `|-\n${value.split('\n').map((l) => (l ? ' '.repeat(indent) + l : '')).join('\n')}`;
  if (plain.test(value) && !yamlReserved.test(value) && !value.endsWith(' ') && !/(: | #|,$)/.test(value)) return value;
  return JSON.stringify(value);
}

/** Block-style YAML, as a person writes it: mappings, `- ` sequences, `|-` blocks for prose. */
export function toYaml(model: Model): string {
  const out = ['# Generated by bench/generator.mjs: the benchmark convention as YAML (schema: instrument.schema.json).'];
  const emit = (value: unknown, indent: number, prefix: string): void => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value)) {
      if (value.length === 0 || value.every((v) => typeof v !== 'object')) {
        out.push(`${prefix}[${value.map((v) => yamlScalar(String(v), 0)).join(', ')}]`);
        return;
      }
      if (prefix.trim()) out.push(prefix.trimEnd());
      for (const item of value) emitObject(item as object, indent + 2, `${pad}- `);
      return;
    }
    if (typeof value === 'object' && value !== null) {
      if (prefix.trim()) out.push(prefix.trimEnd());
      emitObject(value, indent + 2, ' '.repeat(indent + 2));
      return;
    }
    out.push(`${prefix}${yamlScalar(value as string | number | boolean, indent + 2)}`);
  };
  const emitObject = (object: object, indent: number, firstPrefix: string): void => {
    let first = true;
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined) continue;
      const prefix = `${first ? firstPrefix : ' '.repeat(indent)}${key}: `;
      first = false;
      emit(value, indent, prefix);
    }
  };
  const { $schema: _schema, ...content } = model;
  emitObject(content, 0, '');
  return out.join('\n') + '\n';
}

/**
 * JSON of exactly `length` characters built from the model's own content: the compact JSON of
 * as many declarations as fit, with whitespace between top-level items (as a pretty printer
 * would put) making up the difference. The baseline of the core figures.
 */
export function sizeMatchedJson(model: Model, length: number): string {
  const items: string[] = [];
  const { $schema: _schema, ...content } = model;
  for (const [key, value] of Object.entries(content)) {
    if (Array.isArray(value)) for (const item of value) items.push(JSON.stringify({ [key]: item }));
    else if (value !== undefined) items.push(JSON.stringify({ [key]: value }));
  }
  // Repeat the content if the model's JSON is shorter than the source.
  const pool: string[] = [];
  let total = 2;
  for (let added = true; added; ) {
    added = false;
    for (const item of items) {
      if (total + item.length + 1 > length) continue;
      pool.push(item);
      total += item.length + 1;
      added = true;
    }
  }
  let json = `[${pool.join(',')}]`;
  let missing = length - json.length;
  if (missing < 0) throw new Error('sizeMatchedJson: could not fit');
  // Spread the padding as newlines and indentation between items.
  const gaps = pool.length;
  const per = Math.floor(missing / gaps);
  let extra = missing - per * gaps;
  const parts = pool.map((item) => {
    let pad = per;
    if (extra > 0) {
      pad++;
      extra--;
    }
    return (pad > 0 ? '\n' + ' '.repeat(pad - 1) : '') + item;
  });
  json = `[${parts.join(',')}]`;
  if (json.length !== length) throw new Error(`sizeMatchedJson: ${json.length} ≠ ${length}`);
  return json;
}

// ── Workspaces ────────────────────────────────────────────────────────────────────────────────

/**
 * A workspace of `count` files: `registry/partners.entente` (every partner's record and duty
 * contacts), `registry/agreements.entente` (security agreements with equivalence tables) and
 * bilateral instruments — memoranda, treaties and annexes — that `use` them. Returns
 * [{ path, text }]; `opened` names the file the benchmark opens (it uses only the partners
 * registry, so the same file also makes a two-file workspace with it).
 */
export interface WorkspaceFile {
  path: string;
  text: string;
}

export function generateWorkspace(count: number, { seed = 7 }: { seed?: number } = {}): { files: WorkspaceFile[]; opened: string } {
  const r = rng(seed);
  const files: WorkspaceFile[] = [];
  const partners = [
    '// Partner registry: one record per partner, `use`d by every instrument that names it.',
    '',
    ...states.flatMap(([code, short, formal, cert, domain, phone]) => [
      `party ${code} ${q(formal)} {`,
      '  kind state',
      `  jurisdiction ${code}`,
      `  represented by ${q(`Ministry of Foreign Affairs of ${short}`)}`,
      `  contact Duty ${q(`${cert} duty officer`)} available 24/7 email ${q(`duty@${domain}`)} phone ${q(`${phone} 600 ${1000 + r.int(9000)}`)}`,
      `  contact Policy ${q(`Cyber Diplomacy Department of ${short}`)} available office-hours email ${q(`cyber@mfa.${domain.split('.').pop()}`)}`,
      ...(euMembers.has(code) ? ['  regimes GDPR'] : []),
      '}',
      '',
    ]),
  ];
  files.push({ path: 'registry/partners.entente', text: partners.join('\n') });
  const agreements = ['// Security agreements between partners, with their classification equivalence tables.', '', 'use "partners.entente"', ''];
  for (let i = 0; i + 1 < states.length; i += 2) {
    const [a, b] = [states[i], states[i + 1]];
    agreements.push(
      `security-agreement GSA${a[0]}${b[0]} ${q(`Agreement between ${a[2]} and ${b[2]} on the Mutual Protection of Classified Information`)} between ${a[0]}, ${b[0]} up to SECRET {`,
      ...levels.map(([level, k]) => `  level ${level} equals ${a[0]} ${q(a[6][k])}, ${b[0]} ${q(b[6][k])}`),
      '  breach procedure "the Party that detects a compromise informs the originating Party without delay"',
      '}',
      '',
    );
  }
  files.push({ path: 'registry/agreements.entente', text: agreements.join('\n') });

  let n = 0;
  while (files.length < count) {
    n++;
    // Every third instrument is between the two partners of a security agreement and has a
    // classified channel under it (so it uses the agreements registry too).
    const classified = n % 3 === 0;
    const pair = 2 * ((n / 3) % Math.floor(states.length / 2));
    const a = classified ? states[pair] : states[r.int(states.length)];
    let b = classified ? states[pair + 1] : states[r.int(states.length)];
    if (b === a) b = states[(states.indexOf(a) + 1) % states.length];
    const name = `mou-${String(n).padStart(3, '0')}-${a[0].toLowerCase()}-${b[0].toLowerCase()}.entente`;
    files.push({ path: `instruments/${name}`, text: bilateralMou(a, b, r, n, classified ? `GSA${a[0]}${b[0]}` : undefined) });
    if (files.length < count && n % 4 === 0) {
      files.push({ path: `instruments/annex-${String(n).padStart(3, '0')}.entente`, text: annex(name, a, b, n) });
    }
  }
  return { files, opened: files[2].path };
}

function bilateralMou(a: State, b: State, r: ReturnType<typeof rng>, n: number, agreement?: string): string {
  const [A, B] = [a[0], b[0]];
  const out = [
    `memorandum ${q(`Memorandum of Understanding between ${a[3]} of ${a[1]} and ${b[3]} of ${b[1]} on Cyber Security Cooperation (${n})`)} {`,
    '  status non-binding',
    '  languages English equally-valid',
    `  signed at ${q(r.pick(['Tallinn', 'Brussels', 'Geneva', 'Vienna', 'Ottawa', 'Tokyo']))} on 2027-0${1 + (n % 9)}-1${n % 10}`,
    '  effect on signature',
    '  duration 5 years renewable for 5 years',
    '  discontinue with notice of 6 months',
    '  amendment by written decision',
    '  disputes by consultation',
    '}',
    '',
    'use "../registry/partners.entente"',
    ...(agreement ? ['use "../registry/agreements.entente"'] : []),
    '',
    `participant ${A}`,
    `participant ${B}`,
    '',
    'define "Incident" means "an event compromising the availability, authenticity, integrity or confidentiality of data or services"',
    '',
  ];
  const channels = 1 + r.int(3);
  for (let c = 1; c <= channels; c++) {
    const [tlp, onward] = r.pick(tlpRules);
    const severity = r.pick(severities);
    out.push(
      `channel Exchange${c} between ${A}, ${B} {`,
      `  carries ${r.pick(carriesSets).join(', ')}`,
      `  marking ${tlp}`,
      `  onward sharing ${onward}`,
      `  purpose ${q(r.pick(purposes).replace(/Significant Incidents|Cross-Border Incidents/g, 'Incidents').replace(/Parties/g, 'Participants'))}`,
      `  contacts ${A}.Duty, ${B}.Duty`,
      '  breach procedure "the receiving Participant informs the originating Participant without delay"',
      '}',
      '',
      `protocol Report${c} {`,
      `  when severity ${severity}, category ${q(r.pick(categories))}`,
      `  notify ${B} within 24 hours of awareness via Exchange${c}`,
      `  report final within 1 month of notification via Exchange${c}`,
      // The MoU defines no "Significant Incident": every severity is said in words.
      `  threshold ${q(severity === 'critical' ? 'an Incident that disrupts the services of both Participants at the same time, or that endangers human life or public safety' : 'an Incident that has caused or is capable of causing severe operational disruption of the services of either Participant, or considerable damage to others')}`,
      '  content "the nature of the Incident, the systems affected and the indicators observed"',
      `  contacts ${B}.Duty`,
      '}',
      '',
    );
  }
  if (agreement) {
    out.push(
      `channel Classified between ${A}, ${B} {`,
      '  carries threat-assessments, classified',
      `  classification CONFIDENTIAL under ${agreement}`,
      '  onward sharing with-consent',
      '  purpose "the exchange of classified threat assessments between the Participants"',
      `  contacts ${A}.Duty, ${B}.Duty`,
      `  breach procedure "as set out in ${agreement}"`,
      '}',
      '',
    );
  }
  out.push(
    `exercise Drill every 12 months led by ${A} with ${B} {`,
    '  scope "a communication drill testing the duty contacts of both Participants"',
    `  first 2028-0${1 + (n % 9)}-15`,
    '}',
    '',
    `body Steering "Joint Steering Group" members ${A}, ${B} meets every 6 months chair ${A} mandate "oversee the implementation of this Memorandum"`,
    '',
  );
  const clauses = 4 + r.int(8);
  for (let k = 1; k <= clauses; k++) {
    const text = wrap(`The Participants will cooperate on the prevention of and response to any Incident affecting ${r.pick(sectors).toLowerCase()} services, in accordance with their domestic law and within the limits of their available resources. `.repeat(2 + r.int(3)).trim());
    out.push(`clause Cooperation${k} "Cooperation ${k}" about purpose """`, ...text.split('\n').map((l) => `  ${l}`), '"""', '');
  }
  out.push(
    'clause Costs "Costs" about costs "Each Participant will bear its own costs."',
    'clause Liability "Claims" about liability "The Participants will settle any claim by consultation."',
    'clause Status "Status" about non-binding-status "This Memorandum is not legally binding and creates no rights or obligations under international law."',
    'clause Survival "Information after discontinuation" about survival "Information exchanged under this Memorandum will continue to be protected in accordance with its markings after this Memorandum is discontinued."',
    '',
  );
  return out.join('\n');
}

function annex(parent: string, a: State, b: State, n: number): string {
  return [
    `annex ${q(`Annex A to memorandum ${n}: exercise programme`)} of ${q(parent)} {`,
    '  status non-binding',
    '  effect on signature',
    '}',
    '',
    `exercise Annual${n} annually led by ${b[0]} with ${a[0]} {`,
    '  scope "a table-top exercise on the escalation of Incidents between the Participants"',
    '  first 2028-05-20',
    '}',
    '',
    `clause ExerciseCosts "Costs of exercises" about costs "The leading Participant will bear the costs of hosting each exercise."`,
    '',
  ].join('\n');
}

/** Entity counts of a model, to compare with what a parser found in its Entente text. */
export function countEntities(model: Model): Record<string, number> {
  return {
    parties: model.parties.length,
    securityAgreements: model.securityAgreements.length,
    channels: model.channels.length,
    protocols: model.protocols.length,
    exercises: model.exercises.length,
    cooperations: model.cooperation.length,
    bodies: model.bodies.length,
    definitions: model.definitions.length,
    clauses: model.clauses.length,
    assistance: model.assistance ? 1 : 0,
  };
}
