/**
 * The preview's page without the editor: the rendered document comes first (reading order, and
 * what a narrow side panel shows), the at-a-glance panel after it, beside it from 760 px wide
 * and kept in view while the document scrolls; the Content-Security-Policy admits only the
 * page's nonce. The code-server suite checks the same layout on screen (test/e2e/preview.e2e.ts).
 */
import assert from 'node:assert/strict';
import { contentSecurityPolicy, panelCss, previewPage } from '../../client/src/commands/preview-page';

const page = previewPage({ nonce: 'N'.repeat(24), scriptUri: 'https://file+.vscode-resource/dist/preview.js', css: 'main { color: black; }', title: 'Preview <M>' });

describe('client: the preview page', () => {
  it('puts the document before the at-a-glance panel', () => {
    const main = page.indexOf('<main class="page" id="document"');
    const glance = page.indexOf('<aside class="glance" id="glance"');
    assert.ok(main > 0 && glance > 0, 'both regions are on the page');
    assert.ok(main < glance, 'the document comes first');
  });

  it('lays the panel beside the document from 760 px, sticky, and below it in a narrower panel', () => {
    const wide = /@media \(min-width: 760px\) \{([\s\S]*?)\n\}/.exec(panelCss)?.[1] ?? '';
    assert.match(wide, /\.layout \{ grid-template-columns: minmax\(0, 3fr\) minmax\(20em, 2fr\);/);
    assert.match(wide, /\.glance \{[^}]*position: sticky; top: 0; max-height: 100vh; overflow-y: auto;/);
    assert.match(panelCss, /^\.layout \{ display: grid; grid-template-columns: minmax\(0, 1fr\);/m);
  });

  it('admits scripts and styles by the nonce only, and escapes the title', () => {
    assert.ok(page.includes(`content="${contentSecurityPolicy('N'.repeat(24))}"`));
    assert.match(page, /<script nonce="N{24}" src=/);
    assert.equal((page.match(/<style nonce="N{24}">/g) ?? []).length, 2);
    assert.match(page, /<title>Preview &lt;M&gt;<\/title>/);
  });
});
