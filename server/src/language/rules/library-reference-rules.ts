/** References into the clause library: `clause X from library "id"` with an id the library lacks. */
import { closest, replacementFixes } from './ordinary-helpers';
import { defineRule } from './rule';

export const unknownLibraryClause = defineRule({
  code: 'unknown-library-clause',
  family: 'library',
  defaultSeverity: 'error',
  message: 'Correct the library id, or write the clause text in place.',
  rationale:
    'A clause taken from the library has no text of its own: with an id the library does not hold, the instrument silently lacks the clause, and every check that looks for its topic (costs, confidentiality…) treats it as missing.',
  source: 'Entente clause library',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'clause Costs from library "costs/no-such-clause"\n',
    fix: 'clause Costs about costs """\n  Each Participant will bear its own costs.\n"""\n',
  },
  check({ model, report }) {
    const ids = model.library.all().map((c) => c.id);
    for (const clause of model.ast.clauses) {
      const ref = clause.libraryRef;
      if (!ref || model.library.get(ref.value)) continue;
      if (ids.length === 0) {
        report({ range: ref.range, message: `No clause library is loaded, so "${ref.value}" cannot be found: configure the library folders, or write the clause text in place.` });
        continue;
      }
      const suggestions = closest(ref.value, ids);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
      report({
        range: ref.range,
        message: `The clause library has no clause "${ref.value}": correct the id or write the text in place.${hint}`,
        // The edit replaces the whole string literal, quotes included.
        fixes: replacementFixes(ref.range, suggestions.map((s) => JSON.stringify(s)), (s) => `Change to ${s}`),
      });
    }
  },
});

export const libraryReferenceRules = [unknownLibraryClause];
