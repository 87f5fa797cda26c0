/**
 * A binding multilateral convention on cyber security cooperation, with a depositary. Its final
 * clauses are library clauses in multilateral wording (no "either Party", no "the other Party"),
 * each subject stated once; the header keeps only what the export does not print as a sentence
 * of its own (status, consent, languages and the testimonium).
 */
import { libraryCopy } from './library-copy';
import { estonia, finland, latvia, partyBlock, partyPlaceholders } from './party-placeholders';

/** The Convention calls itself so in its own text, whatever its title's later words. */
const self = 'Convention';
import type { Template } from './template-types';

export const multilateralTreaty: Template = {
  id: 'multilateral-treaty',
  title: 'Multilateral treaty',
  description:
    'A binding convention among three or more states: signature and ratification, acceptance or approval, accession on invitation, entry into force after a number of consents and for each later State, indefinite duration, depositary functions, no reservations, amendment, denunciation, arbitration with its procedure, registration, a round-the-clock incident-response network and a committee of the Parties.',
  fileName: 'convention.entente',
  placeholders: [
    { name: 'title', description: 'the title of the convention (its designation, e.g. "Convention", is the name it calls itself by)', sample: 'Baltic Convention on Cooperation in Cyber Security' },
    { name: 'place', description: 'place of adoption', sample: 'Riga' },
    { name: 'date', slot: 'date', description: 'date of adoption (YYYY-MM-DD)', sample: '2027-09-01' },
    { name: 'signatories', description: 'the States that may sign: the circle of the convention, not "all States" unless it is open worldwide', sample: 'the Republic of Estonia, the Republic of Finland and the Republic of Latvia' },
    { name: 'openingDate', description: 'the date from which the convention is open for signature, in words', sample: '1 September 2027' },
    { name: 'depositary', description: 'the depositary: a State, an international organisation or its chief administrative officer', sample: 'Government of the Republic of Latvia' },
    { name: 'consentsNeeded', description: 'the ordinal number of instruments of ratification, acceptance, approval or accession that brings it into force, in words', sample: 'third', default: 'third' },
    ...partyPlaceholders(1, estonia),
    ...partyPlaceholders(2, finland),
    ...partyPlaceholders(3, latvia),
  ],
  text: `// {{title}}
treaty "{{title}}" {
  status binding
  languages English, French authentic
  done at "{{place}}" on {{date}}
  consent by ratification, acceptance, approval, accession
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
  threshold "an incident that has caused or is capable of causing severe disruption of the services of a Party or considerable material or non-material damage to others"
  notify {{party1Id}}, {{party2Id}}, {{party3Id}} within 24 hours of awareness via Network
  report interim within 72 hours via Network
  report final within 1 month via Network
  escalate to Committee within 48 hours
  content "the nature of the incident, the Parties affected, indicators of compromise and the measures taken"
}

body Committee "Committee of the Parties" members {{party1Id}}, {{party2Id}}, {{party3Id}} meets every 12 months mandate "review the implementation of this Convention and consider proposals for its amendment"

clause Purpose "Purpose and scope" from library "purpose/treaty-multilateral"
clause Contact247 "Round-the-clock points of contact for incident response" from library "contact-24-7/treaty"
clause StatutoryReporting "Statutory reporting duties" about incident-notification """
  This Convention shall be without prejudice to the obligations of the Parties, and of entities under their jurisdiction, to notify incidents under their national law, the law of the European Union or other international agreements.
"""
clause Costs "Costs" from library "costs/treaty"
${libraryCopy({ id: 'Signature', heading: 'Signature and ratification', ref: 'consent/treaty-ratification', self, values: { signatories: '{{signatories}}', openingDate: '{{openingDate}}' } })}
clause Accession "Accession" from library "consent/treaty-accession"
${libraryCopy({ id: 'EntryIntoForce', heading: 'Entry into force', ref: 'entry-into-force/treaty-multilateral', self, values: { count: '{{consentsNeeded}}' } })}
clause Duration "Duration" from library "duration/treaty-indefinite"
clause Reservations "Reservations" from library "reservations/treaty-none"
${libraryCopy({ id: 'Amendment', heading: 'Amendment', ref: 'amendment/treaty-multilateral', self })}
${libraryCopy({ id: 'Denunciation', heading: 'Denunciation', ref: 'termination/treaty-denunciation', self })}
${libraryCopy({ id: 'Disputes', heading: 'Settlement of disputes', ref: 'disputes/treaty-multilateral', self })}
${libraryCopy({ id: 'Depositary', heading: 'Depositary', ref: 'depositary/treaty', self, values: { depositaryName: '{{depositary}}' } })}
clause Registration "Registration" from library "registration/treaty-multilateral"
`,
};
