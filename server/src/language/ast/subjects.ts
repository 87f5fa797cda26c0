/**
 * The subjects a library clause may be written for. Most clauses (costs, amendment, disputes,
 * confidentiality) fit any instrument; some are written for one field of cooperation: their text
 * speaks of cyber incidents, CSIRTs, "networks and information systems", cyber exercises, or of
 * criminal investigations under the Convention on Cybercrime. Inserted in a customs, tax,
 * disaster-relief or defence-procurement treaty, such a clause adds a cooperation the parties
 * never agreed (quick-fix review, items 5, 7, 11, 12). A library entry says what it is written
 * for (`"subject"`), and a quick fix offers it only in an instrument about that subject.
 */
export const clauseSubjects = {
  'cyber-security':
    'Cooperation in cyber security: incident response, CSIRTs, the security of networks and information systems, cyber exercises, TLP-marked information.',
  'criminal-justice':
    'Cooperation in criminal investigations and proceedings: mutual legal assistance, the 24/7 network and the preservation of data under the Convention on Cybercrime (Arts. 25–35).',
} as const;

export type ClauseSubject = keyof typeof clauseSubjects;

export const subjectNames: readonly ClauseSubject[] = Object.keys(clauseSubjects) as ClauseSubject[];
