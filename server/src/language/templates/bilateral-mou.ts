/** A non-binding bilateral memorandum of understanding on cyber security cooperation. */
import { libraryCopy } from './library-copy';
import { estonia, finland, partyBlock, partyPlaceholders } from './party-placeholders';
import type { Template } from './template-types';

export const bilateralMou: Template = {
  id: 'bilateral-mou',
  title: 'Bilateral memorandum of understanding',
  description: 'A non-binding MoU between two states or agencies: information sharing under TLP, incident notification, exercises, a steering committee, and the usual MoU final paragraphs. Each subject is stated once: the channel states marking, onward sharing and purpose, the protocol states notification.',
  fileName: 'memorandum.entente',
  placeholders: [
    { name: 'title', description: 'the title of the memorandum', sample: 'Memorandum of Understanding between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Security' },
    { name: 'place', description: 'place of signature', sample: 'Tallinn' },
    { name: 'date', slot: 'date', description: 'date of signature (YYYY-MM-DD)', sample: '2027-03-01' },
    { name: 'language', slot: 'identifier', description: 'the second language of the texts (the first is English)', sample: 'Estonian' },
    { name: 'firstExercise', slot: 'date', description: 'date of the first joint exercise (YYYY-MM-DD)', sample: '2027-10-05' },
    ...partyPlaceholders(1, estonia),
    ...partyPlaceholders(2, finland),
  ],
  text: `// {{title}}
memorandum "{{title}}" {
  status non-binding
  languages English, {{language}} equally-valid prevailing English
  signed at "{{place}}" on {{date}}
  effect on signature
  duration 5 years renewable for 5 years
  discontinue with notice of 6 months
  amendment by written decision
}

${partyBlock(1, 'participant', 'state')}

${partyBlock(2, 'participant', 'state')}

define "Incident" means "an event compromising the availability, authenticity, integrity or confidentiality of stored, transmitted or processed data or of the services offered by, or accessible via, the network and information systems of a Participant"

channel ThreatIntel between {{party1Id}}, {{party2Id}} {
  carries indicators, vulnerabilities, incident-reports, best-practice
  marking TLP:AMBER
  onward sharing within-organisation
  purpose "protection of the networks and information systems of the Participants and response to any Incident affecting them"
  contacts {{party1Id}}.Duty, {{party2Id}}.Duty
  breach procedure "the receiving Participant will inform the originating Participant within 24 hours and stop any further dissemination"
}

protocol SignificantIncident {
  when severity high
  threshold "an incident that disrupts an essential service in the country of either Participant or affects the constituency of both"
  notify {{party1Id}}, {{party2Id}} within 24 hours of awareness via ThreatIntel
  report interim within 72 hours via ThreatIntel
  report final within 1 month via ThreatIntel
  escalate to SteeringCommittee within 48 hours
  content "the nature of the Incident, when it was detected, the systems affected, indicators of compromise and the measures taken"
}

exercise JointResponse every 12 months led by {{party1Id}} with {{party2Id}} {
  scope "table-top and technical incident-response exercise testing notification and information sharing"
  first {{firstExercise}}
}

body SteeringCommittee "Joint Steering Committee" members {{party1Id}}, {{party2Id}} meets every 6 months chair {{party1Id}} mandate "oversee the implementation of this Memorandum and approve the annual programme of work"

clause Purpose "Purpose and scope" from library "purpose/mou"
clause Status "Status of this Memorandum" from library "non-binding-status/mou"
clause Confidentiality "Confidentiality" from library "confidentiality/mou"
clause StatutoryReporting "Statutory reporting duties" about incident-notification """
  This Memorandum does not affect any duty of a Participant to notify incidents under its national law or under European Union law.
"""
${libraryCopy({ id: 'PointsOfContact', heading: 'Points of contact', ref: 'points-of-contact/mou', self: 'Memorandum' })}
clause Costs "Costs" from library "costs/mou"
clause Liability "Claims" from library "liability/mou"
clause Differences "Settlement of differences" from library "disputes/mou"
`,
};
