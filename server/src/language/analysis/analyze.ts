/**
 * Phase three, Linked → Validated: run every rule over the model, give each finding its
 * severity under the settings, and drop what inline suppressions cover.
 */
import { effectiveSeverity, findingSeverity } from '../config/effective-severity';
import type { AnalysisSettings } from '../config/settings';
import type { SemanticModel } from '../model/semantic-model';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import { allRules, knownRuleNames } from '../rules/registry';
import { librarySatisfies } from '../rules/support/applicability';
import type { CheckContext, Finding, Rule, Severity } from '../rules/rule';
import { boundMessage } from '../util/bounded-text';
import { concludedTextCeiling } from './concluded-text-severity';
import { excerptCeiling, excerptMessage } from './excerpt-severity';
import { fixesOnConcludedText } from './concluded-text-fixes';
import { fixesOnExchange } from './exchange-clause-fixes';
import { capFindings, longLines } from './limit-diagnostics';
import { applySuppressions } from './suppressions';
import { exportNumbering, provisionCitations } from '../render/build-instrument';
import { clausesReplacing } from '../render/drafter-order';
import { implementedArticles, ownArticles } from './implemented-articles';
import { oncePer } from '../util/once-per';
import type { Declaration } from '../ast/nodes';
import { runDeclarationRule } from './declaration-findings';
import { runReusableRule } from './reused-findings';
import { withReport } from './check-context';

/** The export's numbers, asked of the renderer at most once per model (a model is never changed once made). */
const numberingOf = oncePer(exportNumbering);
const citationsOf = oncePer(provisionCitations);

export function analyze(model: SemanticModel, settings: AnalysisSettings, rules: readonly Rule[] = allRules): EntenteDiagnostic[] {
  const steps = analysisSteps(model, settings, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis one rule per step, for a host that must stay responsive (the language
 * server yields to other requests between steps and drops the work when the text changed).
 * Each step yields the code of the rule it ran; the return value is exactly `analyze`'s list.
 */
export function* analysisSteps(model: SemanticModel, settings: AnalysisSettings, rules: readonly Rule[] = allRules): Generator<string, EntenteDiagnostic[], void> {
  const diagnostics: EntenteDiagnostic[] = [];
  const base = baseContext(model);
  for (const rule of rules) {
    runRule(model, settings, rule, diagnostics, base);
    yield rule.code;
  }
  return capFindings(sortDiagnostics([...applySuppressions(model, diagnostics, settings), ...longLines(model.uri, model.text, model.lines)]));
}

/**
 * What every rule's check context holds besides `report`, made once per analysis: a keystroke
 * runs every rule, and making these closures and copying them into a context per rule was a
 * measurable part of a steady keystroke's analysis.
 */
function baseContext(model: SemanticModel): Omit<CheckContext, 'report'> {
  return { model, knownRuleNames, exportNumbering: () => numberingOf(model), exportCitations: () => citationsOf(model), replacingClauses: (d: Declaration) => clausesReplacing(model, d), implementedArticles: () => implementedArticles(model), ownArticles: () => ownArticles(model) };
}

function runRule(model: SemanticModel, settings: AnalysisSettings, rule: Rule, diagnostics: EntenteDiagnostic[], base: Omit<CheckContext, 'report'>): void {
  const severity = effectiveSeverity(rule, settings);
  if (!severity) return;
  // On a concluded text only mechanical fixes are offered (concluded-text-fixes.ts) and no profile makes a
  // missing clause more than a warning (concluded-text-severity.ts); in an exchange
  // whose notes do not carry the terms, a clause a fix adds lands outside them (exchange-clause-fixes.ts).
  // On an excerpt (`omitted "…"`), a finding whose topic an omitted part is declared to hold is info and names that part (excerpt-severity.ts).
  const excerpt = excerptCeiling(model, rule);
  const report = (finding: Finding) => {
    const ceiling = lower(finding.profileCeiling ?? concludedTextCeiling(model, rule), excerpt);
    const said = excerpt ? { ...finding, message: excerptMessage(model, rule, finding.message ?? rule.message) } : finding;
    diagnostics.push(toDiagnostic(model.uri, rule, findingSeverity(rule, settings, severity, ceiling), fixesOnExchange(model.ast, fixesOnConcludedText(model, rule, said))));
  };
  // A library clause that says it satisfies the rule (its `satisfies` list) silences it.
  if (rule.librarySatisfiable && librarySatisfies(model, rule)) return;
  try {
    // A rule whose findings are each about one declaration checks only what an edit changed (declaration-findings.ts).
    if (rule.perDeclaration) runDeclarationRule(model, rule, rule.perDeclaration, base, report);
    // A rule that names what its findings depend on reports its last findings when none of it changed (reused-findings.ts).
    else if (rule.inputs) runReusableRule(model, rule, rule.inputs, base, report);
    else rule.check(withReport(base, report));
  } catch (error) {
    // One faulty rule must not hide the others' findings, nor take the server down.
    diagnostics.push({
      uri: model.uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'error',
      code: 'internal-error',
      message: boundMessage(`The check ${rule.code} failed on this document (please report): ${error instanceof Error ? error.message : String(error)}`),
      source: 'Entente',
      related: [],
      fixes: [],
      tags: [],
    });
  }
}

const rank: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The lower of two ceilings, either of which may be absent. */
function lower(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return rank[a] <= rank[b] ? a : b;
}

function toDiagnostic(uri: string, rule: Rule, severity: EntenteDiagnostic['severity'], finding: Finding): EntenteDiagnostic {
  // Messages, notes and fix titles quote the text; none may echo a megabyte of it.
  return {
    uri,
    range: finding.range,
    severity,
    code: rule.code,
    message: boundMessage(finding.message ?? rule.message),
    source: rule.source,
    catalogueId: rule.catalogueId,
    related: (finding.related ?? []).map((r) => ({ ...r, message: boundMessage(r.message) })),
    fixes: (finding.fixes ?? []).map((f) => ({ ...f, title: boundMessage(f.title) })),
    tags: finding.tags ?? [],
  };
}

function sortDiagnostics(diagnostics: EntenteDiagnostic[]): EntenteDiagnostic[] {
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code),
  );
}
