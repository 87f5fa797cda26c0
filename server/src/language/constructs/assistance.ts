/** `assistance { basis budapest-35 preservation for 90 days central authority EE "…" under "…" }` */
import type { Assistance } from '../ast/nodes';
import { outlineLeaf, reference, suggested, text, type ConstructRow, type SlotTable } from './construct';

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
  render: {
    order: 70,
    articles: (blocks, r) =>
      blocks.map((a) => {
        const paragraphs: string[] = [];
        if (a.basis.length > 0) paragraphs.push(`Assistance ${r.will} be provided on the basis of ${r.list(a.basis.map((n) => n.text))}.`);
        if (a.preservation) paragraphs.push(`Stored computer data ${r.will} be preserved for ${r.quantity(a.preservation)}.`);
        for (const authority of a.centralAuthorities) paragraphs.push(`The central authority of ${r.partyName(authority.party)} is ${authority.name?.value ?? '[authority]'}.`);
        if (a.mlaTreaty) paragraphs.push(`Requests are made under ${r.sentence(a.mlaTreaty)}`);
        return { heading: 'Mutual assistance', paragraphs };
      }),
  },
  snippets: [],
} satisfies ConstructRow<Assistance>;
