/**
 * Diagnostics over stdio as the document changes: published on open, debounced so a burst of
 * edits yields one publication for the latest version, re-published for a document that
 * `use`s the edited one, cleared on close; settings from `workspace/configuration` apply.
 */
import assert from 'node:assert/strict';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

const folder = 'file:///virtual/treaties';
const registryUri = `${folder}/registry.entente`;
const mainUri = `${folder}/main.entente`;
const mainText = 'use "registry.entente"\nparticipant EE\nchannel Intel between EE, FI\n';

describe('diagnostics over stdio', function () {
  this.timeout(30_000);
  let server: ServerUnderTest;

  before(async () => {
    // `unknown-reference` raised to an error by the settings the client answers with.
    server = startServer({ rules: { 'unknown-reference': 'error' }, profile: 'no-such-profile' });
    await initialize(server);
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
  });

  const open = (uri: string, text: string, version = 1) =>
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version, text } });
  const change = (uri: string, text: string, version: number) =>
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });

  it('reports a reference the used file does not declare, with the configured severity', async () => {
    await open(registryUri, 'participant EE "Estonia"\n');
    const waiting = server.diagnostics(mainUri);
    await open(mainUri, mainText);
    const { diagnostics } = await waiting;
    const unknown = diagnostics.find((d) => d.code === 'unknown-reference');
    assert.ok(unknown, JSON.stringify(diagnostics));
    assert.equal(unknown.severity, 1, 'the rules setting made it an error');
    assert.deepEqual(unknown.range, { start: { line: 2, character: 26 }, end: { line: 2, character: 28 } });
  });

  it('re-publishes the using document when the used one changes', async () => {
    // The first test left main.entente with an unknown FI; declaring FI in the registry clears it.
    const waiting = server.diagnostics(mainUri, (p) => !p.diagnostics.some((d) => d.code === 'unknown-reference'));
    await change(registryUri, 'participant EE "Estonia"\nparticipant FI "Finland"\n', 2);
    await waiting;
  });

  it('publishes once, for the latest version, after a burst of edits', async () => {
    const before = server.published.length;
    const broken = 'use "registry.entente"\nparticipant EE\nchannel Intel between EE, SE\n';
    for (let version = 2; version <= 6; version++) await change(mainUri, version % 2 === 0 ? broken : mainText, version);
    const last = await server.diagnostics(mainUri, (p) => p.version === 6);
    const forMain = server.published.slice(before).filter((p) => p.uri === mainUri);
    assert.deepEqual(
      forMain.map((p) => p.version),
      [6],
    );
    assert.ok(last.diagnostics.some((d) => d.code === 'unknown-reference' && d.message.includes('SE')));
  });

  it('clears the diagnostics of a closed document', async () => {
    const waiting = server.diagnostics(mainUri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: mainUri } });
    await waiting;
  });

  it('warns about broken settings instead of failing', async () => {
    // The profile in the settings does not exist: the rest of the settings still applied above.
    assert.ok(server.messages.some((m) => m.includes('unknown profile "no-such-profile"')), JSON.stringify(server.messages));
    assert.ok(server.process.exitCode === null);
    assert.equal(await shutdown(server), 0);
  });
});
