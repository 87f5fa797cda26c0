/**
 * The preview's page, without the editor (testable in test/client): a strict
 * Content-Security-Policy — nothing by default; the webview's own bundled script and style
 * sheets only with this page's nonce; images only as data URIs; no remote content, no inline
 * script, no eval — then the two regions the webview script fills: the rendered instrument and
 * the at-a-glance panel (diagram, timeline, incident clock, final-clause checklist). From 760 px
 * wide the panel stands beside the document and stays in view while the drafter scrolls it; in a
 * narrower panel the document comes first and the panel follows it.
 */

export interface PreviewPageOptions {
  /** A fresh random value per page, allowing exactly the script and styles written here. */
  readonly nonce: string;
  /** The bundled webview script (dist/preview.js) as a webview URI. */
  readonly scriptUri: string;
  /** The instrument's style sheet (from the language server) and the panel's. */
  readonly css: string;
  readonly title: string;
}

/**
 * The nonce alone admits the bundled script, wherever the webview serves it from: no host source
 * (not even the webview's own `cspSource`, which in code-server is `'self' https://*.vscode-cdn.net`).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [`default-src 'none'`, `img-src data:`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src 'none'`, `connect-src 'none'`, `frame-src 'none'`, `form-action 'none'`, `base-uri 'none'`].join('; ');
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A nonce: 32 characters from a random source the caller supplies (crypto in the extension). */
export function makeNonce(random: (n: number) => Uint8Array): string {
  return Array.from(random(24), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');
}

export const panelCss = `
body { margin: 0; background: #fff; color: #111; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0; }
.glance { border-top: 1px solid #ccc; }
@media (min-width: 760px) {
  .layout { grid-template-columns: minmax(0, 3fr) minmax(20em, 2fr); align-items: start; }
  .glance { border-top: none; border-left: 1px solid #ccc; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; box-sizing: border-box; }
  .page { padding-top: 1em; }
}
.glance { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 13px; padding: 1em 1.2em; background: #f7f7f5; }
.glance h2 { font-size: 14px; margin: 1.2em 0 0.4em; text-transform: uppercase; letter-spacing: 0.04em; color: #333; }
.glance h2:first-child { margin-top: 0; }
.glance svg { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid #ddd; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4em 1em; margin: 0.4em 0; }
.swatch { display: inline-block; width: 1em; height: 0.8em; vertical-align: middle; border: 1px solid #555; margin-right: 0.3em; }
.checklist { list-style: none; padding: 0; margin: 0; }
.checklist li { padding: 0.2em 0; }
.checklist .state { display: inline-block; width: 1.4em; font-weight: bold; }
.checklist .present .state { color: #11661d; }
.checklist .missing .state { color: #a00000; }
.checklist .not-required { color: #555; }
.checklist button { font: inherit; color: #0645ad; background: none; border: none; padding: 0; text-decoration: underline; cursor: pointer; }
.events { list-style: none; padding: 0; margin: 0.4em 0 0; columns: 2; font-size: 12px; }
.events time { font-variant-numeric: tabular-nums; color: #333; margin-right: 0.4em; }
.clock { list-style: none; padding: 0; margin: 0; }
.clock li { display: grid; grid-template-columns: 11em 1fr; align-items: center; gap: 0.5em; }
.draft-banner { background: #fff0f0; border: 2px solid #a00000; color: #7a0000; padding: 0.4em; text-align: center; font-weight: bold; font-family: system-ui, sans-serif; }
`;

export function previewPage(options: PreviewPageOptions): string {
  const { nonce } = options;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(options.title)}</title>
<style nonce="${nonce}">${options.css}</style>
<style nonce="${nonce}">${panelCss}</style>
</head>
<body>
<div class="layout">
<main class="page" id="document" aria-label="The instrument"></main>
<aside class="glance" id="glance" aria-label="At a glance">
<h2 id="diagram-h">Parties and channels</h2><div id="diagram" role="img" aria-labelledby="diagram-h"></div><div class="legend" id="legend"></div>
<h2 id="timeline-h">Timeline of the term</h2><div id="timeline" role="img" aria-labelledby="timeline-h"></div><ul class="events" id="events"></ul>
<h2>Incident clock</h2><ul class="clock" id="clock"></ul>
<h2>Final clauses</h2><ul class="checklist" id="checklist"></ul>
</aside>
</div>
<script nonce="${nonce}" src="${escape(options.scriptUri)}"></script>
</body>
</html>`;
}
