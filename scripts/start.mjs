// `npm start` (after `npm run build`): shows what Entente does, on the samples, and says so.
//
// samples/review-me.entente is faulty on purpose: it demonstrates the checks, so its findings
// are expected and do not fail `npm start`. Every other sample is a clean instrument: it is
// checked as a gate (no error, no warning), so a regression in the checks or in a sample still
// fails `npm start`. So does review-me.entente showing no error at all (the checks stopped
// working). Usage: node scripts/start.mjs [samples folder]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const folder = process.argv[2] ?? 'samples';
const demo = join(folder, 'review-me.entente');
const clean = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.entente'))
  .map((entry) => relative(process.cwd(), join(entry.parentPath ?? entry.path, entry.name)))
  .filter((file) => file !== relative(process.cwd(), demo))
  .sort();

const entente = (...args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' }).status;
const say = (text) => process.stdout.write(`${text}\n`);

say(`Entente: the command line (dist/cli.cjs, built just now) checks the instruments in ${folder}/ as the editor does.\n`);
say(`1. The ${clean.length} clean samples must have no errors and no warnings:`);
say(`   entente check ${clean.join(' ')} --max-warnings 0`);
if (entente('check', ...clean, '--max-warnings', '0') !== 0) {
  say(`\nnpm start FAILED: a clean sample above has errors or warnings. That is a regression (in the checks or in the sample), not the demonstration.`);
  process.exit(1);
}

say(`\n2. ${demo} is faulty on purpose: it shows the checks at work. Its findings below are expected.`);
say(`   entente check ${demo}`);
const demoStatus = entente('check', demo);
if (demoStatus !== 1) {
  say(`\nnpm start FAILED: ${demo} should have errors (exit status 1) but entente check exited with ${demoStatus}.`);
  process.exit(1);
}

say(`\nnpm start succeeded: the clean samples are clean, and ${demo} shows its deliberate problems.`);
say(`Open ${folder}/ in VS Code with the extension to see them underlined; \`node dist/cli.cjs --help\` lists the commands.`);
