/** `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months` */
import type { GovernanceBody } from '../ast/nodes';
import { meetingTerms } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, text, type ConstructRow, type SlotTable } from './construct';

const slots = {
  'governanceBody.id': name('body'),
  'governanceBody.name': text('prose'),
  'bodyItem.members': reference('party'),
  'bodyItem.chair': reference('party'),
  'meeting.term': closed(meetingTerms, 'meeting'),
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
      meets: {
        starts: ['meets'],
        display: 'meets',
        docs: {
          meets:
            'How often the body meets: `meets every 6 months`, `meets annually`, `meets at least annually` ("not less than annually"), `meets as-agreed`, `meets on-request` ("at the request of either Party"), `meets periodically`; several, separated by commas.',
        },
      },
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
  render: {
    order: 60,
    articles: (bodies, r) =>
      bodies.map((b) => {
        const paragraphs = [`A ${b.name?.value ?? b.id?.text ?? 'body'} is established, composed of ${r.names(b.members)}.`];
        const ways = [
          ...(b.meets ? [`${b.meetsAtLeast ? 'at least ' : ''}${r.cadence(b.meets)}`] : []),
          ...b.meetingTerms.map((t) => (t.value === 'as-agreed' ? 'as agreed' : t.value === 'on-request' ? `at the request of any of the ${r.participants}` : t.value === 'periodically' ? 'periodically' : t.text)),
        ];
        if (ways.length > 0) paragraphs.push(`It ${r.will} meet ${r.list(ways).replace(/ and ([^,]*)$/, ' or $1')}.`);
        if (b.chair) paragraphs.push(`It ${r.will} be chaired by ${r.partyName(b.chair)}.`);
        if (b.mandate) paragraphs.push(`Mandate: ${r.sentence(b.mandate)}`);
        return { heading: b.name?.value ?? b.id?.text ?? 'Governance', paragraphs };
      }),
  },
  snippets: [
    {
      label: 'body',
      detail: 'governance body',
      body: 'body ${1:SteeringCommittee} "${2:Joint Steering Committee}" members ${3:EE}, ${4:FI} meets every ${5:6} months\n$0',
    },
  ],
} satisfies ConstructRow<GovernanceBody>;
