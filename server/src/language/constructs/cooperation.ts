/** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
import type { Cooperation } from '../ast/nodes';
import { name, named, outlineNamed, reference, suggested, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'cooperation.id': name('cooperation'),
  'cooperation.providers': reference('party'),
  'cooperation.beneficiaries': reference('party'),
  'cooperationItem.activities': suggested(
    { training: 'Training courses.', secondments: 'Secondment of staff.', 'tool-sharing': 'Sharing of tools.', research: 'Joint research.', 'joint-development': 'Joint development.' },
    'activity',
  ),
  'cooperationItem.intellectualProperty': { kind: 'free', strings: 'prose' },
} as const satisfies SlotTable;

export const cooperation = {
  rule: 'cooperation',
  display: 'a cooperation block',
  starts: ['capacity-building', 'technology-transfer'],
  docs: {
    'capacity-building': 'Declares a capacity-building activity (training, secondments…) by some parties for others.',
    'technology-transfer': 'Declares a transfer of tools or technology from some parties to others, with the intellectual-property terms.',
  },
  statements: {
    rule: 'cooperationItem',
    rows: {
      activities: {
        starts: ['activities'],
        display: 'activities',
        docs: { activities: 'The activities of capacity building or technology transfer: training, secondments, tool-sharing…' },
      },
      description: { starts: ['description'], display: 'description', docs: { description: 'A description of the cooperation, in prose.' } },
      intellectual: {
        starts: ['intellectual'],
        display: 'intellectual property',
        docs: {
          intellectual: '`intellectual property …`: who owns results and tools produced or shared in the cooperation.',
          property: 'The intellectual-property terms.',
        },
      },
    },
  },
  slots,
  declares: (c) => named('cooperation', c),
  references: (c) => [
    [slots['cooperation.providers'], c.providers],
    [slots['cooperation.beneficiaries'], c.beneficiaries],
  ],
  // `intellectual property "…"` is prose the drafter writes; `intellectual property background-rules` is one word.
  prose: (c) => [c.description, c.intellectualProperty && 'value' in c.intellectualProperty ? c.intellectualProperty : undefined],
  outline: (c, o) => outlineNamed(o, 'cooperation', c, c.kind.text),
  render: {
    order: 50,
    articles: (cooperations, r) =>
      cooperations.map((c) => {
        const paragraphs = [
          `${r.names(c.providers)} ${r.will} provide ${c.kind.text.replace(/-/g, ' ')}${c.beneficiaries.length > 0 ? ` to ${r.names(c.beneficiaries)}` : ''}${c.activities.length > 0 ? `, including ${r.list(c.activities.map((a) => a.text.replace(/-/g, ' ')))}` : ''}.`,
        ];
        if (c.description) paragraphs.push(r.sentence(c.description));
        if (c.intellectualProperty) paragraphs.push(`Intellectual property: ${'value' in c.intellectualProperty ? r.sentence(c.intellectualProperty) : c.intellectualProperty.text}`);
        return { heading: `Cooperation (${c.id?.text ?? c.kind.text})`, paragraphs };
      }),
  },
  snippets: [],
} satisfies ConstructRow<Cooperation>;
