/**
 * `designate central-authority notified to "…"` · `designate point-of-contact available 24/7` ·
 * `designate competent-authority NL "Minister of Defence" for Exchange`: an authority or point of
 * contact each party (or the one named) designates. Without a name the instrument imposes the
 * duty and the names come later by notification, as treaties do (Budapest Convention Arts. 27(2),
 * 35(1); NATO 1997 Art. 2); with a name the text makes the designation itself.
 */
import type { Designation } from '../ast/nodes';
import { availabilities, designationRoles } from '../ast/vocabulary';
import { closed, outlineLeaf, reference, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';
import { capitalise } from '../util/capitalise';

const slots = {
  'designation.role': closed(designationRoles, 'authority or point of contact'),
  'designation.party': reference('party'),
  'designation.name': text('plain'),
  'designation.hours': closed(availabilities, 'availability'),
  'designation.for': reference('channel'),
} as const satisfies SlotTable;

export const designation = {
  rule: 'designation',
  display: 'a designation',
  starts: ['designate'],
  docs: {
    designate:
      'An authority or point of contact to be designated: `designate central-authority` (each party shall designate one; names come later), `designate point-of-contact available 24/7`, `designate competent-authority NL "Minister of Defence"` (the designation made here), `for` the channels it serves, `notified to` whom.',
    notified: '`notified to "…"`: to whom each party makes its designation known (Budapest Convention Art. 27(2)(c): the Secretary General of the Council of Europe).',
  },
  statements: undefined,
  slots,
  declares: () => [],
  references: (d) => [
    [slots['designation.party'], [d.party]],
    [slots['designation.for'], d.for],
  ],
  prose: () => [],
  outline: (d, o) => outlineLeaf(o.sourceLine(d.range), 'Property', d.range, d.role?.range ?? d.range),
  render: { order: 65, articles: (designations, r) => (designations.length > 0 ? [{ heading: 'Designated authorities and points of contact', paragraphs: designations.map((d) => sentence(d, r)) }] : []) },
  snippets: [
    {
      label: 'designate',
      detail: 'duty to designate an authority',
      body: 'designate ${1|central-authority,point-of-contact,competent-authority,national-security-authority,designated-security-authority,responsible-authority,executive-agent,representative|}${2: notified to "${3:the depositary}"}\n$0',
    },
  ],
} satisfies ConstructRow<Designation>;

const roleWords: Readonly<Record<string, string>> = {
  'central-authority': 'a central authority',
  'point-of-contact': 'a point of contact',
  'competent-authority': 'a competent authority',
  'responsible-authority': 'a responsible authority',
  'national-security-authority': 'a National Security Authority',
  'designated-security-authority': 'a Designated Security Authority',
  'executive-agent': 'an Executive Agent',
  representative: 'representatives',
};

function sentence(d: Designation, r: RenderContext): string {
  const role = roleWords[d.role?.value ?? ''] ?? r.placeholder('role of the designated authority');
  const available = d.availability?.value === '24/7' ? ' available twenty-four hours a day, seven days a week' : '';
  // The channels it serves are cited by their articles, never by their identifiers.
  const serves = d.for.length > 0 ? ` for the exchange${d.for.length > 1 ? 's' : ''} of information referred to in ${r.list(d.for.map((c) => r.refer('channel', c)))}` : '';
  const notified = d.notifiedTo ? ` and ${r.will} notify it to ${r.phrase(d.notifiedTo)}` : '';
  if (d.party && d.name) return `${capitalise(r.partyName(d.party))} designates ${r.phrase(d.name)} as ${role.replace(/^an? /, '')}${available}${serves}${notified}.`;
  const who = d.party ? capitalise(r.partyName(d.party)) : `Each of the ${r.participants}`;
  return `${who} ${r.will} designate ${role}${available}${serves}${notified}.`;
}
