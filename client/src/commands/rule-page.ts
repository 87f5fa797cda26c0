/**
 * The pieces of the rule page that do not need VS Code (unit-tested in test/client/): which
 * rule a rule link names, and the page around the rendered explanation with a strict
 * Content-Security-Policy: no scripts at all, no remote content, styles only from the page's
 * own nonce-marked style element.
 */

/**
 * The rule code a rule link names. Diagnostics link to `<docsBase>/rules.md#<code>` (the core's
 * `ruleDocumentationUrl`); the client makes docsBase `<uriScheme>://<extension id>/docs`, so the
 * link reaches the extension's URI handler. `…/rule?code=<code>` is read too, for hand-made links.
 */
export function ruleCodeOfLink(path: string, query: string, fragment: string): string | undefined {
  const code = path.endsWith('/rules.md') ? fragment : path.endsWith('/rule') ? new URLSearchParams(query).get('code') ?? '' : '';
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(code) ? code : undefined;
}

export interface RulePageParts {
  readonly code: string;
  /** The explanation rendered to HTML (by VS Code's Markdown renderer), or escaped text. */
  readonly body: string;
  /** A fresh random value per render; only the style element carrying it applies. */
  readonly nonce: string;
}

export const rulePagePolicy = (nonce: string): string => `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:;`;

export function rulePage({ code, body, nonce }: RulePageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${rulePagePolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Entente rule ${escapeHtml(code)}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); line-height: 1.5; max-width: 52rem; padding: 0 1.5rem 2rem; }
  h1 { font-size: 1.5em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .3em; }
  code { font-family: var(--vscode-editor-font-family); }
  pre { background: var(--vscode-textCodeBlock-background); padding: .75em 1em; overflow-x: auto; border-radius: 4px; }
  pre code { background: none; }
  pre.plain { white-space: pre-wrap; }
  strong { color: var(--vscode-textPreformat-foreground, inherit); }
</style>
</head>
<body data-rule="${escapeHtml(code)}">
${body}
</body>
</html>
`;
}

/** Markdown shown as text when VS Code's Markdown renderer is not available. */
export function plainBody(markdown: string): string {
  return `<pre class="plain">${escapeHtml(markdown)}</pre>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
