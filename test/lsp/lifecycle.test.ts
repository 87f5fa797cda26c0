/**
 * The lifecycle gate in-process: which messages reach the handlers in which state, which are
 * turned into refusals, and the answer to a request cancelled while still queued.
 */
import assert from 'node:assert/strict';
import type { Message, RequestMessage } from 'vscode-languageserver/node';
import { initializeParamsProblem, Lifecycle } from '../../server/src/lsp/lifecycle';

const request = (id: number, method: string, params?: unknown): RequestMessage =>
  (params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params }) as RequestMessage;
const notification = (method: string): Message => ({ jsonrpc: '2.0', method } as unknown as Message);

/** Feeds messages through the gate; returns what reached the handlers ("refused" for refusals). */
function feed(lifecycle: Lifecycle, messages: Message[]): string[] {
  const reached: string[] = [];
  const strategy = lifecycle.options.messageStrategy!;
  for (const message of messages) {
    strategy.handleMessage(message, (m) => {
      const method = (m as { method?: string }).method;
      reached.push(method === 'entente/$refusedRequest' ? `refused ${(message as unknown as { method: string }).method}` : String(method));
    });
  }
  return reached;
}

describe('lifecycle gate', () => {
  it('refuses requests and drops notifications before initialize, except exit', () => {
    const reached = feed(new Lifecycle(), [request(1, 'textDocument/hover', {}), notification('textDocument/didOpen'), notification('exit')]);
    assert.deepEqual(reached, ['refused textDocument/hover', 'exit']);
  });

  it('lets initialize through once, then everything until shutdown, then only exit', () => {
    const reached = feed(new Lifecycle(), [
      request(1, 'initialize', { capabilities: {} }),
      notification('initialized'),
      request(2, 'textDocument/hover', {}),
      request(3, 'initialize', { capabilities: {} }),
      request(4, 'textDocument/hover', null),
      request(5, 'shutdown'),
      request(6, 'textDocument/hover', {}),
      notification('textDocument/didChange'),
      notification('$/cancelRequest'),
      notification('exit'),
    ]);
    assert.deepEqual(reached, [
      'initialize',
      'initialized',
      'textDocument/hover',
      'refused initialize',
      'refused textDocument/hover',
      'shutdown',
      'refused textDocument/hover',
      '$/cancelRequest',
      'exit',
    ]);
  });

  it('stays uninitialized after an initialize it refused', () => {
    const reached = feed(new Lifecycle(), [request(1, 'initialize', null), request(2, 'textDocument/hover', {}), request(3, 'initialize', { capabilities: {} })]);
    assert.deepEqual(reached, ['refused initialize', 'refused textDocument/hover', 'initialize']);
  });

  it('names what is wrong with initialize params, and accepts what clients really send', () => {
    assert.match(initializeParamsProblem({ processId: 12.5, capabilities: {} })!, /processId/);
    assert.match(initializeParamsProblem({ rootUri: {}, capabilities: {} })!, /rootUri/);
    assert.equal(initializeParamsProblem({ capabilities: {} }), undefined, 'processId and rootUri may be left out');
    assert.equal(initializeParamsProblem({ processId: null, rootUri: null, workspaceFolders: null, capabilities: {}, trace: 'off', initializationOptions: 7 }), undefined);
  });

  it('answers a request cancelled in the queue with RequestCancelled, and leaves notifications alone', () => {
    const cancel = new Lifecycle().options.connectionStrategy!.cancelUndispatched!;
    const answer = cancel(request(7, 'textDocument/hover', {}), () => undefined);
    assert.equal(answer?.id, 7);
    assert.equal(answer?.error?.code, -32800);
    assert.equal(cancel(notification('textDocument/didChange'), () => undefined), undefined);
  });
});
