/** `exercise CyberShield every 12 months led by EE with FI { scope … first … contacts … }` */
import type { Exercise } from '../ast/nodes';
import { name, named, outlineNamed, reference, type ConstructRow, type SlotTable } from './construct';
import { contactsStatement, sharedSlots } from './shared';

const slots = {
  'exercise.id': name('exercise'),
  'exercise.lead': reference('party'),
  'exercise.participants': reference('party'),
  'exerciseItem.first': { kind: 'date' },
} as const satisfies SlotTable;

export const exercise = {
  rule: 'exercise',
  display: 'an exercise',
  starts: ['exercise'],
  docs: {
    exercise: 'Declares a joint exercise: its cadence, lead party, other participants, scope and first occurrence.',
    led: '`led by EE`: the party that leads the exercise.',
  },
  statements: {
    rule: 'exerciseItem',
    rows: {
      scope: { starts: ['scope'], display: 'scope', docs: { scope: 'The scope of the exercise, in prose.' } },
      first: { starts: ['first'], display: 'first', docs: { first: 'The date of the first exercise; later ones follow the cadence.' } },
      contacts: contactsStatement,
    },
  },
  slots,
  declares: (x) => named('exercise', x),
  references: (x) => [
    [slots['exercise.lead'], [x.lead]],
    [slots['exercise.participants'], x.participants],
    [sharedSlots['qualifiedName.name'], x.contacts],
  ],
  prose: (x) => [x.scope],
  outline: (x, o) => outlineNamed(o, 'exercise', x),
  render: {
    order: 40,
    articles: (exercises, r) =>
      exercises.map((x) => {
        const led = x.lead ? `, led by ${r.partyName(x.lead)}` : '';
        const paragraphs = [`A joint exercise ${r.will} be held ${r.cadence(x.cadence)}${led}${x.participants.length > 0 ? ` with ${r.names(x.participants)}` : ''}.`];
        if (x.scope) paragraphs.push(`Scope: ${r.sentence(x.scope)}`);
        if (x.first?.valid) paragraphs.push(`The first exercise ${r.will} take place on ${r.date(x.first)}.`);
        return { heading: `Exercises (${x.id?.text ?? 'exercise'})`, paragraphs };
      }),
  },
  snippets: [
    {
      label: 'exercise',
      detail: 'joint exercise',
      body: 'exercise ${1:Name} every ${2:12} months led by ${3:EE} with ${4:FI} {\n  scope "${5:table-top exercise}"\n  first ${6:2027-09-15}\n}\n$0',
    },
  ],
} satisfies ConstructRow<Exercise>;
