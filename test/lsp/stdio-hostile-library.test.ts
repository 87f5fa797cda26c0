/**
 * A team library folder holding a file nested 3,000 levels deep, over stdio: the server reports
 * it on that file, keeps the other team clauses and the built-in ones, and stays alive (it
 * once dropped the whole team library silently).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

const teamClause = {
  id: 'team/escalation',
  title: 'Escalation (team)',
  wording: 'mou',
  kinds: ['memorandum'],
  topics: ['incident-notification'],
  text: 'The {{Participants}} will escalate a significant incident within four hours.',
  rationale: 'Our practice.',
  source: 'Team practice',
  status: 'approved',
  version: '1.0.0',
};

describe('a hostile team library file over stdio', function () {
  this.timeout(30_000);
  let server: ServerUnderTest;
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'entente-hostile-team-'));
    mkdirSync(join(workspace, 'clauses'));
    writeFileSync(join(workspace, 'clauses', 'deep.clauses.json'), `{\n"clauses": [\n${'[{"a":'.repeat(3000)}`);
    writeFileSync(join(workspace, 'clauses', 'ours.clauses.json'), `\uFEFF// BOM, comments and trailing commas are fine\n{ "clauses": [${JSON.stringify(teamClause)},], }`);
    server = startServer({ library: { folders: ['clauses'] } });
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('reports the deep file on that file, at the line where it goes too deep', async () => {
    const deep = pathToFileURL(join(workspace, 'clauses', 'deep.clauses.json')).href;
    const waiting = server.diagnostics(deep, (p) => p.diagnostics.length > 0);
    await initialize(server, [workspace]);
    const { diagnostics } = await waiting;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.match(diagnostics[0].message, /nested more than \d+ levels deep/);
    assert.equal(diagnostics[0].range.start.line, 2);
  });

  it('still completes the other team clause and the built-in ones', async () => {
    const uri = pathToFileURL(join(workspace, 'mou.entente')).href;
    const text = 'memorandum "MoU" { status non-binding }\nclause Escalation from library "';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    const items: CompletionItem[] = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: text.split('\n')[1].length } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('team/escalation'), labels.join(', '));
    assert.ok(labels.includes('costs/mou'));
    assert.deepEqual(server.stderr.filter((s) => /stack|settings:/.test(s)), []);
    assert.equal(await shutdown(server), 0);
  });
});
