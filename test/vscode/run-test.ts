/**
 * `npm run test:vscode`: downloads VS Code (into .vscode-test/, gitignored) with
 * @vscode/test-electron, opens a throw-away copy of samples/ and the e2e fixtures, loads this
 * repository as the extension under development and runs the bundled suite
 * (out/vscode-test/suite.cjs, built by scripts/e2e/build-vscode-suite.mjs) in its extension host.
 * Needs a machine that can download VS Code, and a display (on Linux CI: `xvfb-run -a`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { populateWorkspace } from '../e2e/harness/workspace';
import { repoRoot } from '../e2e/harness/paths';

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'entente-vscode-test-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'entente-vscode-user-'));
  populateWorkspace(workspace);
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out/vscode-test/suite.cjs'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
      ],
      extensionTestsEnv: { ENTENTE_TEST_WORKSPACE: workspace },
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('test:vscode failed:', error);
  process.exit(1);
});
