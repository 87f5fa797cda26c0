/** A technical arrangement between two national CERTs: operational, non-binding, TLP-based. */
import type { Template } from './template-types';
import { estonia, finland, partyBlock, partyPlaceholders } from './party-placeholders';

export const certArrangement: Template = {
  id: 'cert-arrangement',
  title: 'CERT-to-CERT technical arrangement',
  description: 'A non-binding technical arrangement between two national CERTs/CSIRTs: a TLP-marked sharing channel, incident notification, 24/7 contacts, a yearly exercise and consultation-only settlement of differences. Each subject is stated once: the channel states marking and onward sharing, the protocol states notification.',
  fileName: 'arrangement.entente',
  placeholders: [
    { name: 'title', description: 'the title of the arrangement', sample: 'Technical Arrangement between CERT-EE and NCSC-FI on Cyber Threat Information Sharing' },
    { name: 'place', description: 'place of signature', sample: 'Tallinn' },
    { name: 'date', slot: 'date', description: 'date of signature (YYYY-MM-DD)', sample: '2027-03-01' },
    { name: 'firstExercise', slot: 'date', description: 'date of the first joint exercise (YYYY-MM-DD)', sample: '2027-11-15' },
    ...partyPlaceholders(1, { ...estonia, name: 'Estonian Information System Authority (CERT-EE)', representative: 'Director General, Estonian Information System Authority' }),
    ...partyPlaceholders(2, { ...finland, name: 'National Cyber Security Centre Finland (NCSC-FI)', representative: 'Director, NCSC-FI' }),
  ],
  text: `// {{title}}
arrangement "{{title}}" {
  status non-binding
  languages English
  signed at "{{place}}" on {{date}}
  effect on signature
  duration 3 years renewable for 3 years
  discontinue with notice of 3 months
  amendment by written decision
}

${partyBlock(1, 'participant', 'national-cert')}

${partyBlock(2, 'participant', 'national-cert')}

channel ThreatIntel between {{party1Id}}, {{party2Id}} {
  carries indicators, vulnerabilities, incident-reports, malware-samples
  marking TLP:AMBER+STRICT
  onward sharing within-organisation
  purpose "detection of, and response to, cyber incidents in the constituencies of the Participants"
  contacts {{party1Id}}.Duty, {{party2Id}}.Duty
  breach procedure "the receiving Participant will inform the originating Participant within 24 hours and stop any further dissemination"
}

protocol Incident {
  when severity high
  threshold "an incident that disrupts an essential service in the country of either Participant or affects the constituency of both"
  notify {{party1Id}}, {{party2Id}} within 24 hours of awareness via ThreatIntel
  report final within 1 month via ThreatIntel
  content "indicators of compromise, affected systems, the assessed impact and the measures taken"
}

exercise CertDrill annually led by {{party1Id}} with {{party2Id}} {
  scope "technical exercise of information exchange and incident notification between the duty officers"
  first {{firstExercise}}
}

clause Status "Status of this Arrangement" from library "non-binding-status/mou"
clause Confidentiality "Confidentiality" from library "confidentiality/mou"
clause Costs "Costs" from library "costs/mou"
clause Liability "Claims" from library "liability/mou"
clause Differences "Settlement of differences" from library "disputes/mou"
`,
};
