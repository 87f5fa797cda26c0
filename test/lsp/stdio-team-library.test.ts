/**
 * Issue #5's acceptance, end to end over stdio: a team library folder with an extra clause and a
 * clause overriding a built-in one shows both in completion, and a broken library file beside
 * them yields a clear diagnostic while the built-in clauses still complete.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

const teamClauses = {
  clauses: [
    {
      id: 'team/escalation-matrix',
      title: 'Escalation matrix (team)',
      wording: 'mou',
      kinds: ['memorandum'],
      topics: ['incident-notification'],
      satisfies: ['MC21'],
      text: 'The {{Participants}} will escalate a significant incident to their heads of CERT within four hours.',
      placeholders: [],
      rationale: 'Our practice since 2025.',
      source: 'Team practice',
      status: 'approved',
      version: '1.0.0',
    },
    {
      id: 'entry-into-force/mou',
      title: 'Coming into effect (team wording)',
      wording: 'mou',
      kinds: ['memorandum'],
      topics: ['entry-into-force'],
      satisfies: ['MC01'],
      text: 'This {{instrument}} will come into effect on the date of the last signature, as recorded by the team.',
      placeholders: [],
      rationale: 'Our house style for the date of effect.',
      source: 'Team practice',
      status: 'approved',
      version: '2.0.0',
    },
  ],
};

describe('a team clause library over stdio', function () {
  this.timeout(30_000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'entente-team-'));
    mkdirSync(join(workspace, 'clauses'));
    writeFileSync(join(workspace, 'clauses', 'ours.clauses.json'), JSON.stringify(teamClauses, null, 2));
    writeFileSync(join(workspace, 'clauses', 'broken.clauses.json'), '{\n  "clauses": [\n    { "id": 42,\n');
    server = startServer({ library: { folders: ['clauses'] } });
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('reports the broken file on that file', async () => {
    const broken = pathToFileURL(join(workspace, 'clauses', 'broken.clauses.json')).href;
    const waiting = server.diagnostics(broken, (p) => p.diagnostics.length > 0);
    await initialize(server, [workspace]);
    const { diagnostics } = await waiting;
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.message.length > 10 && d.range.start.line >= 0), JSON.stringify(diagnostics));
  });

  it('completes the extra clause, the overriding clause and the built-in ones', async () => {
    const uri = pathToFileURL(join(workspace, 'mou.entente')).href;
    const text = 'memorandum "MoU" { status non-binding }\nclause Effect from library "';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    const result: CompletionItem[] | CompletionList | null = await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: text.split('\n')[1].length },
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.ok(byLabel.has('team/escalation-matrix'), `labels: ${[...byLabel.keys()].join(', ')}`);
    const overridden = byLabel.get('entry-into-force/mou');
    assert.ok(overridden, 'the overriding clause is offered under the built-in id');
    const shown = JSON.stringify([overridden.detail, overridden.documentation]);
    assert.match(shown, /team wording|as recorded by the team/, 'the team text replaces the built-in one');
    assert.ok(byLabel.has('costs/mou'), 'a built-in clause still completes');
    assert.equal(await shutdown(server), 0);
  });
});
