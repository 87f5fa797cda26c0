/** The rule page around a rendered explanation, and which rule a link names (client/src/commands/rule-page.ts). */
import assert from 'node:assert/strict';
import { escapeHtml, plainBody, ruleCodeOfLink, rulePage, rulePagePolicy } from '../../client/src/commands/rule-page';
import { ruleDocumentationUrl } from '../../server/src/language/rules/diagnostic';

describe('rule page', () => {
  it('reads the rule code from the link a diagnostic carries', () => {
    const link = new URL(ruleDocumentationUrl('vscode://entente.entente/docs', 'missing-costs'));
    assert.equal(link.href, 'vscode://entente.entente/docs/rules.md#missing-costs');
    assert.equal(ruleCodeOfLink(link.pathname, link.search.slice(1), link.hash.slice(1)), 'missing-costs');
    assert.equal(ruleCodeOfLink('/rule', 'code=value-out-of-range', ''), 'value-out-of-range');
  });

  it('names no rule for other links or malformed codes', () => {
    for (const [path, query, fragment] of [['/docs/rules.md', '', ''], ['/docs/other.md', '', 'missing-costs'], ['/docs/rules.md', '', 'Missing Costs'], ['/rule', 'code=<script>', ''], ['/', '', '']]) {
      assert.equal(ruleCodeOfLink(path!, query!, fragment!), undefined, `${path}?${query}#${fragment}`);
    }
  });

  it('allows no script, no remote content, and only the page own style', () => {
    const page = rulePage({ code: 'missing-costs', body: '<h1>missing-costs</h1>', nonce: 'abc123' });
    assert.equal(rulePagePolicy('abc123'), "default-src 'none'; style-src 'nonce-abc123'; img-src data:;");
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${rulePagePolicy('abc123')}">`));
    assert.ok(page.includes('<style nonce="abc123">'));
    assert.doesNotMatch(page, /<script|style="/);
    assert.ok(page.includes('<h1>missing-costs</h1>'));
  });

  it('escapes Markdown shown as plain text', () => {
    assert.equal(plainBody('a <b> & "c"'), '<pre class="plain">a &lt;b&gt; &amp; &quot;c&quot;</pre>');
    assert.equal(escapeHtml(`'`), '&#39;');
  });
});
