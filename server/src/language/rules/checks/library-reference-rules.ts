/**
 * References into the clause library: `clause X from library "id"` with an id the library lacks,
 * or a clause written for the other kind of instrument (its text is not in the file, so the
 * wording checks on prose never see it).
 */
import { closest, deleteDeclarationEdit, removalFixes, replacementFixes } from '../support/ordinary-helpers';
import { quoteInput } from '../../util/bounded-text';
import { defineRule, type CodeFix } from '../rule';

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
        report({ range: ref.range, message: `No clause library is loaded, so "${quoteInput(ref.value)}" cannot be found: configure the library folders, or write the clause text in place.` });
        continue;
      }
      const suggestions = closest(ref.value, ids);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
      report({
        range: ref.range,
        message: `The clause library has no clause "${quoteInput(ref.value)}": correct the id or write the text in place.${hint}`,
        // The edit replaces the whole string literal, quotes included.
        fixes: replacementFixes(ref.range, suggestions.map((s) => JSON.stringify(s)), (s) => `Change to ${s}`, JSON.stringify(ref.value)),
      });
    }
  },
});

const wordingName = { treaty: 'treaty', mou: 'MoU' } as const;

export const libraryClauseWording = defineRule({
  code: 'library-clause-wording',
  family: 'library',
  defaultSeverity: 'warning',
  message: 'Take the library clause written for this kind of instrument (treaty or MoU wording).',
  rationale:
    'Library clauses come in treaty wording ("The Parties shall…") and MoU wording ("The Participants will…"). A clause taken by reference is not written out in the file, so a treaty clause in a non-binding MoU (or an MoU clause, such as the statement of non-binding status, in a treaty) brings in exactly the mixed wording that makes the status ambiguous (CF01, CF04), unseen by the drafter and by the checks on the written prose. US guidance: "Ambiguity as to whether or not a document is legally binding should be avoided"; DFAT: terms such as "agreement", "agree" and "agreed" denote a treaty.',
  source: 'US Department of State, Guidance on Non-Binding Documents (read: archived state.gov, 2008); DFAT, Australia’s practice for concluding less-than-treaty status instruments (read: dfat.gov.au, language)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  status non-binding\n}\nclause Costs from library "costs/treaty"\n',
    fix: 'memorandum "MoU" {\n  status non-binding\n}\nclause Costs from library "costs/mou"\n',
  },
  check({ model, report }) {
    // Only where the status is known: guessing it would report clauses the drafter chose right.
    if (!model.legalNature) return;
    const wanted = model.wording;
    for (const clause of model.ast.clauses) {
      const ref = clause.libraryRef;
      const taken = ref && !clause.body ? model.library.get(ref.value) : undefined;
      if (!ref || !taken || taken.wording === wanted) continue;
      const fit = { kind: model.kind, multilateral: model.isMultilateral };
      const alternative = taken.topics
        .flatMap((topic) => model.library.forTopic(topic, wanted, fit))
        .find((c) => c.wording === wanted && c.status !== 'deprecated');
      // A statement that the instrument is not binding has no treaty counterpart: it goes.
      const statesNonBinding = wanted === 'treaty' && taken.topics.includes('non-binding-status');
      const instead = statesNonBinding
        ? ' It states that the instrument is not legally binding: remove it.'
        : alternative
          ? ` Take "${alternative.id}" instead.`
          : ' Write the clause in place in the right wording.';
      const fixes: CodeFix[] = statesNonBinding
        ? removalFixes(deleteDeclarationEdit(model, clause.range), 'Remove the clause stating that the instrument is not legally binding', { preferred: true })
        : alternative
          ? [{ title: `Take "${alternative.id}" instead (the clause in ${wordingName[wanted]} wording)`, edits: [{ range: ref.range, newText: JSON.stringify(alternative.id) }], effect: 'legal', preferred: true }]
          : [];
      report({
        range: ref.range,
        message: `"${taken.id}" is written in ${wordingName[taken.wording]} wording, but this instrument is ${wanted === 'treaty' ? 'a binding treaty' : 'a non-binding MoU'}.${instead}`,
        fixes,
      });
    }
  },
});

export const libraryReferenceRules = [unknownLibraryClause, libraryClauseWording];
