/**
 * Checks on clauses taken from the library. An unknown library id is the reference family's
 * business (`unknown-library-clause`); here: a copy that no longer says what was approved.
 */
import { approvedText, matchesApproved } from '../../library/clause-diff';
import { defineRule } from '../rule';

export const libraryClauseEdited = defineRule({
  code: 'library-clause-edited',
  family: 'library',
  defaultSeverity: 'hint',
  message: 'This copy departs from the approved library text: restore it, or have the change approved.',
  rationale:
    'A clause taken from the library carries its approval with it only while it says what was approved. An edited copy may be right, but a reviewer should see at a glance that it is no longer the approved text (hover shows the difference).',
  source: 'Entente clause library (team approval practice)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'clause Costs from library "costs/mou" """\n  Each Participant shall bear its own costs.\n"""\n',
    fix: 'clause Costs from library "costs/mou"\n',
  },
  check({ model, report }) {
    for (const clause of model.ast.clauses) {
      const ref = clause.libraryRef;
      const body = clause.body;
      if (!ref || !body) continue;
      const entry = model.library.get(ref.value);
      if (!entry || matchesApproved(entry, model, body.value)) continue;
      const approved = approvedText(entry, model);
      const indent = ' '.repeat(clause.range.start.character + 2);
      report({
        range: body.range,
        message: `This copy departs from the approved text of "${entry.id}" (version ${entry.version}): restore it, or have the change approved.`,
        related: [],
        fixes: [
          {
            title: `Use the approved text of "${entry.id}" from the library`,
            // Dropping the copy makes the clause follow the library, including later versions.
            edits: [{ range: { start: ref.range.end, end: body.range.end }, newText: '' }],
            effect: 'legal',
            preferred: true,
          },
          {
            title: 'Replace the edited copy with the approved text',
            effect: 'legal',
            edits: [{ range: body.range, newText: `"""\n${approved.split('\n').map((l) => (l ? indent + l : l)).join('\n')}\n${indent.slice(2)}"""` }],
          },
        ],
      });
    }
  },
});

export const libraryRules = [libraryClauseEdited];
