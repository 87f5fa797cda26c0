/**
 * Inline suppressions, written as line comments:
 *
 *     // entente-disable-next-line <code>[, <code>…] -- <reason>   the next line that holds text
 *     // entente-disable <code>[, <code>…] -- <reason>             from here …
 *     // entente-enable <code>[, <code>…]                          … to here (or the end of the file)
 *
 * A code may also be a catalogue id (`MC22`), which covers every rule implementing it.
 * A reviewer must be able to see why a finding was waived, so a suppression without a reason
 * suppresses nothing. `syntax-error` cannot be suppressed (the text is not analysed there), nor
 * can the suppression checks themselves. Three rules report broken suppressions; the first two
 * run as ordinary rules, `unused-suppression` here, after every other rule has reported.
 */
import type { Range } from '../ast/positions';
import { effectiveSeverity } from '../config/effective-severity';
import type { AnalysisSettings } from '../config/settings';
import type { SemanticModel } from '../model/semantic-model';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import type { Rule } from '../rules/rule';
import { allRules, ruleByCode } from '../rules/registry';
import { limitCodes } from './limit-diagnostics';
import { unusedSuppression } from '../rules/checks/suppression-rules';
import { parseSuppressions, type SuppressedCode, type Suppression } from '../rules/support/suppression-comments';

/**
 * Codes whose findings no comment can hide: syntax errors, failures, and these checks
 * themselves. Code actions ask it too, so they never offer a suppression that cannot work.
 */
export function unsuppressible(code: string): boolean {
  return ['syntax-error', 'internal-error', ...limitCodes].includes(code) || ruleByCode(code)?.family === 'suppression';
}

/**
 * For each finding, the first suppression (in document order) that covers it: one naming its code
 * or its catalogue id (`MC22` covers every MC22 rule), with a reason, over its line. Answered for
 * all findings at once — per code, the lines with findings are handed to the suppressions in
 * order, each line to the first that covers it — since asking every suppression per finding was
 * quadratic.
 */
function coveringSuppressions(suppressions: readonly Suppression[], diagnostics: readonly EntenteDiagnostic[]): (d: EntenteDiagnostic) => SuppressedCode | undefined {
  const byText = new Map<string, { order: number; code: SuppressedCode }[]>();
  let order = 0;
  for (const s of suppressions) {
    if (!s.reason) continue;
    for (const code of s.codes) {
      const list = byText.get(code.text);
      if (list) list.push({ order: order++, code });
      else byText.set(code.text, [{ order: order++, code }]);
    }
  }
  if (byText.size === 0) return () => undefined;
  const linesOf = new Map<string, Set<number>>();
  for (const d of diagnostics) {
    for (const key of [d.code, d.catalogueId]) {
      if (key === undefined || !byText.has(key)) continue;
      const lines = linesOf.get(key);
      if (lines) lines.add(d.range.start.line);
      else linesOf.set(key, new Set([d.range.start.line]));
    }
  }
  const first = new Map<string, Map<number, { order: number; code: SuppressedCode }>>();
  for (const [key, lineSet] of linesOf) first.set(key, paint(byText.get(key)!, [...lineSet].sort((a, b) => a - b)));
  return (d) => {
    const line = d.range.start.line;
    const byCode = first.get(d.code)?.get(line);
    const byId = d.catalogueId === undefined ? undefined : first.get(d.catalogueId)?.get(line);
    const best = byCode && byId ? (byCode.order < byId.order ? byCode : byId) : (byCode ?? byId);
    return best?.code;
  };
}

/** Gives each line the first entry whose lines cover it; every line is handed out once (a union-find skips taken ones). */
function paint<E extends { code: SuppressedCode }>(entries: readonly E[], lines: readonly number[]): Map<number, E> {
  const result = new Map<number, E>();
  const next = Array.from({ length: lines.length + 1 }, (_, i) => i);
  const free = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root];
    while (next[i] !== root) [i, next[i]] = [next[i], root];
    return root;
  };
  for (const entry of entries) {
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid] < entry.code.firstLine) low = mid + 1;
      else high = mid;
    }
    for (let i = free(low); i < lines.length && lines[i] <= entry.code.lastLine; i = free(i + 1)) {
      result.set(lines[i], entry);
      next[i] = i + 1;
    }
  }
  return result;
}

export function applySuppressions(model: SemanticModel, diagnostics: EntenteDiagnostic[], settings: AnalysisSettings): EntenteDiagnostic[] {
  const { suppressions, strayEnables } = parseSuppressions(model);
  const used = new Set<SuppressedCode>();
  const coveredBy = coveringSuppressions(suppressions, diagnostics.filter((d) => !unsuppressible(d.code)));
  const kept = diagnostics.filter((diagnostic) => {
    if (unsuppressible(diagnostic.code)) return true;
    const by = coveredBy(diagnostic);
    if (!by) return true;
    used.add(by);
    return false;
  });
  const severity = effectiveSeverity(unusedSuppression, settings);
  if (!severity) return kept;
  const report = (range: Range, message: string, deletion: Range) =>
    kept.push({
      uri: model.uri,
      range,
      severity,
      code: unusedSuppression.code,
      message,
      source: unusedSuppression.source,
      related: [],
      fixes: [{ title: 'Delete this suppression', edits: [{ range: deletion, newText: '' }], effect: 'mechanical', preferred: true }],
      tags: ['unnecessary'],
    });
  for (const suppression of suppressions) {
    // A suppression without a reason is reported by suppression-without-reason instead.
    if (!suppression.reason) continue;
    const unused = suppression.codes.filter((code) => isUnused(code, used, settings));
    for (const code of unused) {
      const message = unsuppressible(code.text)
        ? `${code.text} cannot be suppressed: fix the text instead, and delete this suppression.`
        : `Nothing here is reported as ${code.text}: delete this suppression${suppression.codes.length > 1 ? ' or this code' : ''}.`;
      // When some codes of a list still hide findings, the fix removes only this one.
      report(code.range, message, unused.length === suppression.codes.length ? suppression.deletion : code.listRange);
    }
  }
  for (const enable of strayEnables) {
    report(enable.range, 'This entente-enable closes no entente-disable: delete it.', enable.deletion);
  }
  return kept;
}

/** The rules a suppression code names: the rule of that code, or every rule of that catalogue id. */
let rulesByName: Map<string, Rule[]> | undefined;

function rulesNamed(name: string): readonly Rule[] {
  if (!rulesByName) {
    rulesByName = new Map();
    for (const rule of allRules) {
      for (const key of [rule.code, rule.catalogueId]) {
        if (key === undefined) continue;
        const list = rulesByName.get(key);
        if (list) list.push(rule);
        else rulesByName.set(key, [rule]);
      }
    }
  }
  return rulesByName.get(name) ?? [];
}

function isUnused(code: SuppressedCode, used: ReadonlySet<SuppressedCode>, settings: AnalysisSettings): boolean {
  if (unsuppressible(code.text)) return true;
  const rules = rulesNamed(code.text);
  // Unknown codes have their own report; a rule switched off here may be on under another profile.
  if (rules.length === 0 || !rules.some((r) => effectiveSeverity(r, settings))) return false;
  return !used.has(code);
}
