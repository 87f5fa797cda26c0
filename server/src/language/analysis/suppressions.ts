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
import { allRules, ruleByCode } from '../rules/registry';
import { unusedSuppression } from '../rules/checks/suppression-rules';
import { parseSuppressions, type SuppressedCode } from '../rules/support/suppression-comments';

/**
 * Codes whose findings no comment can hide: syntax errors, failures, and these checks
 * themselves. Code actions ask it too, so they never offer a suppression that cannot work.
 */
export function unsuppressible(code: string): boolean {
  return ['syntax-error', 'internal-error', 'document-too-large'].includes(code) || ruleByCode(code)?.family === 'suppression';
}

/** A suppression names a rule by its code or by its catalogue id (`MC22` covers every MC22 rule). */
function covers(code: SuppressedCode, diagnostic: EntenteDiagnostic): boolean {
  const line = diagnostic.range.start.line;
  return (code.text === diagnostic.code || code.text === diagnostic.catalogueId) && line >= code.firstLine && line <= code.lastLine;
}

export function applySuppressions(model: SemanticModel, diagnostics: EntenteDiagnostic[], settings: AnalysisSettings): EntenteDiagnostic[] {
  const { suppressions, strayEnables } = parseSuppressions(model);
  const used = new Set<SuppressedCode>();
  const kept = diagnostics.filter((diagnostic) => {
    if (unsuppressible(diagnostic.code)) return true;
    const by = suppressions.filter((s) => s.reason).flatMap((s) => s.codes).find((c) => covers(c, diagnostic));
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

function isUnused(code: SuppressedCode, used: ReadonlySet<SuppressedCode>, settings: AnalysisSettings): boolean {
  if (unsuppressible(code.text)) return true;
  const rules = allRules.filter((r) => r.code === code.text || r.catalogueId === code.text);
  // Unknown codes have their own report; a rule switched off here may be on under another profile.
  if (rules.length === 0 || !rules.some((r) => effectiveSeverity(r, settings))) return false;
  return !used.has(code);
}
