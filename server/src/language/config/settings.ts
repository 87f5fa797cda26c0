/**
 * Analysis settings, with one meaning in VS Code settings and in the command line's workspace
 * file (`.entente.json`): a named profile plus per-code severity overrides (`off` disables).
 */
import type { Severity } from '../rules/rule';

export type SeveritySetting = Severity | 'off';

export interface AnalysisSettings {
  /** A named profile (`default`, `strict`, `mou-review`, `treaty-review`). */
  readonly profile?: string;
  /** Per-code overrides; they win over the profile. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
}

export const severitySettings: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
