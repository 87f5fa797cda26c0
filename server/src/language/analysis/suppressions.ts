/**
 * Inline suppressions (comments): `// entente-disable-next-line <code> -- <reason>`.
 * Extended with block suppressions and the unused-suppression report in the analysis issue.
 */
import type { AnalysisSettings } from '../config/settings';
import type { SemanticModel } from '../model/semantic-model';
import type { EntenteDiagnostic } from '../rules/diagnostic';

export function applySuppressions(model: SemanticModel, diagnostics: EntenteDiagnostic[], _settings: AnalysisSettings): EntenteDiagnostic[] {
  const suppressed = new Map<number, Set<string>>();
  for (const comment of model.ast.comments) {
    const match = /^\/\/\s*entente-disable-next-line\s+([a-z0-9-]+)\s+--\s+\S/.exec(comment.text);
    if (!match) continue;
    const line = comment.range.end.line + 1;
    suppressed.set(line, new Set([...(suppressed.get(line) ?? []), match[1]]));
  }
  return diagnostics.filter((d) => !(d.code !== 'syntax-error' && suppressed.get(d.range.start.line)?.has(d.code)));
}
