/**
 * The hostile workspace of issue 12: a document that `use`s a symbolic link to /dev/zero, a named
 * pipe, a folder, an absolute path, `../` out of the workspace, a symbolic link out of it, a file
 * over the size limit, itself and a registry that uses it back. The command line and the server
 * each answer with a diagnostic on each path's exact range, nothing hangs, and nothing of the
 * file outside (its names, its contact, its e-mail address, even whether it exists) appears in
 * any answer.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../server/src/cli/main';
import { maxFileBytes } from '../../server/src/language';
import { initialize, shutdown, startServer, type ServerUnderTest } from '../lsp/server-process';

interface Shown {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  message: string;
}

/** What is outside: none of these words may appear in anything the CLI or the server says. */
const secrets = ['Hidden Agency', 'Secret desk', 'spy@', 'secret.example', 'ENOENT', 'EACCES'];

const header = 'memorandum "Memorandum" {\n  status non-binding\n}\nparticipant EE "Estonia"\n';

describe('hostile workspace: every read stays inside, bounded, and says why not', function () {
  this.timeout(60_000);
  let root: string;
  let ws: string;
  let outside: string;
  let main: string;
  let text: string;
  /** Each use line's path, in order: [path as written, the failure code expected on it]. */
  let uses: [string, string][];

  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'entente-hostile-ws-')));
    ws = join(root, 'ws');
    outside = join(root, 'outside');
    mkdirSync(ws);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.entente'), 'participant XX "Hidden Agency" { contact Desk "Secret desk" available 24/7 email "spy@secret.example" }\n');
    symlinkSync('/dev/zero', join(ws, 'zero.entente'));
    execFileSync('mkfifo', [join(ws, 'pipe.entente')]);
    mkdirSync(join(ws, 'folder.entente'));
    symlinkSync(join(outside, 'secret.entente'), join(ws, 'out-link.entente'));
    symlinkSync(outside, join(ws, 'out-folder'));
    writeFileSync(join(ws, 'huge.entente'), '');
    // A sparse file: its size says it is over the limit, and it is refused before a byte is read.
    truncateSync(join(ws, 'huge.entente'), maxFileBytes + 1);
    writeFileSync(join(ws, 'back.entente'), 'use "main.entente"\nparticipant FI "Finland"\n');
    writeFileSync(join(ws, 'registry.entente'), 'participant SE "Sweden"\n');
    uses = [
      // /dev/zero is outside the workspace: refused as such before its kind is looked at.
      ['zero.entente', 'outside'],
      ['pipe.entente', 'not-a-file'],
      ['folder.entente', 'not-a-file'],
      [join(outside, 'secret.entente'), 'outside'],
      [join(outside, 'nothing-here.entente'), 'outside'],
      ['../outside/secret.entente', 'outside'],
      ['out-link.entente', 'outside'],
      ['out-folder/secret.entente', 'outside'],
      ['huge.entente', 'too-large'],
      ['main.entente', 'self'],
      ['back.entente', 'cycle'],
      ['registry.entente', 'ok'],
    ];
    text = header + uses.map(([path]) => `use "${path}"`).join('\n') + '\nchannel Intel between EE, XX, SE, FI\n';
    main = join(ws, 'main.entente');
    writeFileSync(main, text);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const useLine = (i: number) => header.split('\n').length - 1 + i;
  /** The exact range of the i-th use's path, quotes included. */
  const pathRange = (i: number) => ({ start: { line: useLine(i), character: 4 }, end: { line: useLine(i), character: 4 + uses[i][0].length + 2 } });

  function expectRefusals(diagnostics: Shown[]): void {
    uses.forEach(([path, expected], i) => {
      const here = diagnostics.filter((d) => d.range.start.line === useLine(i) && ['file-not-read', 'use-cycle', 'unresolved-file'].includes(d.code));
      const says = (code: string, pattern: RegExp) => {
        assert.equal(here.length, 1, `${path}: ${JSON.stringify(here)}`);
        assert.equal(here[0].code, code, path);
        assert.deepEqual(here[0].range, pathRange(i), path);
        assert.match(here[0].message, pattern, path);
      };
      if (expected === 'outside') says('file-not-read', /is outside the workspace: not read/);
      else if (expected === 'not-a-file') says('file-not-read', /is not a regular file/);
      else if (expected === 'too-large') says('file-not-read', /is larger than 4 MiB: not read/);
      else if (expected === 'self') says('use-cycle', /uses itself/);
      else if (expected === 'cycle') says('use-cycle', /leads back to this file \(main\.entente → back\.entente → main\.entente\)/);
      else assert.deepEqual(here, [], path);
    });
    // The names the refused files would have supplied are unknown; the ones read are known.
    const unknown = diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => d.message);
    assert.equal(unknown.length, 1, JSON.stringify(unknown));
    assert.match(unknown[0], /'XX'/);
    for (const secret of secrets) assert.ok(!JSON.stringify(diagnostics).includes(secret), secret);
  }

  it('the command line: one diagnostic per refused path, on its range, and nothing from outside', () => {
    const out: string[] = [];
    const err: string[] = [];
    const status = run(['check', '--format', 'json', 'main.entente'], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: ws });
    assert.equal(status, 1, err.join('\n'));
    const diagnostics = JSON.parse(out.join('\n')) as Shown[];
    expectRefusals(diagnostics);
    for (const secret of secrets) assert.ok(!out.join('').includes(secret) && !err.join('').includes(secret), secret);
  });

  describe('the server', () => {
    let server: ServerUnderTest;
    const uri = () => pathToFileURL(main).href;
    before(async () => {
      server = startServer();
      await initialize(server, [ws]);
    });
    after(async () => {
      if (server && server.process.exitCode === null) await shutdown(server);
    });

    it('publishes the same refusals, and its answers about the outside name reveal nothing', async () => {
      const waiting = server.diagnostics(uri());
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'entente', version: 1, text } });
      const { diagnostics } = await waiting;
      expectRefusals(diagnostics as unknown as Shown[]);
      const xx = { line: text.split('\n').length - 2, character: text.split('\n').at(-2)!.indexOf('XX') + 1 };
      const answers = await Promise.all([
        server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri() }, position: xx }),
        server.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri() }, position: xx }),
        server.connection.sendRequest('workspace/symbol', { query: 'XX' }),
        server.connection.sendRequest('workspace/symbol', { query: '' }),
        server.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri() }, position: xx }),
        server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uri() } }),
      ]);
      const said = JSON.stringify(answers);
      for (const secret of secrets) assert.ok(!said.includes(secret), `${secret} in ${said.slice(0, 400)}`);
      // Links only to what was read or may be created: never to a refused path.
      const links = answers[5] as { target: string }[];
      assert.deepEqual(
        links.map((l) => l.target.slice(l.target.lastIndexOf('/') + 1)).sort(),
        ['back.entente', 'main.entente', 'registry.entente'],
      );
      assert.equal(server.process.exitCode, null, 'the server is alive');
    });
  });
});
