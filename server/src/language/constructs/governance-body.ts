/** `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months` */
import type { GovernanceBody } from '../ast/nodes';
import { name, named, outlineNamed, reference, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';

const slots = {
  'governanceBody.id': name('body'),
  'governanceBody.name': text('prose'),
  'bodyItem.members': reference('party'),
  'bodyItem.chair': reference('party'),
} as const satisfies SlotTable;

export const governanceBody = {
  rule: 'governanceBody',
  display: 'a governance body',
  starts: ['body'],
  docs: { body: 'Declares a governance body (steering committee, working group): its members, how often it meets, its chair and mandate.' },
  // A body has no braces: its statements follow its name.
  statements: {
    rule: 'bodyItem',
    rows: {
      members: { starts: ['members'], display: 'members', docs: { members: 'The parties that sit on the body.' } },
      meets: { starts: ['meets'], display: 'meets', docs: { meets: 'How often the body meets: `meets every 6 months`, `meets annually`.' } },
      chair: { starts: ['chair'], display: 'chair', docs: { chair: 'The party that chairs the body.' } },
      mandate: { starts: ['mandate'], display: 'mandate', docs: { mandate: 'What the body is for, in prose.' } },
    },
  },
  slots,
  declares: (b) => named('body', b),
  references: (b) => [
    [slots['bodyItem.members'], b.members],
    [slots['bodyItem.chair'], [b.chair]],
  ],
  prose: (b) => [b.mandate],
  outline: (b, o) => outlineNamed(o, 'body', b, b.name?.value),
  // A body is established by the parties themselves (no passive "is established"), named by its
  // name; its mandate is written as what it does.
  render: {
    order: 60,
    articles: (bodies, r) => bodies.map((b) => ({ heading: b.name ? r.phrase(b.name) : 'Governance', paragraphs: bodyParagraphs(b, r) })),
  },
  snippets: [
    {
      label: 'body',
      detail: 'governance body',
      body: 'body ${1:SteeringCommittee} "${2:Joint Steering Committee}" members ${3:EE}, ${4:FI} meets every ${5:6} months\n$0',
    },
  ],
} satisfies ConstructRow<GovernanceBody>;

function bodyParagraphs(b: GovernanceBody, r: RenderContext): string[] {
  const name = r.bodyName(b.id);
  const members = b.members.length === 0 || r.isEveryone(b.members) ? `representatives of the ${r.participants}` : `representatives of ${r.names(b.members)}`;
  const paragraphs = [`The ${r.participants} ${r.treaty ? 'hereby establish' : 'will establish'} ${article(name)} ${name}, composed of ${members}.`];
  if (b.meets) paragraphs.push(`The ${name} ${r.will} meet ${r.cadence(b.meets)}.`);
  if (b.chair) paragraphs.push(`The ${name} ${r.will} be chaired by the representative of ${r.partyName(b.chair)}.`);
  if (b.mandate) paragraphs.push(`The ${name} ${r.will} ${r.phrase(b.mandate).replace(/^to\s+/i, '')}.`);
  return paragraphs;
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');
