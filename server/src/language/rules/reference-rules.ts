/** Ordinary checks of a language: references that resolve to nothing. */
import { referenceKindNames } from '../model/symbols';
import { defineRule } from './rule';


export const unknownReference = defineRule({
  code: 'unknown-reference',
  family: 'reference',
  defaultSeverity: 'error',
  message: 'Declare what this name refers to, or correct the name.',
  rationale:
    'A channel, protocol, exercise or body that names a party, channel, agreement or body that is declared nowhere is meaningless: nobody can tell who is bound or what is covered.',
  source: 'Entente language reference (linking)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, SE\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\n',
  },
  check({ model, report }) {
    for (const ref of model.references) {
      if (ref.target || ref.kind === 'file' || ref.kind === 'library-clause' || ref.kind === 'term') continue;
      const visible = model.visible(ref.kind === 'contact' ? 'contact' : ref.kind).map((s) => s.name);
      const hint = visible.length > 0 ? ` Known: ${visible.slice(0, 6).join(', ')}${visible.length > 6 ? ', …' : ''}.` : '';
      report({ range: ref.range, message: `Unknown ${referenceKindNames[ref.kind]} '${ref.name}': declare it or correct the name.${hint}` });
    }
  },
});

export const referenceRules = [unknownReference];
