/**
 * The outline stops at `entente.outline.maxItems` (server/src/lsp/outline-limit.ts): breadth-first,
 * so the top-level constructs stay and the deepest detail goes first, the document's order kept at
 * every depth; the setting is validated like the others; and over stdio the server sends the cut
 * outline, tells the client once when a document's outline starts and stops being cut, and follows
 * a change of the setting.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { defaultOutlineMaxItems, limitOutline } from '../../server/src/lsp/outline-limit';
import { readSettings } from '../../server/src/lsp/settings';
import { initializeParams, RawClient } from './raw-client';
import { repoRoot } from './server-process';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const symbol = (name: string, children?: DocumentSymbol[]): DocumentSymbol => ({ name, kind: 5, range, selectionRange: range, ...(children ? { children } : {}) });

/** Names by depth, in document order: what breadth-first keeping must preserve as prefixes. */
function levels(symbols: readonly DocumentSymbol[]): string[][] {
  const result: string[][] = [];
  let level = [...symbols];
  while (level.length > 0) {
    result.push(level.map((s) => s.name));
    level = level.flatMap((s) => s.children ?? []);
  }
  return result;
}

function count(symbols: readonly DocumentSymbol[]): number {
  return symbols.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
}

/** Outlines as the server converts them: an empty list of children is left out. */
const tree: fc.Arbitrary<DocumentSymbol[]> = fc.letrec<{ node: DocumentSymbol; nodes: DocumentSymbol[] }>((tie) => ({
  node: fc.record({ name: fc.string({ maxLength: 4 }), children: fc.option(tie('nodes'), { nil: undefined }) }).map(({ name, children }) => symbol(name, children?.length ? children : undefined)),
  nodes: fc.array(tie('node'), { maxLength: 5, depthIdentifier: 'outline' }) as fc.Arbitrary<DocumentSymbol[]>,
})).nodes;

describe('outline limit', () => {
  it('keeps the top level and drops the deepest symbols first, in document order', () => {
    const outline = [symbol('A', [symbol('A1', [symbol('A1a')]), symbol('A2')]), symbol('B', [symbol('B1')]), symbol('C')];
    const cut = limitOutline(outline, 5);
    assert.equal(cut.total, 7);
    assert.equal(cut.limited, true);
    assert.deepEqual(levels(cut.symbols), [['A', 'B', 'C'], ['A1', 'A2']]);
    assert.equal(cut.symbols[1].children, undefined, 'B lost its only child: no empty list is sent');
    assert.deepEqual(levels(limitOutline(outline, 2).symbols), [['A', 'B']]);
  });

  it('sends an outline within the limit as it is', () => {
    const outline = [symbol('A', [symbol('A1')])];
    const whole = limitOutline(outline, 2);
    assert.equal(whole.limited, false);
    assert.equal(whole.symbols, outline);
  });

  it('on any outline: exactly min(limit, total) symbols, each depth a prefix of the full one, the input untouched', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 40 }), (outline, maxItems) => {
        const before = JSON.stringify(outline);
        const cut = limitOutline(outline, maxItems);
        assert.equal(JSON.stringify(outline), before);
        assert.equal(cut.total, count(outline));
        assert.equal(count(cut.symbols), Math.min(maxItems, cut.total));
        assert.equal(cut.limited, cut.total > maxItems);
        const full = levels(outline);
        levels(cut.symbols).forEach((names, depth) => {
          // Breadth-first: a level is cut only once every shallower symbol is kept.
          if (depth > 0) assert.deepEqual(levels(cut.symbols)[depth - 1], full[depth - 1]);
          assert.deepEqual(names, full[depth].slice(0, names.length));
        });
        const noEmpty = (symbols: readonly DocumentSymbol[]): boolean => symbols.every((s) => (s.children === undefined || s.children.length > 0) && noEmpty(s.children ?? []));
        assert.ok(noEmpty(cut.symbols));
      }),
      { numRuns: 300 },
    );
  });

  it('reads entente.outline.maxItems, keeping the default with a warning when it is not a whole number of at least 1', () => {
    assert.equal(readSettings({}).settings.outlineMaxItems, defaultOutlineMaxItems);
    assert.equal(readSettings({ outline: { maxItems: 120 } }).settings.outlineMaxItems, 120);
    assert.deepEqual(readSettings({ outline: { maxItems: 120 } }).warnings, [], 'not an unknown analysis setting');
    for (const wrong of [0, -1, 2.5, '100', true, Number.NaN, 1e300]) {
      const { settings, warnings } = readSettings({ outline: { maxItems: wrong } });
      assert.equal(settings.outlineMaxItems, defaultOutlineMaxItems, String(wrong));
      assert.match(warnings.join(), /outline\.maxItems/, String(wrong));
    }
    assert.match(readSettings({ outline: 'short' }).warnings.join(), /"outline" must be an object/);
  });
});

describe('outline limit over stdio', function () {
  this.timeout(60_000);
  const path = join(repoRoot, 'samples', 'ee-fi-cyber-defence-agreement.entente');
  const uri = `file://${path}`;
  const text = readFileSync(path, 'utf8');
  let client: RawClient;

  before(async () => {
    client = new RawClient({ outline: { maxItems: 4 } });
    await client.request('initialize', initializeParams());
    client.notify('initialized', {});
    const opened = client.diagnostics((p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    await opened;
  });

  after(() => client?.kill());

  const outline = async () => (await client.request('textDocument/documentSymbol', { textDocument: { uri } })).result as DocumentSymbol[];
  const limitNotices = () => client.notifications.filter((n) => n.method === 'entente/outlineLimited').map((n) => n.params as { uri: string; shown: number; total: number });

  it('sends at most maxItems symbols and says so once', async () => {
    const first = await outline();
    assert.equal(count(first), 4);
    await outline();
    const notices = limitNotices();
    assert.equal(notices.length, 1, 'told once, not on every request');
    assert.equal(notices[0].uri, uri);
    assert.equal(notices[0].shown, 4);
    assert.ok(notices[0].total > 4, `total ${notices[0].total}`);
    assert.ok(client.logs.some((l) => l.includes('entente.outline.maxItems')), 'logged for clients that ignore the notification');
  });

  it('follows a change of the setting, and says when the outline is whole again', async () => {
    client.settings = { outline: { maxItems: 100_000 } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    let whole: DocumentSymbol[] = [];
    for (let attempt = 0; attempt < 50 && count(whole) <= 4; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      whole = await outline();
    }
    const last = limitNotices().at(-1)!;
    assert.equal(count(whole), last.total);
    assert.equal(last.shown, last.total);
    assert.equal(limitNotices().length, 2);
  });
});
