/**
 * Core ↔ LSP conversion. The core's positions and ranges are already LSP-shaped, so this file
 * maps only what differs: severities, tags, related information, the rule-documentation link,
 * and the `data` that lets a code action find the diagnostic's fixes again.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { ruleDocumentationUrl, type EntenteDiagnostic, type Severity } from '../language';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return severities[severity] ?? DiagnosticSeverity.Information;
}

/** What a diagnostic carries in `data`: enough to re-find its fixes when a code action asks. */
export interface DiagnosticData {
  readonly code: string;
  readonly uri: string;
}

export function toLspDiagnostic(d: EntenteDiagnostic, docsBase: string): Diagnostic {
  const tags: DiagnosticTag[] = [];
  if (d.tags.includes('unnecessary')) tags.push(DiagnosticTag.Unnecessary);
  if (d.tags.includes('deprecated')) tags.push(DiagnosticTag.Deprecated);
  const data: DiagnosticData = { code: d.code, uri: d.uri };
  return {
    range: d.range,
    severity: toLspSeverity(d.severity),
    code: d.code,
    codeDescription: { href: ruleDocumentationUrl(docsBase, d.code) },
    source: 'entente',
    message: d.catalogueId ? `${d.message} (${d.catalogueId})` : d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })),
    tags: tags.length > 0 ? tags : undefined,
    data,
  };
}

/**
 * Snippet text as plain text, for clients without snippet support: tab stops become their
 * default text (`${1:Party}` → `Party`, `$1` / `${1}` / `$0` → nothing) and escapes their
 * character (`\\$` → `$`). Nested placeholders keep their innermost defaults.
 */
export function stripSnippet(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '\\' && (next === '$' || next === '}' || next === '\\')) {
      out += next;
      i++;
    } else if (ch === '$' && next !== undefined && /\d/.test(next)) {
      while (/\d/.test(text[i + 1] ?? '')) i++;
    } else if (ch === '$' && next === '{') {
      const match = /^\$\{\d+(:|\})/.exec(text.slice(i));
      if (!match) out += ch;
      else {
        i += match[0].length - 1;
        if (match[1] === ':') depth++;
      }
    } else if (ch === '}' && depth > 0) {
      depth--;
    } else {
      out += ch;
    }
  }
  return out;
}
