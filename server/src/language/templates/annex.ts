/**
 * An annex to an existing instrument: an exercise programme, in the parent's wording. The
 * exercise block states the exercise once (a library exercise clause would restate it and leave
 * the lead open where the block fixes it); the capacity-building clause adds the status of
 * seconded personnel, which the block cannot state.
 */
import type { Template } from './template-types';

export const annexTemplate: Template = {
  id: 'annex',
  title: 'Annex',
  description: "An annex to an instrument in another file (its parties and wording come from the parent): here an exercise and training programme.",
  fileName: 'annex.entente',
  placeholders: [
    { name: 'title', description: 'the title of the annex', sample: 'Annex A: Exercise and Training Programme' },
    { name: 'parent', description: 'the parent instrument file, relative to the annex', sample: 'memorandum.entente' },
    { name: 'leadId', slot: 'identifier', description: 'id of the party that leads the exercise (declared in the parent)', sample: 'EE' },
    { name: 'partnerId', slot: 'identifier', description: 'id of the other party (declared in the parent)', sample: 'FI' },
    { name: 'firstExercise', slot: 'date', description: 'date of the first exercise (YYYY-MM-DD)', sample: '2028-04-20' },
    { name: 'wording', description: 'the wording of the parent: mou (memorandum, arrangement) or treaty', sample: 'mou', default: 'mou' },
  ],
  text: `// {{title}}
annex "{{title}}" of "{{parent}}" {
}

exercise AnnualProgramme every 12 months led by {{leadId}} with {{partnerId}} {
  scope "incident-response exercise on the scenario chosen each year by the governance body of the parent instrument"
  first {{firstExercise}}
}

capacity-building Training by {{leadId}} for {{partnerId}} {
  activities training, secondments
  description "courses and secondments planned each year together with the exercise"
  intellectual property "course material remains with the providing side, which allows its use for training"
}

clause CapacityBuilding "Capacity building" from library "capacity-building/{{wording}}"
`,
};
