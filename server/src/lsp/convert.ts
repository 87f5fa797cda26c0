/**
 * Core ↔ LSP conversion. The core's positions and ranges are already LSP-shaped, so this file
 * maps only what differs: severities, tags, related information, the rule-documentation link,
 * and the `data` that lets a code action find the diagnostic's fixes again.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { EntenteDiagnostic } from '../language/rules/diagnostic';
import { ruleDocumentationUrl } from '../language/rules/diagnostic';
import type { CodeFix, Severity } from '../language/rules/rule';

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

/** A core fix as a workspace edit; edits without a `uri` belong to the diagnostic's document. */
export function toWorkspaceEdit(fix: CodeFix, defaultUri: string): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of fix.edits) {
    const uri = edit.uri ?? defaultUri;
    (changes[uri] ??= []).push({ range: edit.range, newText: fix.snippet ? stripSnippet(edit.newText) : edit.newText });
  }
  return { changes };
}

/**
 * Workspace edits cannot carry snippets, so tab stops become their default text:
 * `${1:Party}` → `Party`, `$1` / `${1}` → nothing, `\$` → `$`.
 */
export function stripSnippet(text: string): string {
  return text
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
