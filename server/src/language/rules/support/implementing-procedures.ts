/**
 * Matters an instrument leaves to procedures for its implementation that the parties are to
 * develop ("The Governments Parties to this Agreement shall develop within the North Atlantic
 * Treaty Council procedures for the implementation of this Agreement. In particular these
 * Procedures shall contain provisions governing: (a) the communication, receipt and use of
 * proprietary technical information under this Agreement; … (c) the creation and operation of the
 * Advisory Committee provided for in Article III.C. above", NATO Agreement on the communication of
 * technical information for defence purposes, 1970, Art. IV). What is settled there — who sends
 * and receives, how a committee works and is paid for — is not missing from the instrument.
 */
import type { GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { combinedParts, sameWords } from '../../model/document-change';
import { proseMemoOf } from '../../util/prose-memo';
import { oncePer } from '../../util/once-per';
import { keptWithInputs } from '../../util/kept-with-inputs';
import { escapeRegExp } from '../../util/escape-regexp';
import { everyClauseWritten } from './spaced-clause-text';

const implementingProcedures = /\b(?:develop|establish|adopt|agree(?:\s+(?:on|upon))?|draw\s+up|conclude|lay\s+down)\b[^.]{0,120}\b(?:procedures|arrangements)\s+for\s+the\s+implementation\s+of\s+this\b/i;
/**
 * The words every match of `implementingProcedures` ends with: a text without them is not searched
 * with the whole pattern, whose bounded gap is tried after every verb of the text (4 ms of a full
 * analysis at 10,000 lines, where no clause has the provision).
 */
const implementationOfThis = /implementation\s+of\s+this\b/i;
const communicationOfInformation = /\b(?:communication|exchange|transmission)\b(?:,\s*[a-z]+)*(?:\s+and\s+[a-z]+)?\s+of\s+[^.;]{0,60}\binformation\b/i;

/**
 * The text of each clause from its provision for implementing procedures on (what those
 * procedures govern). Read once per model: two rules ask, missing-costs once per body.
 *
 * Where every clause is written in place, each one's part is a function of its node (its body),
 * kept with it and patched after an edit (model/document-change.ts), and the list is put together
 * again only when a part changed: a keystroke looks up the edited clause only, and an unchanged
 * list is the very same array (the answers kept per body compare it). A clause taken from the
 * library reads the library's text: then every clause is read, in order, as before.
 */
const delegated = oncePer((model: SemanticModel): readonly string[] => {
  const memo = proseMemoOf(model);
  if (everyClauseWritten(model)) {
    const part = (text: string) => (text ? memo.get('implementing-procedures', text, procedurePart) : null);
    return combinedParts('implementing-procedures', model, '', (d) => (d.type === 'Clause' && d.body ? part(d.body.value) : null), presentParts, sameWords);
  }
  const texts: string[] = [];
  for (const clause of model.ast.clauses) {
    const text = model.clauseText(clause);
    // A pure function of the clause's text (a node's value or a library text): remembered
    // across analyses, so a keystroke searches only the edited clause again, and an unchanged
    // clause gives the very same string (the answers kept per body compare them).
    const from = text ? memo.get('implementing-procedures', text, procedurePart) : null;
    if (from !== null) texts.push(from);
  }
  return texts;
});

/** The parts that are there, in the order of the declarations. */
function presentParts(parts: readonly (string | null)[]): readonly string[] {
  const texts: string[] = [];
  for (const part of parts) if (part !== null) texts.push(part);
  return texts;
}

/** A clause's text from its provision for implementing procedures on, or null. */
function procedurePart(text: string): string | null {
  if (!implementationOfThis.test(text)) return null;
  const found = implementingProcedures.exec(text);
  return found ? text.slice(found.index) : null;
}

/** The procedures govern the communication of the information. */
export function proceduresGovernCommunication(model: SemanticModel): boolean {
  return delegated(model).some((text) => communicationOfInformation.test(text));
}

/** The procedures govern the creation or operation of this body, named as its declaration names it. */
export function proceduresGovernBody(model: SemanticModel, body: GovernanceBody): boolean {
  return governedBody(body, delegated(model));
}

/** Kept with the body while the procedures' texts are the same strings: the RegExp is built only when either changed. */
const governedBody = keptWithInputs((body: GovernanceBody, delegatedTexts: readonly string[]): boolean => {
  // "Advisory Committee (Article III.C)" is cited as "the Advisory Committee".
  const name = body.name?.value.replace(/\s*\([^)]*\)\s*$/u, '').replace(/^the\s+/iu, '').trim();
  if (!name) return false;
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const governed = new RegExp(String.raw`\b(?:creation|establishment|operation|functioning)\b[^.;]{0,40}\bof\s+the\s+${escaped}\b`, 'iu');
  return delegatedTexts.some((text) => governed.test(text));
});
