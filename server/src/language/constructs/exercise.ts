/** `exercise CyberShield every 12 months led by EE with FI { scope … first … contacts … }` */
import { withIndefiniteArticle } from './body-names';
import type { Exercise } from '../ast/nodes';
import { name, named, outlineNamed, reference, type ConstructRow, type RenderContext, type SlotTable } from './construct';
import { contactsStatement, sharedSlots } from './shared';
import { capitalise } from '../util/capitalise';

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
  // Every exercise in one article, a paragraph each: who leads, who takes part, how often, the
  // scope and the first date. An exercise's id is a working name, not part of the text. The only
  // exercise is the article, which `§Id` cites; one of several is a paragraph of a shared article,
  // no provision of its own (model/provision-names.ts, `sometimesPrintedKinds`).
  render: {
    order: 40,
    articles: (exercises, r) => {
      if (exercises.length === 0) return [];
      const only = exercises.length === 1 && exercises[0].id ? [`exercise:${exercises[0].id.text}`] : [];
      return [{ heading: exercises.length > 1 ? 'Joint exercises' : 'Joint exercise', paragraphs: exercises.map((x) => exerciseParagraph(x, r)), establishes: only }];
    },
  },
  snippets: [
    {
      label: 'exercise',
      detail: 'joint exercise',
      body: 'exercise ${1:Name} every ${2:12} months led by ${3:EE} with ${4:FI} {\n  scope "${5:table-top exercise}"\n  first ${6:2027-09-15}\n}\n$0',
    },
  ],
} satisfies ConstructRow<Exercise>;

function exerciseParagraph(x: Exercise, r: RenderContext): string {
  const everyoneElse = x.lead && r.signatories > 2 && r.isEveryone([x.lead, ...x.participants]);
  const others = everyoneElse ? ` with the participation of the other ${r.participants}` : x.participants.length > 0 ? ` with the participation of ${r.names(x.participants)}` : '';
  const lead = x.lead ? `${r.partyName(x.lead)} ${r.will} lead` : `The ${r.participants} ${r.will} hold`;
  const scope = x.scope ? ` ${scopeSentence(r.phrase(x.scope).replace(/^./, (c) => c.toLowerCase()), r)}` : '';
  const first = x.first ? ` The first exercise ${r.will} take place on ${r.date(x.first, 'date of the first exercise')}.` : '';
  return `${capitalise(lead)} a joint exercise ${r.cadence(x.cadence)}${others}.${scope}${first}`;
}

/** A scope that names the kind of exercise ("a table-top exercise for …", "a test of …"). */
const namesTheExercise = /^(?:(?:a|an|the)\s+)?(?:[\w/-]+\s+){0,5}?(?:exercise|drill|test|simulation|war-?game)\b/i;

/**
 * The scope as a sentence: what the exercise is ("The exercise will be a table-top exercise on
 * …", with "a" where the drafter wrote none) or what it covers ("The exercise will cover the
 * participation of …"); never "will cover a table-top exercise".
 */
function scopeSentence(scope: string, r: RenderContext): string {
  if (!namesTheExercise.test(scope)) return `The exercise ${r.will} cover ${scope}.`;
  return `The exercise ${r.will} be ${/^(?:a|an|the)\s/i.test(scope) ? scope : withIndefiniteArticle(scope)}.`;
}
