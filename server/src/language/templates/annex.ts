/**
 * An annex to an existing instrument: an exercise and training programme, in its parent's
 * wording. The exercise block states the exercise once (a library exercise clause would restate
 * it and leave the lead open where the block fixes it), and the capacity-building block the
 * training once: a library capacity-building clause beside it printed a second "Capacity
 * building" article (eighteenth red team, item 13). What the blocks cannot state, the status of
 * the seconded personnel, is a clause of its own, written in words that hold in a treaty's annex
 * and in an MoU's alike: this annex confers nothing, and a status-of-forces treaty or the host's
 * law governs (NL–Switzerland 2007 Art. VI(1); the NATO SOFA covers only armed services).
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
  intellectual property "course material remains the property of its provider and is used only for the training for which it was provided"
}

clause StatusOfPersonnel "Status of seconded personnel" about status-of-personnel """
  Personnel seconded under this Annex respect the law of the host State. This Annex confers no privileges or immunities on them: their status in the host State, including the exercise of criminal and civil jurisdiction over them, is governed by a treaty on the status of forces that covers them, where there is one, and otherwise by the law of the host State.
"""
`,
};
