/**
 * Checks on clauses taken from the library. An unknown library id is the reference family's
 * business (`unknown-library-clause`); here: a copy that no longer says what was approved,
 * because the drafter edited it, or because the library has since replaced the text it copies.
 */
import type { Clause } from '../../ast/nodes';
import { carriedValues, type CarriedValues } from '../../library/carry-values';
import { approvedText, matchesApproved } from '../../library/clause-diff';
import type { LibraryClause, SupersededText } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule, type CodeFix } from '../rule';

/** A written copy of a library clause, with its entry. */
interface Copy {
  readonly clause: Clause;
  readonly entry: LibraryClause;
  /** The earlier approved text the copy repeats, if it repeats one. */
  readonly superseded: SupersededText | undefined;
  /** For a superseded copy: the values it fills in, which its replacement must keep. */
  readonly carried: CarriedValues | undefined;
}

/** The copies that depart from the current approved text. */
function departingCopies(model: SemanticModel): Copy[] {
  const copies: Copy[] = [];
  for (const clause of model.ast.clauses) {
    const ref = clause.libraryRef;
    const body = clause.body;
    if (!ref || !body) continue;
    const entry = model.library.get(ref.value);
    if (!entry || matchesApproved(entry, model, body.value)) continue;
    const superseded = entry.superseded?.find((old) => matchesApproved({ ...entry, text: old.text }, model, body.value));
    copies.push({ clause, entry, superseded, carried: superseded && carriedValues(entry, superseded, model, body.value) });
  }
  return copies;
}

/**
 * Drop the copy (preferred: the clause then follows the library), or write the approved text in
 * its place. A superseded copy's filled values (its negotiated markings, the article it
 * implements) go over into the written text; the reference, which can hold no values, is then not
 * offered, and neither is offered where the current text has no place for one of them.
 */
function approvedTextFixes(model: SemanticModel, { clause, entry, superseded, carried }: Copy): CodeFix[] {
  if (carried && carried.lost.length > 0) return [];
  const ref = clause.libraryRef!;
  const body = clause.body!;
  const indent = ' '.repeat(clause.range.start.character + 2);
  const approved = approvedText(entry, model, carried?.values);
  const keepsValues = carried !== undefined && Object.keys(carried.values).length > 0;
  return [
    ...(keepsValues ? [] : [{
      title: `Use the approved text of "${entry.id}" from the library`,
      // Dropping the copy makes the clause follow the library, including later versions.
      edits: [{ range: { start: ref.range.end, end: body.range.end }, newText: '' }],
      effect: 'legal' as const,
      preferred: true,
    }]),
    {
      title: `Replace the ${superseded ? 'outdated' : 'edited'} copy with the approved text${keepsValues ? ', keeping the values it fills in' : ''}`,
      effect: 'legal',
      edits: [{ range: body.range, newText: `"""\n${approved.split('\n').map((l) => (l ? indent + l : l)).join('\n')}\n${indent.slice(2)}"""` }],
    },
  ];
}

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
    for (const copy of departingCopies(model)) {
      if (copy.superseded) continue;
      report({
        range: copy.clause.body!.range,
        message: `This copy departs from the approved text of "${copy.entry.id}" (version ${copy.entry.version}): restore it, or have the change approved.`,
        related: [],
        fixes: approvedTextFixes(model, copy),
      });
    }
  },
});

export const libraryClauseSuperseded = defineRule({
  code: 'library-clause-superseded',
  family: 'library',
  defaultSeverity: 'warning',
  message: 'This copy is an earlier approved text that the library has replaced: take the current text.',
  rationale:
    'A clause inserted with its text written out (as quick fixes insert it) keeps the words approved on that day. When the library replaces an approved text because it was wrong, a clause taken by reference follows the new text, but a written copy still says what was found wrong; it is no edit of the drafter\'s, so the reviewer is told which version it is and why it was replaced.',
  source: 'Entente clause library (versions of approved texts)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger:
      'memorandum "MoU" { status non-binding }\nclause Use from library "purpose-limitation/mou" """\n  1. Information received under this Memorandum will be used only for the protection of networks and information systems and for the prevention of, and response to, cyber incidents, and for no other purpose without the prior written consent of the originating Participant.\n  2. The receiving Participant will not pass information to any State, organisation or person other than the Participants, except as its handling marking permits or with the prior written consent of the originating Participant.\n  3. Where the law of the receiving Participant requires disclosure, that Participant will, where its law permits, inform the originating Participant in advance and will limit the disclosure to what the law requires.\n"""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Use from library "purpose-limitation/mou"\n',
  },
  check({ model, report }) {
    for (const copy of departingCopies(model)) {
      if (!copy.superseded) continue;
      report({
        range: copy.clause.body!.range,
        message: `This copy is the text of version ${copy.superseded.version} of "${copy.entry.id}", which version ${copy.entry.version} replaces: ${copy.superseded.reason} ${takeCurrent(copy.carried)}`,
        fixes: approvedTextFixes(model, copy),
      });
    }
  },
});

/** What the drafter is asked to do, given what the copy fills in that the current text must keep. */
function takeCurrent(carried: CarriedValues | undefined): string {
  if (carried && carried.lost.length > 0)
    return `Take the current text by hand: it has no place for what this copy fills in (${carried.lost.slice(0, 3).join(', ')}${carried.lost.length > 3 ? ' …' : ''}), so no replacement is offered, since it would drop those words.`;
  const kept = carried ? Object.values(carried.values) : [];
  if (kept.length > 0)
    return `Take the current text with the values this copy fills in (${kept.slice(0, 3).map((v) => `"${v}"`).join(', ')}${kept.length > 3 ? ' …' : ''}): written out, not by reference, which would leave them blank.`;
  return 'Take the current text.';
}

export const libraryRules = [libraryClauseEdited, libraryClauseSuperseded];
