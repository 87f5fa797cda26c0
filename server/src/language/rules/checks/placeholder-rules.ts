/**
 * Blanks left in the text: what a quick fix or a completion inserts where only the drafter can
 * say what goes (quick-fix review, item 23). A fix that inserts a placeholder must not leave a
 * text that checks clean: a drafter who takes the fix and moves on would sign an empty
 * definition or a blank retention period. Two forms are read, each as the fix writes it:
 * - `define "X" means "…"`: the definition the undefined-term fix inserts, before it is written;
 * - in a clause taken from the library, the bracketed blanks its placeholders leave unfilled
 *   ("[maximum retention period]", "[depositary: …]", "[place]"), as the library entry declares
 *   them (library/clause-blanks.ts), and any `{{placeholder}}` left as it stands.
 * Brackets in the drafter's own prose are not read: transcriptions use them for omissions and
 * editorial insertions ("[...]", "[the eleven Governments]").
 */
import type { Clause } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import { clauseBlanks } from '../../library/clause-blanks';
import { placeholderPattern } from '../../library/render-clause';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';
import { matchesOf } from '../../util/all-matches';

/** What the undefined-term fix writes as the meaning of a term it cannot know. */
const emptyMeaning = /^\s*(?:…|\.\.\.)?\s*$/;

export const unfilledPlaceholder = defineRule({
  code: 'unfilled-placeholder',
  family: 'declaration',
  defaultSeverity: 'error',
  message: 'Fill in the blank: the text is not complete until it says what goes here.',
  rationale:
    'Quick fixes and completion insert a placeholder where only the drafter can say what the text should say: the meaning of a term, a retention period, the authority that hears complaints, the depositary, the place and date of signature. Until it is filled the instrument has a hole in it, and a text that checks clean invites signature. The export marks such a text DRAFT for the same reason. Only the placeholders the tools write are reported: an empty definition (`means "…"`), and the bracketed blanks of a library clause as its entry declares them; brackets in the drafter\'s own prose (a transcription\'s "[...]") are left alone.',
  source: 'Entente language reference (quick fixes and the clause library)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'define "Sharing Platform" means "…"\nclause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
    fix: 'define "Sharing Platform" means "the MISP instance operated by CERT-EE"\nclause Platform """\n  The Participants will exchange information through the "Sharing Platform".\n"""\n',
  },
  check({ model, report }) {
    for (const definition of model.ast.definitions) {
      if (!definition.meaning || !emptyMeaning.test(definition.meaning.value)) continue;
      const term = definition.term ? `"${definition.term.value}"` : 'this term';
      report({ range: definition.meaning.range, message: `The definition of ${term} is empty: write what the term means.` });
    }
    for (const clause of model.ast.clauses) for (const blank of blanksIn(model, clause)) report(blank);
  },
});

/** The blanks of a library clause's written body, each on its range. */
function blanksIn(model: SemanticModel, clause: Clause): { range: Range; message: string }[] {
  const entry = clause.libraryRef ? model.library.get(clause.libraryRef.value) : undefined;
  const body = clause.body;
  if (!entry || !body) return [];
  const source = model.exactSource(body);
  const start = model.lines.offsetAt(body.range.start);
  const found: { range: Range; message: string }[] = [];
  const at = (index: number, length: number): Range => ({ start: model.lines.positionAt(start + index), end: model.lines.positionAt(start + index + length) });
  for (const blank of clauseBlanks(entry, model)) {
    for (let index = source.indexOf(blank); index >= 0; index = source.indexOf(blank, index + blank.length)) {
      found.push({ range: at(index, blank.length), message: `Fill in ${blank} in clause ${clause.id?.text ?? `"${entry.id}"`}: the library leaves it to the drafter.` });
    }
  }
  for (const match of matchesOf(source, placeholderPattern)) {
    found.push({ range: at(match.index, match[0].length), message: `Fill in the placeholder ${match[0]} in clause ${clause.id?.text ?? `"${entry.id}"`}.` });
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export const placeholderRules = [unfilledPlaceholder];
