/**
 * Bad requests get error (or empty) answers and the server stays alive: positions past the
 * end, unknown documents, junk parameters, unknown methods and commands.
 */
import assert from 'node:assert/strict';
import type { ServerCapabilities } from 'vscode-languageserver-protocol';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

const uri = 'file:///virtual/robust.entente';
const text = 'memorandum "M" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\n';

/** The error code of a rejected request, or undefined when it was answered. */
async function errorCode(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe('language server robustness over stdio', function () {
  this.timeout(30_000);
  let server: ServerUnderTest;
  let capabilities: ServerCapabilities;

  before(async () => {
    server = startServer();
    capabilities = (await initialize(server)).capabilities;
    const waiting = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    await waiting;
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
  });

  const request = (method: string, params: unknown) => server.connection.sendRequest(method, params);

  it('answers positions past the end of the document without failing', async () => {
    const far = { textDocument: { uri }, position: { line: 10_000, character: 10_000 } };
    const eol = { textDocument: { uri }, position: { line: 1, character: 500 } };
    for (const at of [far, eol]) {
      assert.equal(await errorCode(request('textDocument/definition', at)), undefined);
      assert.equal(await errorCode(request('textDocument/documentHighlight', at)), undefined);
      if (capabilities.hoverProvider) assert.equal(await errorCode(request('textDocument/hover', at)), undefined);
      if (capabilities.completionProvider) assert.equal(await errorCode(request('textDocument/completion', at)), undefined);
    }
  });

  it('opens completion on a space only where a value follows', async () => {
    const typing = 'file:///virtual/typing.entente';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: typing, languageId: 'entente', version: 1, text: 'memorandum "M" {\n  status \n}\nparticipant EE "E" \n' } });
    const labels = async (line: number, character: number, context: unknown) =>
      ((await request('textDocument/completion', { textDocument: { uri: typing }, position: { line, character }, context })) as { label: string }[]).map((i) => i.label);
    const bySpace = { triggerKind: 2, triggerCharacter: ' ' };
    assert.deepEqual(await labels(1, 9, bySpace), ['binding', 'non-binding', 'undetermined']);
    assert.deepEqual(await labels(3, 19, bySpace), [], 'no keyword list after every space');
    assert.ok((await labels(3, 19, { triggerKind: 1 })).includes('channel'), 'asked for (Ctrl+Space), keywords are offered');
  });

  it('answers requests about unknown documents with empty results', async () => {
    const unknown = { uri: 'file:///nowhere/missing.entente' };
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: unknown }), []);
    assert.deepEqual(await request('textDocument/definition', { textDocument: unknown, position: { line: 0, character: 0 } }), []);
    assert.deepEqual(await request('textDocument/semanticTokens/full', { textDocument: unknown }), { data: [] });
    assert.deepEqual(await request('textDocument/foldingRange', { textDocument: { uri: 'untitled:Untitled-9' } }), []);
  });

  it('rejects junk parameters with InvalidParams', async () => {
    const invalid = -32602;
    assert.equal(await errorCode(request('textDocument/definition', { textDocument: { uri }, position: 'top' })), invalid);
    assert.equal(await errorCode(request('textDocument/definition', { textDocument: { uri }, position: { line: -1, character: 0 } })), invalid);
    assert.equal(await errorCode(request('textDocument/references', { textDocument: 42, position: { line: 0, character: 0 } })), invalid);
    assert.equal(await errorCode(request('textDocument/documentSymbol', null)), invalid);
    assert.equal(await errorCode(request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 1.5, character: 0 } })), invalid);
    assert.equal(await errorCode(request('workspace/executeCommand', { command: 'entente.render', arguments: ['not an object'] })), invalid);
    assert.equal(await errorCode(request('workspace/executeCommand', { command: 'entente.render', arguments: [{ uri, format: 'pdf' }] })), invalid);
    assert.equal(await errorCode(request('workspace/executeCommand', { command: 'entente.noSuchCommand' })), invalid);
    assert.equal(await errorCode(request('workspace/executeCommand', { command: 'entente.instantiateTemplate', arguments: [{ id: 'no-such-template' }] })), invalid);
    assert.equal(await errorCode(request('workspace/executeCommand', { command: 'entente.instantiateTemplate', arguments: [{ id: 7 }] })), invalid);
  });

  it('rejects unknown methods with MethodNotFound', async () => {
    assert.equal(await errorCode(request('entente/noSuchMethod', {})), -32601);
  });

  it('ignores junk notifications and still works afterwards', async () => {
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.entente', version: 3 }, contentChanges: [{ text: 'x' }] });
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'junk' });
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 2 }] });
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string }[];
    assert.ok(symbols.some((s) => s.name.includes('EE')), JSON.stringify(symbols));
    assert.equal(server.process.exitCode, null);
    assert.equal(await shutdown(server), 0);
  });
});
