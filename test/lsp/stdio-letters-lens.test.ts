/**
 * Over stdio, the lens above a library clause the export writes in the letters' words
 * (features/letters-wording.ts): the EE–FI notes with a disputes clause taken from the library
 * without a body get, on the clause's line, a lens that is read, not clicked (empty command).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { initialize, repoRoot, shutdown, startServer, type ServerUnderTest } from './server-process';

describe('the letters-wording lens over stdio', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;
  const uri = 'file:///t/ee-fi-notes.entente';
  const text = `${readFileSync(join(repoRoot, 'samples/ee-fi-exchange-of-notes.entente'), 'utf8').replace('  disputes by negotiation\n', '')}\nclause Disputes from library "disputes/treaty"\n`;

  before(async () => {
    server = startServer();
    await initialize(server);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
  });
  after(async () => assert.equal(await shutdown(server), 0));

  it('says on the clause\'s line which words the signed text has', async () => {
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const letters = lenses.filter((l) => /exported/i.test(l.command?.title ?? ''));
    assert.deepEqual(
      letters.map((l) => ({ line: l.range.start.line, title: l.command?.title, command: l.command?.command })),
      [{ line: text.split('\n').length - 2, title: 'The library\'s text is exported with “Governments” for “Parties”, as the letters call the parties', command: '' }],
    );
  });
});
