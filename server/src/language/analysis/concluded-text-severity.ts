/**
 * The one rule for the severity of a missing-clause finding on a concluded text: no profile makes
 * it more than a warning.
 *
 * A concluded text (model/conclusion.ts, `concludedText`) takes no clause by the drafter's edit:
 * what it lacks is added only by an amending instrument (VCLT Art. 39) or another agreement beside
 * it. A profile that raises "missing X" to an error (`strict` makes every warning one,
 * `treaty-review` and `mou-review` some) would tell the reviewer that something must be done to the
 * text that cannot be done to it (the treaty lawyers' open items of December 2026, item 1:
 * `missing-dispute-settlement` was an error on OPRC 1990 under `strict`). The finding stays, at warning: a reviewer negotiating an
 * amending protocol wants to see it. A rule whose own default is an error keeps it (its findings
 * were judged one on the concluded texts themselves: `missing-termination`, VCLT Art. 56), and a
 * per-rule setting still decides (config/effective-severity.ts, `findingSeverity`).
 *
 * Applied where every finding becomes a diagnostic (analysis/analyze.ts), as the fixes on a
 * concluded text are, so that no missing-clause rule can forget it.
 */
import type { EntenteDocument } from '../ast/nodes';
import { concludedText } from '../model/conclusion';
import type { Rule, Severity } from '../rules/rule';

/** The most a profile may make of this rule's findings on this document, or undefined for no limit. */
export function concludedTextCeiling(document: EntenteDocument, rule: Rule): Severity | undefined {
  if (rule.family !== 'missing-clause' || rule.defaultSeverity === 'error') return undefined;
  return concludedText(document) ? 'warning' : undefined;
}
