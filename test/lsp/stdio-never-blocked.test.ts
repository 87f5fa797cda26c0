/**
 * Requests never wait behind an analysis, and long requests can be cancelled (issue 11 item 2,
 * issue 12 item 3), over stdio with the built server and a large generated instrument
 * (bench/generator.ts). The assertions are about the order of messages, never about timings:
 *
 * - a small document's diagnostics are published just before the large one's analysis starts
 *   (the scheduler works one document at a time, in the order their edits settled); the hover,
 *   outline and completion sent when that publication arrives are answered before the large
 *   document's diagnostics are published — a server that analysed synchronously would answer
 *   them only after;
 * - a render of the large document (which needs its whole analysis) is still running when a
 *   hover sent after it is answered, and a `$/cancelRequest` sent then gets RequestCancelled.
 */
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { generateModel, toEntente } from '../../bench/generator';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

const folder = 'file:///virtual/never-blocked';
const largeText = toEntente(generateModel({ lines: 20_000 }));
const smallText = 'memorandum "Small" {\n}\n';
/** A position inside the large document's text (its 200th line, a few characters in). */
const inside = { line: 200, character: 4 };

describe('over stdio: requests never wait behind an analysis; long requests can be cancelled', function () {
  this.timeout(120_000);
  let server: ServerUnderTest;

  beforeEach(async () => {
    server = startServer({});
    await initialize(server);
  });

  afterEach(async () => {
    if (server.process.exitCode === null) assert.equal(await shutdown(server), 0, server.stderr.join(''));
  });

  const open = (uri: string, text: string) => server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
  const change = (uri: string, version: number, text: string) =>
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }] });

  it('answers hover, outline and completion before the diagnostics of the edit that is being analysed are published', async () => {
    const large = `${folder}/large.entente`;
    const small = `${folder}/small.entente`;
    await open(small, smallText);
    await open(large, largeText);
    // Both edited; the small one's run settles first, the large one's starts right after it.
    await change(small, 2, '// edited\n');
    await change(large, 2, '// edited\n');
    const events: string[] = [];
    const largePublished = server.diagnostics(large, (p) => p.version === 2, 110_000).then((p) => (events.push('diagnostics of the edit'), p));
    await server.diagnostics(small, (p) => p.version === 2, 60_000);
    const textDocument = { uri: large };
    const asked = [
      server.connection.sendRequest('textDocument/hover', { textDocument, position: { line: inside.line + 1, character: inside.character } }).then(() => events.push('hover')),
      server.connection.sendRequest('textDocument/documentSymbol', { textDocument }).then((symbols) => (events.push('outline'), symbols)),
      server.connection.sendRequest('textDocument/completion', { textDocument, position: { line: inside.line + 1, character: 0 } }).then(() => events.push('completion')),
    ];
    const [, outline] = await Promise.all(asked);
    const { diagnostics } = await largePublished;
    assert.deepEqual(events, ['hover', 'outline', 'completion', 'diagnostics of the edit'], 'each request was answered before the analysis of the edit ended');
    assert.ok(Array.isArray(outline) && outline.length > 10, 'the outline of the large document is a real answer');
    assert.ok(Array.isArray(diagnostics), 'the analysis of the edit was published afterwards');
  });

  it('answers a cancelled render, which is still running when a later hover is answered, with RequestCancelled (-32800)', async () => {
    const large = `${folder}/render.entente`;
    await open(large, largeText);
    const source = new CancellationTokenSource();
    const events: string[] = [];
    const rendering = server.connection
      .sendRequest('workspace/executeCommand', { command: 'entente.render', arguments: [{ uri: large, format: 'markdown' }] }, source.token)
      .then(
        () => (events.push('render answered'), undefined),
        (error: unknown) => (events.push('render refused'), error),
      );
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: large }, position: inside });
    events.push('hover answered');
    source.cancel();
    const error = await rendering;
    assert.deepEqual(events, ['hover answered', 'render refused'], 'the render was still running when the hover was answered');
    assert.ok(error instanceof ResponseError, String(error));
    assert.equal(error.code, -32800);
    // The server is alive and still publishes the document's diagnostics.
    await server.diagnostics(large, (p) => p.version === 1, 110_000);
  });
});
