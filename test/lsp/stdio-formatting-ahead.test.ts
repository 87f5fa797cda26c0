/**
 * Formatting through the server after it laid the document out ahead while idle
 * (lsp/formatting-ahead.ts, with the house style's two spaces until a request names other
 * options): the edits are exactly what formatting the text afresh gives, with spaces or tabs,
 * right after a keystroke as well. What was laid out ahead is never a different answer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWholeText } from '../../server/src/language/features/format';
import { initialize, repoRoot, shutdown, startServer, type ServerUnderTest } from './server-process';

describe('formatting over stdio after the layout ahead', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;

  before(async () => {
    server = startServer();
    await initialize(server);
  });

  after(async () => {
    assert.equal(await shutdown(server), 0);
  });

  it('gives the edits of a fresh formatting, with spaces and with tabs, before and right after a keystroke', async () => {
    // A messy copy: blank lines gone and braces pulled onto the header, so there is much to lay out.
    const messy = readFileSync(join(repoRoot, 'samples/baltic-cyber-convention.entente'), 'utf8').replace(/\n\n/g, '\n').replace(/ \{/g, '{');
    const uri = 'file:///w/ahead.entente';
    const textDocument = { uri };
    const format = (options: { tabSize: number; insertSpaces: boolean }) => server.connection.sendRequest<unknown[]>('textDocument/formatting', { textDocument, options });
    const published = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text: messy } });
    await published;
    // Time for the layout ahead to run (the answers below must hold whether it has or not).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const spaces = { tabSize: 2, insertSpaces: true };
    const tabs = { tabSize: 4, insertSpaces: false };
    const edits = await format(spaces);
    assert.ok(edits.length > 10, `${edits.length} edits: the copy is messy`);
    assert.deepStrictEqual(edits, formatWholeText(messy, spaces));
    assert.deepStrictEqual(await format(tabs), formatWholeText(messy, tabs));

    const at = messy.indexOf('"', messy.indexOf('\nclause ')) + 1;
    const typed = `${messy.slice(0, at)}w${messy.slice(at)}`;
    const lines = messy.slice(0, at).split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: position, end: position }, text: 'w' }] });
    assert.deepStrictEqual(await format(tabs), formatWholeText(typed, tabs), 'right after a keystroke');
  });
});
