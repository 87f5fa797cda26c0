/** A binding bilateral agreement on cyber security cooperation, with classified exchange. */
import { libraryCopy } from './library-copy';
import { estonia, finland, partyBlock, partyPlaceholders } from './party-placeholders';
import type { Template } from './template-types';

export const bilateralTreaty: Template = {
  id: 'bilateral-treaty',
  title: 'Bilateral treaty',
  description: 'A binding agreement between two states: consent by notification of completed internal procedures, classified exchange under a security agreement in force, incident notification, exercises, a joint committee, and treaty final clauses. Each subject is stated once: the channels state marking, onward sharing and purpose, the protocol states notification, the security agreement states classified protection.',
  fileName: 'agreement.entente',
  placeholders: [
    { name: 'title', description: 'the title of the agreement', sample: 'Agreement between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Security' },
    { name: 'place', description: 'place of signature', sample: 'Helsinki' },
    { name: 'date', slot: 'date', description: 'date of signature (YYYY-MM-DD)', sample: '2027-06-14' },
    { name: 'language1', slot: 'identifier', description: "the first Party's language", sample: 'Estonian' },
    { name: 'language2', slot: 'identifier', description: "the second Party's language", sample: 'Finnish' },
    { name: 'securityAgreement', description: 'the title of the security agreement in force between the Parties', sample: 'Agreement between the Republic of Estonia and the Republic of Finland on the Mutual Protection of Classified Information' },
    { name: 'party1Secret', description: "the first Party's national marking equivalent to SECRET", sample: 'SALAJANE' },
    { name: 'party2Secret', description: "the second Party's national marking equivalent to SECRET", sample: 'SALAINEN' },
    { name: 'party1Confidential', description: "the first Party's marking equivalent to CONFIDENTIAL", sample: 'KONFIDENTSIAALNE' },
    { name: 'party2Confidential', description: "the second Party's marking equivalent to CONFIDENTIAL", sample: 'LUOTTAMUKSELLINEN' },
    { name: 'party1Restricted', description: "the first Party's marking equivalent to RESTRICTED", sample: 'PIIRATUD' },
    { name: 'party2Restricted', description: "the second Party's marking equivalent to RESTRICTED", sample: 'KÄYTTÖ RAJOITETTU' },
    { name: 'firstExercise', slot: 'date', description: 'date of the first joint exercise (YYYY-MM-DD)', sample: '2028-05-10' },
    ...partyPlaceholders(1, estonia),
    ...partyPlaceholders(2, finland),
  ],
  text: `// {{title}}
treaty "{{title}}" {
  status binding
  languages {{language1}}, {{language2}}, English authentic prevailing English
  done at "{{place}}" on {{date}}
  consent by notification
  effect 30 days after last notification
  duration indefinite
  termination with notice of 6 months
  disputes by negotiation
}

${partyBlock(1, 'party', 'state')}

${partyBlock(2, 'party', 'state')}

security-agreement GSA "{{securityAgreement}}" between {{party1Id}}, {{party2Id}} up to SECRET {
  concluded
  level RESTRICTED equals {{party1Id}} "{{party1Restricted}}", {{party2Id}} "{{party2Restricted}}"
  level CONFIDENTIAL equals {{party1Id}} "{{party1Confidential}}", {{party2Id}} "{{party2Confidential}}"
  level SECRET equals {{party1Id}} "{{party1Secret}}", {{party2Id}} "{{party2Secret}}"
  breach procedure "the receiving Party shall inform the originating Party without delay, investigate the circumstances and report the outcome and the measures taken"
}

define "Classified Information" means "any information, in any form, that bears a security classification marking of either Party and is exchanged under this Agreement"

channel DefenceIntel between {{party1Id}}, {{party2Id}} {
  carries threat-assessments, classified
  classification SECRET under GSA
  onward sharing with-written-consent
  purpose "cyber defence of the Parties, including the protection of Classified Information"
  contacts {{party1Id}}.Duty, {{party2Id}}.Duty
  breach procedure "as set out in the security agreement between the Parties"
}

channel Situational between {{party1Id}}, {{party2Id}} {
  carries indicators, vulnerabilities, incident-reports, best-practice
  marking TLP:AMBER
  onward sharing within-organisation
  purpose "early warning and coordinated response to cyber incidents affecting either Party"
  contacts {{party1Id}}.Duty, {{party2Id}}.Duty
  breach procedure "the receiving Party shall notify the originating Party within 24 hours and stop any further dissemination"
}

protocol SignificantIncident {
  when severity significant
  threshold "an incident that has caused or is capable of causing severe disruption of the services of a Party or considerable material or non-material damage to others"
  notify {{party1Id}}, {{party2Id}} within 24 hours of awareness via Situational
  report interim within 72 hours via Situational
  report final within 1 month via Situational
  escalate to JointCommittee within 48 hours
  content "the nature of the incident, the time of its detection, the systems affected, indicators of compromise and the measures taken"
}

exercise JointDefence every 12 months led by {{party1Id}} with {{party2Id}} {
  scope "technical and procedural exercise of incident response, including the exchange of Classified Information"
  first {{firstExercise}}
}

body JointCommittee "Joint Committee" members {{party1Id}}, {{party2Id}} meets every 12 months chair {{party1Id}} mandate "review the implementation of this Agreement and consider proposals for its amendment"

clause Purpose "Purpose and scope" from library "purpose/treaty"
clause StatutoryReporting "Statutory reporting duties" about incident-notification """
  This Agreement shall be without prejudice to the obligations of the Parties, and of entities under their jurisdiction, to notify incidents under their national law, the law of the European Union or other international agreements.
"""
${libraryCopy({ id: 'PointsOfContact', heading: 'Competent authorities and points of contact', ref: 'points-of-contact/treaty', self: 'Agreement' })}
clause Confidentiality "Confidentiality" from library "confidentiality/treaty"
clause Costs "Costs" from library "costs/treaty"
clause Liability "Claims and liability" from library "liability/treaty"
clause Consent "Consent to be bound" from library "consent/treaty"
clause Amendment "Amendment" from library "amendment/treaty"
clause Registration "Registration" from library "registration/treaty"
`,
};
