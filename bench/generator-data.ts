// The benchmark generator's reference data and helpers: a seeded random source, the States with
// their CERTs and classification markings, sectors, defined terms, prose, and the final clauses.
import type { Quantity } from './generator-model';

// ── Deterministic randomness ──────────────────────────────────────────────────────────────────

export function rng(seed: number) {
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
export type State = [code: string, short: string, formal: string, cert: string, domain: string, phone: string, markings: string[]];
export const states: State[] = [
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
export const notBudapestParties = new Set(['IE', 'KE']);
export const euMembers = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
/** Levels in a security agreement's table, lowest first, and their index in a state's marking list. */
export const levels: [string, number][] = [
  ['RESTRICTED', 2],
  ['CONFIDENTIAL', 1],
  ['SECRET', 0],
];

export const sectors = ['Energy', 'Maritime', 'Financial', 'Health', 'Transport', 'Space', 'Water', 'Telecommunications', 'Electoral', 'Aviation', 'Railway', 'Nuclear', 'Satellite', 'Postal', 'Chemical', 'Research', 'Defence Industry', 'Cloud', 'Payment', 'Emergency Services'];
export const subjects = ['Incident Report', 'Coordination Centre', 'Response Team', 'Sector Authority', 'Liaison Officer', 'Early Warning', 'Risk Assessment', 'Supply Chain', 'Crisis Cell', 'Evidence Request', 'Vulnerability Register', 'Sensor Network', 'Recovery Plan', 'Audit Mission', 'Threat Picture', 'Operator', 'Trust Service', 'Data Space', 'Laboratory', 'Reserve'];
export const subjectMeaning: Record<string, string> = {
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
export const sectorScope = (sector: string) => `the ${sector.toLowerCase()} sector of one or more Parties`;

export const coreTerms: [string, string][] = [
  ['Incident', 'an event compromising the availability, authenticity, integrity or confidentiality of stored, transmitted or processed data or of the services offered by, or accessible via, network and information systems'],
  ['Significant Incident', 'an Incident that has caused or is capable of causing severe operational disruption of essential services or financial loss for the Party concerned, or that has affected or is capable of affecting other natural or legal persons by causing considerable material or non-material damage'],
  ['Cross-Border Incident', 'an Incident that affects, or is likely to affect, network and information systems in the territory of more than one Party'],
  ['Computer Data', 'any representation of facts, information or concepts in a form suitable for processing in a computer system, including a program suitable to cause a computer system to perform a function'],
  ['Traffic Data', 'any Computer Data relating to a communication by means of a computer system, indicating its origin, destination, route, time, date, size, duration or type of underlying service'],
  ['Classified Information', 'any information, regardless of its form, that bears a security classification marking of a Party under a Security Agreement listed in this Convention'],
  ['Originating Party', 'the Party that first provides information under this Convention'],
  ['Receiving Party', 'a Party to which information is provided under this Convention'],
  ['Competent Authority', 'the authority designated by a Party as responsible for the implementation of this Convention'],
];

export const purposes = [
  'network defence of the Parties and the protection of their essential services',
  'early warning of Significant Incidents and coordinated response to Cross-Border Incidents',
  'the prevention, detection and investigation of Incidents affecting the Parties',
  'the exchange of technical information needed to contain and remediate Incidents',
  'situational awareness of threats to the essential services of the Parties',
];
export const categories = ['ransomware', 'supply-chain compromise', 'denial of service', 'data exfiltration', 'attack on industrial control systems', 'espionage campaign', 'wiper malware', 'compromise of a trust service'];
export const severities = ['high', 'significant', 'critical'];
/**
 * What a severity means, in words (the test of NIS2 Art. 23(3) as a model), for the protocols it
 * triggers; `significant` needs none, the defined term "Significant Incident" says it.
 */
export const severityMeaning: Record<string, (scope: string) => string> = {
  high: (scope) => `an Incident that has caused or is capable of causing severe operational disruption of the essential services of ${scope}, or considerable material or non-material damage to other natural or legal persons`,
  critical: (scope) => `an Incident that disrupts essential services of ${scope} in more than one Party at the same time, or that endangers human life, public safety or national security`,
};
export const tlpRules: [string, string][] = [
  ['TLP:AMBER', 'with-clients'],
  ['TLP:AMBER+STRICT', 'within-organisation'],
  ['TLP:GREEN', 'community'],
  ['TLP:CLEAR', 'public'],
];
export const carriesSets = [
  ['indicators', 'vulnerabilities', 'incident-reports'],
  ['indicators', 'malware-samples'],
  ['threat-assessments', 'best-practice'],
  ['incident-reports', 'indicators', 'best-practice'],
  ['vulnerabilities', 'best-practice'],
];
export const sentences: ((c: { term: string; scope: string }) => string)[] = [
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
export const headings = ['Cooperation in the {s} sector', 'Information on the {t}', 'Obligations concerning the {t}', 'Review of the {t}', 'Protection of information concerning the {t}', 'Assistance in the {s} sector', 'Designation of points of contact for the {t}'];

/**
 * The final clauses: costs, liability, data protection, intellectual property, then what a
 * drafter adds because the body calls for it — how the Convention stands beside the Parties'
 * other agreements (Union law, the Budapest Convention, the security agreements: VCLT Art. 30),
 * that protected information stays protected after a denunciation (VCLT Art. 70(1); ESA 2002
 * Art. 12(2)), and, where personnel are seconded, their status on the host's territory (NATO SOFA
 * Art. II). [id, heading, about, text].
 */
export const finalClauses: [string, string, string[], string][] = [
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
export function wrap(text: string, width = 92): string {
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

export function quantity(amount: number, unit: string): Quantity {
  return { amount, unit: amount === 1 ? unit.replace(/s$/, '') : unit };
}

/** An Entente (and JSON) string literal: Entente strings escape like JSON (\" \\ \n \t \uXXXX). */
export const q = (s: string) => JSON.stringify(s);
