/** A binding multilateral convention on cyber security cooperation, with a depositary. */
import { estonia, finland, latvia, partyBlock, partyPlaceholders } from './party-placeholders';
import type { Template } from './template-types';

export const multilateralTreaty: Template = {
  id: 'multilateral-treaty',
  title: 'Multilateral treaty',
  description: 'A binding convention among three or more states: ratification, entry into force after a number of ratifications, depositary, reservations, denunciation, a 24/7 network and a committee of the Parties.',
  fileName: 'convention.entente',
  placeholders: [
    { name: 'title', description: 'the title of the convention', sample: 'Baltic Convention on Cooperation in Cyber Security' },
    { name: 'place', description: 'place of adoption', sample: 'Riga' },
    { name: 'date', description: 'date of adoption (YYYY-MM-DD)', sample: '2027-09-01' },
    { name: 'depositary', description: 'the depositary', sample: 'Secretary-General of the Council of the Baltic Sea States' },
    { name: 'ratifications', description: 'how many ratifications bring it into force', sample: '3', default: '3' },
    ...partyPlaceholders(1, estonia),
    ...partyPlaceholders(2, finland),
    ...partyPlaceholders(3, latvia),
  ],
  text: `// {{title}}
treaty "{{title}}" {
  status binding
  languages English, French authentic
  done at "{{place}}" on {{date}}
  consent by signature, ratification, accession
  effect 30 days after ratification by {{ratifications}} parties
  duration indefinite
  denunciation with notice of 12 months
  amendment by ratification
  disputes by negotiation, arbitration
  governing law international
  depositary "{{depositary}}"
  registration article-102
  reservations none
}

${partyBlock(1, 'party', 'state')}

${partyBlock(2, 'party', 'state')}

${partyBlock(3, 'party', 'state')}

channel Network between {{party1Id}}, {{party2Id}}, {{party3Id}} {
  carries indicators, vulnerabilities, incident-reports
  marking TLP:GREEN
  onward sharing community
  purpose "prevention of, and response to, cyber incidents affecting the Parties"
  contacts {{party1Id}}.Duty, {{party2Id}}.Duty, {{party3Id}}.Duty
}

protocol CrossBorderIncident {
  when severity significant
  notify {{party1Id}}, {{party2Id}}, {{party3Id}} within 24 hours via Network
  report interim within 72 hours via Network
  report final within 1 month via Network
  escalate to Committee within 48 hours
  content "the nature of the incident, the Parties affected, indicators of compromise and the measures taken"
}

body Committee "Committee of the Parties" members {{party1Id}}, {{party2Id}}, {{party3Id}} meets every 12 months mandate "review the implementation of this Convention and consider proposals for its amendment"

clause Purpose "Purpose and scope" from library "purpose/treaty"
clause Contact247 "24/7 network" from library "contact-24-7/treaty"
clause PurposeLimitation "Limitation on use and transfer" from library "purpose-limitation/treaty"
clause IncidentNotification "Notification of incidents" from library "incident-notification/treaty"
clause Costs "Costs" from library "costs/treaty"
clause Amendment "Amendment" from library "amendment/treaty-multilateral"
clause Denunciation "Denunciation" from library "termination/treaty-denunciation"
`,
};
