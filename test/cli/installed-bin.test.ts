/**
 * The installed command line, run the way users and CI run it: through the package's `bin` under
 * its own name (a symlink, as npm's bin links and `npm link` make it), never only as
 * `node dist/cli.cjs`. It must exit 1 on a file with errors. And importing the CLI module must run
 * nothing: mocha's own entry is named `cli.js`, which once made every `npm test` run the CLI.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).bin.entente;

describe('installed entente command', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-bin-'));
    symlinkSync(join(repoRoot, bin), join(folder, 'entente'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const runBin = (...args: string[]) => spawnSync(join(folder, 'entente'), args, { cwd: repoRoot, encoding: 'utf8' });

  it('exits 1 with the findings on a file with errors, through a symlink named entente', () => {
    const result = runBin('check', 'samples/review-me.entente');
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /review-me\.entente:\d+:\d+ error /);
  });

  it('exits 0 on a clean sample and 2 on bad usage, with one line and no stack trace', () => {
    assert.equal(runBin('check', 'samples/cert-cert-mou.entente').status, 0);
    const usage = runBin('frobnicate');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^entente: unknown command frobnicate/);
    assert.doesNotMatch(usage.stderr, /\n\s+at /);
  });

  it('runs nothing when the CLI module is imported by a program named cli.js', () => {
    const importer = join(folder, 'cli.js');
    writeFileSync(importer, `import(${JSON.stringify(join(repoRoot, 'server/src/cli/main.ts'))});\n`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', importer, 'check', 'samples'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('exits with its status and no stack trace when the reader closes the pipe early (entente check … | head)', async () => {
    // SARIF of every sample is far more than a pipe holds, so the program is still writing when the reader goes.
    const child = spawn(join(folder, 'entente'), ['check', 'samples', '--format', 'sarif'], { cwd: repoRoot });
    let received = 0;
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.ok(received > 0);
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });
});
