/**
 * Clause topics: what a clause is about, so missing-clause checks can ask "does the instrument
 * say anything on costs?". A clause covers a topic when it says so (`about costs`), when its
 * library entry says so, or when its id names the topic (`clause Costs`).
 */
export const clauseTopics = {
  'entry-into-force': 'How and when the instrument takes effect (MC01).',
  duration: 'How long the instrument lasts, or that it is indefinite (MC02).',
  termination: 'Termination, withdrawal or discontinuation, with notice (MC03).',
  amendment: 'How the instrument is amended (MC04).',
  disputes: 'How disputes between the Parties are settled (MC05); an investor–State clause is `investor-state-disputes`.',
  // Consent to arbitration between a Party and the other's nationals (ICSID) settles no dispute between the
  // Parties on the text: not counted as `disputes` by missing-dispute-settlement (NL–Singapore 1972, Art. XI; r105 D6).
  'investor-state-disputes': 'How disputes between a Party and investors or nationals of another are settled (ICSID, investor–State arbitration); not MC05.',
  depositary: 'The depositary of a multilateral treaty (MC06).',
  consent: 'Consent to be bound: signature, ratification, accession (MC07).',
  reservations: 'Whether and which reservations are permitted (MC08).',
  languages: 'Authentic or equally valid texts and which prevails (MC09).',
  registration: 'Registration under Art. 102 of the UN Charter (MC10).',
  'non-binding-status': 'A statement that the instrument is not legally binding (MC11).',
  'points-of-contact': 'Points of contact for each participant and channel (MC12).',
  'contact-24-7': 'A 24/7 point of contact with urgent capability (MC13).',
  'central-authority': 'A central authority for mutual legal assistance (MC14).',
  'mutual-assistance': 'Mutual assistance between the parties: requests, their channels and conditions (Budapest Convention Arts. 23–35).',
  'handling-marking': 'Handling markings (TLP or classification) (MC15).',
  'security-of-information': 'Protection of classified information under a security agreement (MC16).',
  'classification-equivalence': 'A table of equivalent classification levels (MC17).',
  'breach-procedure': 'What happens on compromise or breach of shared information (MC18).',
  'purpose-limitation': 'Purpose limitation and onward (third-party) release (MC19).',
  'transfer-safeguards': 'GDPR Art. 46 safeguards: data-subject rights and redress (MC20).',
  'incident-notification': 'Incident notification: trigger, deadline, content, channel (MC21).',
  costs: 'Who bears the costs (MC22).',
  liability: 'Claims and liability (MC23).',
  'intellectual-property': 'Intellectual property in joint results and shared tools (MC24).',
  exercises: 'Joint exercises: cadence, lead and scope (MC25).',
  governance: 'A governance or review body (MC26).',
  confidentiality: 'Confidentiality of information exchanged.',
  'data-protection': 'Protection of personal data.',
  'capacity-building': 'Training, secondments and other capacity building.',
  'technology-transfer': 'Transfer of tools and technology.',
  definitions: 'Defined terms.',
  purpose: 'The purpose and scope of cooperation.',
  'other-obligations': 'How the instrument relates to the parties\' other obligations: a savings or "without prejudice" clause (VCLT Art. 30).',
  'union-law': 'How Union law applies where an EU Member State concludes with a third country: competence, a disconnection clause.',
  'status-of-personnel': 'The status of personnel on another State\'s territory: the SOFA that applies, jurisdiction, privileges and immunities.',
  survival: 'Obligations that continue after termination: protection of information exchanged (VCLT Art. 70(1)).',
  'provisional-application': 'Provisional application pending entry into force, from when and how it ends: "This Agreement will be applied provisionally from the date of its signature" (VCLT Art. 25).',
  'territorial-application': 'The territories to which the instrument applies or may be extended: "shall apply to the European part of the Kingdom only"; silent, a treaty binds each party in respect of its entire territory (VCLT Art. 29).',
} as const;

export type ClauseTopic = keyof typeof clauseTopics;

export const topicNames: readonly ClauseTopic[] = Object.keys(clauseTopics) as ClauseTopic[];

/** `Costs`, `costs`, `Entry_into_force`, `EntryIntoForce` → a topic, if one matches. */
export function topicFromName(name: string): ClauseTopic | undefined {
  let topic = topicsByName.get(name);
  if (topic === undefined) {
    const kebab = name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/[_\s]+/g, '-')
      .toLowerCase();
    topic = topicSet.has(kebab) ? (kebab as ClauseTopic) : null;
    // Asked for every clause id on every analysis; the names of one session are few, but bounded all the same.
    if (topicsByName.size >= 10_000) topicsByName.clear();
    topicsByName.set(name, topic);
  }
  return topic ?? undefined;
}

const topicSet: ReadonlySet<string> = new Set(topicNames);
const topicsByName = new Map<string, ClauseTopic | null>();
