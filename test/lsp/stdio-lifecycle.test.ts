/**
 * The lifecycle over stdio, answered as LSP 3.17 prescribes ("Lifecycle Messages"): requests
 * before `initialize` get ServerNotInitialized and notifications are dropped; junk `initialize`
 * params get InvalidParams with a message for people (the server can then still be
 * initialized); a second `initialize` is an InvalidRequest; after `shutdown` every request is an
 * InvalidRequest; `exit` ends the process with 0 after `shutdown` and 1 otherwise.
 */
import assert from 'node:assert/strict';
import { initializeParams, javascriptErrorText, RawClient } from './raw-client';

const ServerNotInitialized = -32002;
const InvalidRequest = -32600;
const InvalidParams = -32602;
const uri = 'file:///virtual/lifecycle.entente';
const text = 'memorandum "M" {\n  status non-binding\n}\nparticipant EE "Estonia"\n';

describe('lifecycle over stdio', function () {
  this.timeout(30_000);
  const clients: RawClient[] = [];
  const client = () => {
    const c = new RawClient();
    clients.push(c);
    return c;
  };
  after(() => clients.forEach((c) => c.kill()));

  it('refuses requests before initialize, drops notifications, then initializes normally', async () => {
    const c = client();
    for (const method of ['textDocument/hover', 'workspace/symbol', 'shutdown', 'entente/noSuchMethod', 'textDocument/willSaveWaitUntil']) {
      const { error } = await c.request(method, { textDocument: { uri }, position: { line: 0, character: 0 }, query: '' });
      assert.equal(error?.code, ServerNotInitialized, method);
      assert.match(error!.message, /not initialized/);
    }
    // Dropped: the document is not open after initialize.
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    const init = await c.request('initialize', initializeParams());
    assert.ok(init.result, JSON.stringify(init.error));
    c.notify('initialized', {});
    assert.deepEqual((await c.request('textDocument/documentSymbol', { textDocument: { uri } })).result, [], 'the didOpen sent before initialize was dropped');
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    const symbols = (await c.request('textDocument/documentSymbol', { textDocument: { uri } })).result as unknown[];
    assert.ok(symbols.length > 0);
  });

  it('answers junk initialize params with InvalidParams in words, and still initializes afterwards', async () => {
    const c = client();
    const junk: unknown[] = [null, 42, 'init', [], {}, { capabilities: null }, { capabilities: 'all' }, { processId: 'me', capabilities: {} }, { processId: 1e300, capabilities: {} }, { processId: -1, capabilities: {} }, { rootUri: 7, capabilities: {} }, { workspaceFolders: 'x', capabilities: {} }, { workspaceFolders: [{ uri: 1 }], capabilities: {} }, { trace: 3, capabilities: {} }];
    for (const params of junk) {
      const { error } = await c.request('initialize', params);
      assert.equal(error?.code, InvalidParams, JSON.stringify(params));
      assert.doesNotMatch(error!.message, javascriptErrorText);
    }
    const missing = await c.request('initialize');
    assert.equal(missing.error?.code, InvalidParams, 'initialize without params');
    assert.ok((await c.request('initialize', initializeParams())).result);
    const again = await c.request('initialize', initializeParams());
    assert.equal(again.error?.code, InvalidRequest, 'initialize may be sent only once');
  });

  it('refuses every request after shutdown and exits with 0', async () => {
    const c = client();
    await c.request('initialize', initializeParams());
    c.notify('initialized', {});
    const shutdown = await c.request('shutdown');
    assert.equal(shutdown.error, undefined);
    assert.equal(shutdown.result, null);
    for (const method of ['textDocument/hover', 'shutdown', 'initialize', 'workspace/executeCommand', 'entente/noSuchMethod']) {
      const { error } = await c.request(method, { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(error?.code, InvalidRequest, method);
      assert.match(error!.message, /shutting down/);
    }
    c.notify('exit');
    assert.equal(await c.exited, 0);
  });

  it('exits with 1 on exit without shutdown, also before initialize', async () => {
    const initialized = client();
    await initialized.request('initialize', initializeParams());
    initialized.notify('exit');
    assert.equal(await initialized.exited, 1);
    const fresh = client();
    fresh.notify('exit');
    assert.equal(await fresh.exited, 1);
  });
});
