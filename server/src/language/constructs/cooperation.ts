/** `capacity-building Training by EE for FI { … }` · `technology-transfer Tools from EE to FI { … }` */
import type { Cooperation } from '../ast/nodes';
import { oneArticleEach, name, named, outlineNamed, reference, suggested, type ConstructRow, type RenderContext, type SlotTable } from './construct';

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
  // Who provides what to whom, the description, and the intellectual-property terms as a sentence.
  render: oneArticleEach(50, (c, r) => ({ heading: c.kind.value === 'technology-transfer' ? 'Transfer of technology' : 'Capacity building', paragraphs: cooperationParagraphs(c, r) })),
  snippets: [],
} satisfies ConstructRow<Cooperation>;

const activityWords: Readonly<Record<string, string>> = {
  training: 'training',
  secondments: 'secondments of personnel',
  'tool-sharing': 'the sharing of tools',
  research: 'joint research',
  'joint-development': 'joint development',
  workshops: 'workshops',
  standards: 'work on standards',
};

function cooperationParagraphs(c: Cooperation, r: RenderContext): string[] {
  const transfer = c.kind.value === 'technology-transfer';
  const providers = c.providers.length === 0 ? r.placeholder(`providing ${r.participants}`) : r.isEveryone(c.providers) ? `The ${r.participants}` : r.names(c.providers);
  const subject = providers.charAt(0).toUpperCase() + providers.slice(1);
  const what = transfer ? 'make tools and technology available' : 'provide capacity building';
  // Everyone to everyone is mutual: "to one another", never "The Parties … to the Parties".
  const mutual = r.isEveryone(c.providers) && r.isEveryone(c.beneficiaries);
  const to = mutual ? ` to ${r.signatories === 2 ? 'each other' : 'one another'}` : c.beneficiaries.length > 0 ? ` to ${r.names(c.beneficiaries)}` : providers === `The ${r.participants}` ? ' jointly' : '';
  // Activities are how the help is given, not things made available: "through training and secondments".
  const activities = c.activities.length > 0 ? ` through ${r.list(c.activities.map((a) => activityWords[a.text] ?? a.text.replace(/-/g, ' ')))}` : '';
  // A description that states the undertaking with its own modal verb ("each Government may second
  // one liaison officer …") is the provision, in the drafter's modality: no generated "shall
  // provide" sentence beside it turns a permission into an obligation (export review 3, item 5).
  const own = c.description !== undefined && statesUndertaking(r.phrase(c.description).split(';')[0]);
  const paragraphs = own ? [] : [`${subject} ${r.will} ${what}${to}${activities}.`];
  // A description written as a sentence stands as written; one written as a subject ("joint
  // research on …") is what the cooperation covers, not a sentence without a verb.
  if (c.description) paragraphs.push(hasVerb(r.phrase(c.description).split(';')[0]) ? r.sentence(c.description) : `This cooperation ${r.will} cover ${r.phrase(c.description)}.`);
  const ip = c.intellectualProperty;
  if (ip && 'value' in ip) {
    const terms = r.phrase(ip);
    paragraphs.push(
      /^to be\s/i.test(terms)
        ? `Intellectual property rights ${r.will} be ${terms.replace(/^to be\s+/i, '')}.`
        : /^(?:as\s|in accordance with\b|under\b|subject to\b)/i.test(terms)
          ? `Intellectual property ${r.will} be dealt with ${terms}.`
          : `As regards intellectual property, ${terms}.`,
    );
  } else if (ip) paragraphs.push(`Intellectual property ${r.will} be dealt with under ${ip.text.replace(/-/g, ' ')}.`);
  return paragraphs;
}

/** Whether prose says who does what with a modal of its own: "each Party may second …", "NCSC-FI will train …". */
function statesUndertaking(text: string): boolean {
  return /\b(?:may|shall|will|must)\s+(?:not\s+)?\w+/i.test(text);
}

/** Whether prose is a sentence (it has a finite verb of the kinds instruments use) rather than a noun phrase. */
function hasVerb(text: string): boolean {
  return /\b(?:will|shall|may|must|can|should|is|are|was|were|has|have|remains?|keeps?|includes?|covers?|provides?|offers?|accepts?|agrees?|undertakes?)\b/i.test(text);
}
