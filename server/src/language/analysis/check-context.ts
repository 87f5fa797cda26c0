/**
 * A rule run's check context: what every run shares (made once per analysis, analyze.ts) with the
 * run's own `report`. Written out as one literal of a fixed shape: a spread (`{ ...base, report }`)
 * copied the shared part property by property into an object of a shape of its own, once per rule
 * on every keystroke, and showed in a keystroke's profile. A member added to `CheckContext` and
 * left out here fails the type-check.
 */
import type { CheckContext, Finding } from '../rules/rule';

/** The check context less `report`: the same for every rule of one analysis. */
export type SharedContext = Omit<CheckContext, 'report'>;

export function withReport(base: SharedContext, report: (finding: Finding) => void): CheckContext {
  return { model: base.model, knownRuleNames: base.knownRuleNames, exportNumbering: base.exportNumbering, exportCitations: base.exportCitations, replacingClauses: base.replacingClauses, implementedArticles: base.implementedArticles, ownArticles: base.ownArticles, report };
}
