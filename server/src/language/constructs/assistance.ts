/** `assistance { basis budapest-35 preservation for 90 days central authority EE "…" under "…" }` */
import type { Assistance } from '../ast/nodes';
import { oneArticleEach, outlineLeaf, reference, suggested, text, unnamedProvisionKey, type ConstructRow, type RenderContext, type SlotTable } from './construct';
import { withThe } from '../util/with-the';

const slots = {
  'assistanceItem.basis': suggested(
    {
      'budapest-35': 'Budapest Convention Art. 35: the 24/7 network.',
      'budapest-29': 'Budapest Convention Art. 29: expedited preservation of stored data.',
      'mutual-legal-assistance': 'Mutual legal assistance under a treaty.',
      'urgent-assistance': 'Urgent assistance.',
    },
    'basis',
  ),
  'assistanceItem.authorityParty': reference('party'),
  'assistanceItem.authorityName': text('prose'),
  'assistanceItem.mlaTreaty': text('prose'),
} as const satisfies SlotTable;

export const assistance = {
  rule: 'assistance',
  display: 'an assistance block',
  starts: ['assistance'],
  docs: {
    assistance: 'Budapest-style cooperation between law-enforcement authorities: the legal basis, data preservation, the central authority and the mutual-legal-assistance treaty.',
  },
  statements: {
    rule: 'assistanceItem',
    rows: {
      basis: {
        starts: ['basis'],
        display: 'basis',
        docs: { basis: 'The legal basis of assistance: budapest-35 (24/7 network), budapest-29 (preservation), mutual-legal-assistance…' },
      },
      preservation: {
        starts: ['preservation'],
        display: 'preservation',
        docs: { preservation: 'How long data is preserved on request: `preservation for 90 days` (Budapest Convention Art. 29 asks for at least 60).' },
      },
      central: {
        starts: ['central'],
        display: 'central authority',
        docs: {
          central: '`central authority EE "…"`: the authority that sends and answers requests for mutual legal assistance.',
          authority: 'The central authority for mutual legal assistance.',
        },
      },
      // `under` is documented in shared.ts: a channel uses it too.
      under: { starts: ['under'], display: 'under', docs: {} },
    },
  },
  slots,
  declares: () => [],
  references: (a) => [[slots['assistanceItem.authorityParty'], a.centralAuthorities.map((c) => c.party)]],
  prose: () => [],
  outline: (a) => outlineLeaf('assistance', 'Object', a.range),
  // The legal basis in words (never `budapest-35`), preservation, central authorities, the MLA treaty.
  // The one block is cited as `§assistance`; among several, the name would not say which.
  render: oneArticleEach(70, (a, r, siblings) => ({ heading: 'Mutual assistance', paragraphs: assistanceParagraphs(a, r), establishes: siblings === 1 ? [unnamedProvisionKey('Assistance')] : [] })),
  snippets: [],
} satisfies ConstructRow<Assistance>;

const basisWords: Readonly<Record<string, string>> = {
  'budapest-35': 'the network of points of contact available 24 hours a day, seven days a week, provided for in Article 35 of the Convention on Cybercrime (ETS No. 185)',
  'budapest-29': 'the expedited preservation of stored computer data provided for in Article 29 of the Convention on Cybercrime (ETS No. 185)',
  'mutual-legal-assistance': 'mutual legal assistance in criminal matters',
  'urgent-assistance': 'urgent assistance',
};

function assistanceParagraphs(a: Assistance, r: RenderContext): string[] {
  const paragraphs: string[] = [];
  if (a.basis.length > 0) paragraphs.push(`The ${r.participants} ${r.will} afford one another assistance through ${r.list(a.basis.map((n) => basisWords[n.text] ?? n.text.replace(/-/g, ' ')))}.`);
  if (a.preservation) paragraphs.push(`Stored computer data preserved at the request of another ${r.participant} ${r.will} be preserved for a period of not less than ${r.quantity(a.preservation)}.`);
  for (const authority of a.centralAuthorities) paragraphs.push(`The central authority of ${r.partyName(authority.party)} is ${authority.name ? withThe(r.phrase(authority.name)) : r.placeholder('name of the central authority')}.`);
  if (a.mlaTreaty) paragraphs.push(`Requests for mutual legal assistance ${r.will} be made under ${withThe(r.phrase(a.mlaTreaty))}.`);
  return paragraphs;
}

