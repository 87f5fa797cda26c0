/**
 * Team clause-library folders from the settings: problems in a library file are published as
 * diagnostics on that file, and a changed file (watched) is loaded again.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

describe('clause library folders over stdio', function () {
  this.timeout(30_000);
  let server: ServerUnderTest;
  let workspace: string;
  let libraryFile: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'entente-lsp-'));
    mkdirSync(join(workspace, 'team'));
    libraryFile = join(workspace, 'team', 'ours.clauses.json');
    writeFileSync(libraryFile, '{\n  "clauses": [\n    { "id": 42 \n');
    server = startServer({ library: { folders: ['team', 'missing', '/no/such/folder'] } });
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes the problems of a broken library file on that file', async () => {
    const uri = pathToFileURL(libraryFile).href;
    const waiting = server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await initialize(server, [workspace]);
    const { diagnostics } = await waiting;
    assert.ok(diagnostics.every((d) => d.source === 'entente' && d.severity === 2), JSON.stringify(diagnostics));
  });

  it('says which configured folder does not exist, and refuses one outside the workspace without looking at it', async () => {
    const deadline = Date.now() + 5000;
    while (!server.messages.some((m) => m.includes('/no/such/folder')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const missing = join(workspace, 'missing');
    assert.ok(server.messages.some((m) => m.includes(`${missing}: the library folder does not exist`)), JSON.stringify(server.messages));
    // Outside the workspace nothing is said about the folder itself (not even that it is missing).
    assert.ok(server.messages.some((m) => m.includes('/no/such/folder: the library folder is outside the workspace: not read')), JSON.stringify(server.messages));
    assert.ok(!server.messages.some((m) => m.includes('/no/such/folder: the library folder does not exist')), JSON.stringify(server.messages));
  });

  it('clears the diagnostics once the watched file is repaired', async () => {
    const uri = pathToFileURL(libraryFile).href;
    writeFileSync(libraryFile, JSON.stringify({ clauses: [] }));
    const waiting = server.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await waiting;
    assert.equal(await shutdown(server), 0);
  });
});
