// The last step of `npm test` (the README's test command). In CI (CI set and not "false"/"0",
// as .ci/run and hosted CI services set it) or when E2E=1, it runs the code-server end-to-end
// suite and fails with it: a suite that cannot run (no code-server, no chromium, no network
// for the setup) is a failure, never a skip. Elsewhere it says, in one line, that it did not run,
// so that every engineer's `npm test` does not start a browser and an editor on a shared machine.
import { spawnSync } from 'node:child_process';

const truthy = (value) => value !== undefined && value !== '' && value !== 'false' && value !== '0';
const inCi = truthy(process.env.CI);
if (!inCi && !truthy(process.env.E2E)) {
  console.log('e2e: code-server suite not run (CI is not set); run it with `npm run test:e2e`, or E2E=1 npm test');
  process.exit(0);
}
console.log(`e2e: running the code-server suite (${inCi ? 'CI' : 'E2E=1'})`);
const result = spawnSync('npm', ['run', 'test:e2e', '--silent'], { stdio: 'inherit' });
if (result.error) console.error(`e2e: could not start the suite: ${result.error.message}`);
process.exit(result.status ?? 1);
