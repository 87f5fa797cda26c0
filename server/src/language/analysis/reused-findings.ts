/**
 * Whole-document rules made incremental as a class (issue #11). A rule that reads the whole model
 * names what decides whether its check finds anything (`Rule.inputs`); when its last run on the
 * document found nothing and every input is what it was, the check is not run: it would find
 * nothing again. Where the last run found something the check runs (its messages and fixes read
 * more than what decides that there is a finding: library clauses, insertion points, wording).
 *
 * The inputs are compared one by one by identity (`===`; strings and numbers by value). What makes
 * that cheap and exact is that an incremental parse keeps the node of every declaration an edit did
 * not touch (model/document-change.ts): `declarationsBesides(model, 'Clause')`
 * (rules/support/rule-inputs.ts) gives per declaration its node, and nothing for a clause, patched
 * where the edit replaced a declaration (`declarationParts`), so after a keystroke in a clause it
 * is the very same list. What the check
 * reads of the clauses (a topic covered somewhere, the channels no clause covers) is then named
 * as a value of its own, which the rules compute anyway.
 *
 * What a rule's inputs must name, besides what `commonInputs` adds for every rule (the headers, the
 * documents brought in, the library, the end of the text): every node its check, and every helper
 * it calls on the way to deciding that there is no finding, reads, and every value of the whole
 * model those read that the nodes do not determine (the legal nature read from the prose, a topic
 * covered by some clause). A property test runs every rule with inputs after random edits against
 * a fresh analysis, and fails when an input is left out on purpose
 * (test/analysis/reused-findings-reuse.test.ts).
 */
import type { SemanticModel } from '../model/semantic-model';
import type { Finding, Rule } from '../rules/rule';
import { withReport, type SharedContext } from './check-context';
import { LastStates } from '../util/last-states';
import { oncePer } from '../util/once-per';

interface RuleState {
  /**
   * The inputs of a run that found nothing, those every rule has (`commonInputs`, one list per
   * model) and the rule's own; undefined (never the same) after a run that found something.
   */
  readonly common: readonly unknown[] | undefined;
  readonly own: readonly unknown[] | undefined;
}

const states = new WeakMap<Rule, LastStates<RuleState>>();
const documentsPerRule = 8;

/** Whether the last run of each rule with inputs skipped its check (true) or ran it (tests count work, not time). */
export const findingsReused = new Map<string, boolean>();

/**
 * Runs a rule that names its inputs: nothing when its last run on this document found nothing
 * under the same inputs, otherwise its check. `context` is the full check context less `report`.
 */
export function runReusableRule(model: SemanticModel, rule: Rule, inputsOf: (model: SemanticModel) => readonly unknown[], context: SharedContext, report: (finding: Finding) => void): void {
  let byDocument = states.get(rule);
  if (!byDocument) states.set(rule, (byDocument = new LastStates(documentsPerRule)));
  // The common inputs and the rule's own compared apart: joining them made a list per rule and keystroke.
  const common = commonInputs(model);
  const own = inputsOf(model);
  const last = byDocument.get(model, model.uri);
  if (last?.common !== undefined && last.own !== undefined && sameInputs(last.common, common) && sameInputs(last.own, own)) {
    findingsReused.set(rule.code, true);
    return;
  }
  let found = false;
  rule.check(withReport(context, (finding) => ((found = true), report(finding))));
  // Kept only when the check finished and found nothing: a check that throws, or finds, runs next time.
  if (found) byDocument.set(model, model.uri, { common: undefined, own: undefined });
  else byDocument.set(model, model.uri, { common, own });
  findingsReused.set(rule.code, false);
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What every rule with inputs depends on besides its own: the instrument headers (status, kind,
 * form, dates), the documents it brings in (uses, parent, implemented and implementing files,
 * incorporated ones, the amended treaty), the library, and where the document ends (a fix that appends a clause
 * inserts there). Each list is preceded by its length, so that two lists cannot trade elements.
 */
const commonInputs = oncePer((model: SemanticModel): readonly unknown[] => {
  const ast = model.ast;
  const end = model.lines.positionAt(model.text.length);
  const inputs: unknown[] = [model.library, end.line, end.character, ast.instruments.length, ...ast.instruments, model.importedDocuments.length];
  for (const d of model.importedDocuments) inputs.push(d.ast);
  const files = [model.parentFile, model.implementedFile, model.amendedFile, ...model.implementingFiles, ...model.incorporatedFiles, ...model.usedFiles];
  inputs.push(files.length);
  for (const f of files) inputs.push(f?.model, f?.uri);
  return inputs;
});
