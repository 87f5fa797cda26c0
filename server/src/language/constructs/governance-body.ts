/** `body SteeringCommittee "Joint Steering Committee" members EE, FI meets every 6 months` */
import type { GovernanceBody } from '../ast/nodes';
import { meetingTerms } from '../ast/vocabulary';
import { isPluralName, namesPeople, withIndefiniteArticle } from './body-names';
import { oneArticleEach, closed, name, named, outlineNamed, reference, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';

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
            'How often the body meets: `meets every 6 months`, `meets annually`, `meets at least annually` ("not less than annually"), `meets in principle annually` ("in principle once a year"), `meets as-agreed`, `meets on-request` ("at the request of either Party"), `meets periodically`; several, separated by commas.',
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
  // A body is established by the parties themselves (no passive "is established"), named by its
  // name; its mandate is written as what it does.
  // Each body is an article of its own, which `§Id` cites (model/provision-names.ts).
  render: oneArticleEach(60, (b, r) => ({ heading: b.name ? r.heading(b.name) : 'Governance', paragraphs: bodyParagraphs(b, r), establishes: b.id ? [`body:${b.id.text}`] : [] })),
  snippets: [
    {
      label: 'body',
      detail: 'governance body',
      body: 'body ${1:SteeringCommittee} "${2:Joint Steering Committee}" members ${3:EE}, ${4:FI} meets every ${5:6} months\n$0',
    },
  ],
} satisfies ConstructRow<GovernanceBody>;

/**
 * How the parties bring the body about, by what its name says it is: a body is established
 * ("establish a Joint Steering Committee, composed of …"), people are designated ("designate
 * Agreement Managers, who shall be representatives of …"), talks are held ("hold staff talks
 * between representatives of …"). A plural name takes no "a".
 */
function bodyParagraphs(b: GovernanceBody, r: RenderContext): string[] {
  const name = r.bodyName(b.id);
  const members = b.members.length === 0 || r.isEveryone(b.members) ? `representatives of the ${r.participants}` : `representatives of ${r.names(b.members)}`;
  const talks = isTalks(name);
  const opening = talks
    ? `The ${r.participants} ${r.will} hold ${name} between ${members}.`
    : namesPeople(name)
      ? `The ${r.participants} ${r.will} designate ${withIndefiniteArticle(name)}, who ${r.will} be ${members}.`
      : `The ${r.participants} ${r.treaty ? 'hereby establish' : 'will establish'} ${withIndefiniteArticle(name)}, composed of ${members}.`;
  const paragraphs = [opening];
  const ways = [
    ...(b.meets ? [b.meetsAtLeast ? `at least once ${onceA(b.meets, r)}` : b.meetsInPrinciple ? `in principle once ${onceA(b.meets, r)}` : r.cadence(b.meets)] : []),
    ...b.meetingTerms.map((t) => meetingWords(t.value, r)),
  ];
  // `meets annually, on-request`: the ways are alternatives ("annually or at the request of …");
  // a minimum (`at least annually`) comes first, the other ways are meetings besides it.
  const minimum = b.meets && b.meetsAtLeast && ways.length > 1 ? `${ways[0]}, and otherwise ${alternatives(ways.slice(1))}` : alternatives(ways);
  const plural = isPluralName(name);
  if (ways.length > 0) paragraphs.push(talks ? `The ${name} ${r.will} be held ${minimum}.` : `The ${name} ${r.will} meet ${minimum}.`);
  if (b.chair) paragraphs.push(`The ${name} ${r.will} be chaired by ${plural ? 'a representative' : 'the representative'} of ${r.partyName(b.chair)}.`);
  if (b.mandate) paragraphs.push(`The ${name} ${r.will} ${r.phrase(b.mandate).replace(/^to\s+/i, '')}.`);
  return paragraphs;
}

/** A cadence after "once": "once a year", "once every six months". */
const onceA = (cadence: NonNullable<GovernanceBody['meets']>, r: RenderContext) => r.cadence(cadence).replace(/^every year$/, 'a year');

/** Talks, consultations and meetings are held, not established: "staff talks", "Annual Consultations". */
const isTalks = (name: string) => /\b(?:talks|consultations|meetings|dialogue)\b/i.test(name);

function meetingWords(term: string | undefined, r: RenderContext): string {
  switch (term) {
    case 'as-agreed':
      return 'as agreed';
    case 'on-request':
      return r.signatories === 2 ? `at the request of either ${r.participant}` : `at the request of any ${r.participant}`;
    case 'periodically':
      return 'periodically';
    default:
      return r.placeholder('when the body meets');
  }
}

const alternatives = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
