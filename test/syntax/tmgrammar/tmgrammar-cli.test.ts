/**
 * Runs vscode-tmgrammar-test over the scope-assertion files in cases/ (Sublime-style
 * `// ^^^ scope` lines, see the tool's README) as a child process, so `npm test` stays the one
 * command. The same run is available alone as `npm run test:grammar`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../samples/sample-files';
import { grammarPath } from './tokenize';

const require = createRequire(import.meta.url);
const unitTool = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

function runTool(pattern: string): { status: number | null; output: string } {
  // A timeout turns a hang (the tool's assertion parser backtracks badly on malformed lines)
  // into a failure with a message instead of a stuck test run.
  const result = spawnSync(process.execPath, [unitTool, '--compact', '--grammar', grammarPath, pattern], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

describe('TextMate grammar scope assertions (vscode-tmgrammar-test)', () => {
  it('passes every assertion in test/syntax/tmgrammar/cases', () => {
    const { status, output } = runTool('test/syntax/tmgrammar/cases/*.test.entente');
    assert.equal(status, 0, output);
    assert.match(output, /header\.test\.entente run successfu/, output);
  });

  it('fails on a wrong assertion, so the run above proves something', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-tm-'));
    try {
      writeFileSync(join(dir, 'wrong.test.entente'), '// SYNTAX TEST "source.entente" "wrong on purpose"\nchannel C between EE, FI\n// <------- string.quoted.double.entente\n');
      const { status, output } = runTool(join(dir, '*.test.entente'));
      assert.notEqual(status, 0, output);
      assert.match(output, /string\.quoted\.double\.entente/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
