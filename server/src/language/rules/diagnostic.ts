/** A diagnostic as the core produces it: plain data, converted to LSP only at the edge. */
import type { Range } from '../ast/positions';
import type { CodeFix, RelatedInformation, Severity } from './rule';

export interface EntenteDiagnostic {
  readonly uri: string;
  readonly range: Range;
  readonly severity: Severity;
  /** The rule code, or `syntax-error`. */
  readonly code: string;
  readonly message: string;
  /** The authority the rule rests on. */
  readonly source: string;
  readonly catalogueId?: string;
  readonly related: readonly RelatedInformation[];
  readonly fixes: readonly CodeFix[];
  readonly tags: readonly ('unnecessary' | 'deprecated')[];
}

/**
 * The link to a rule's documentation: `docs/rules.md#code` under a base the host supplies (the
 * extension's install folder in the editor, the checkout on the command line).
 */
export function ruleDocumentationUrl(docsBase: string, code: string): string {
  return `${docsBase.replace(/\/$/, '')}/rules.md#${code}`;
}
