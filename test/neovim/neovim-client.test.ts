/**
 * Neovim (Debian's `neovim`, installed by .ci/run) as a second real LSP client: it starts the
 * built server over stdio on a sample, and the diagnostics it collects must be exactly those
 * the command line reports for the same file. Without nvim the test fails with instructions,
 * it does not skip.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, repoRoot, serverBundle } from '../lsp/server-process';

const sample = join(repoRoot, 'samples/review-me.entente');

function cliDiagnostics(): { code: string; line: number; character: number }[] {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.cjs'), 'check', sample, '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
  const parsed = JSON.parse(result.stdout) as { code: string; range: { start: { line: number; character: number } } }[];
  return parsed.map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character }));
}

describe('Neovim as LSP client', function () {
  this.timeout(60_000);

  it('shows the diagnostics of a sample that the command line reports', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(!version.error, 'nvim is not installed: run `apt-get install -y neovim` (.ci/run does) — this test needs a real second LSP client');
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'entente-nvim-'));
    try {
      const out = join(dir, 'diagnostics.jsonl');
      const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(import.meta.dirname, 'collect-diagnostics.lua')}`], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 50_000,
        env: { ...process.env, ENTENTE_FILE: sample, ENTENTE_SERVER: serverBundle, ENTENTE_OUT: out, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
      });
      const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(run.status, 0, `nvim exited with ${run.status}: ${JSON.stringify(lines[0])} ${run.stderr}`);
      const [summary, ...diagnostics] = lines;
      assert.ok((summary.symbols as number) > 0, 'documentSymbol answered nothing');
      assert.ok(diagnostics.some((d) => d.code === 'invalid-date'), `no invalid-date among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      const key = (d: { code?: unknown; line?: unknown; character?: unknown }) => `${d.line}:${d.character} ${d.code}`;
      assert.deepEqual(diagnostics.map(key).sort(), cliDiagnostics().map(key).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
