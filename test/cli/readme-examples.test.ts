/**
 * Every example of the README works as written: each command in a ```sh block that runs
 * `entente`, `node dist/cli.cjs`, `npm start` or `npm run <script>` is run, in order, and must
 * exit with the status its comment states (`# exit N: …`). `entente` is the installed bin (a
 * symlink on PATH). The examples run in a scratch folder holding a copy of samples/ (they may
 * write files there) and the built dist/; npm scripts run in the repository, and only the
 * scripts listed here as safe are run — any other found in an example fails the test until it is
 * listed, with a reason, one way or the other.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { installedBinFolder, repoRoot, stackTrace } from './cli-harness';

/** npm scripts an example may run here: they only build and read. */
const safeScripts = new Set(['start', 'build']);
/** Commands of the examples this test does not run, and why. */
const notRun: Record<string, string> = {
  'npm ci': 'reinstalls node_modules under the running test suite',
  'npm test': 'is the suite running this test',
};

interface Example {
  readonly command: string;
  readonly status: number;
  readonly line: number;
}

/** The commands of the README's sh blocks that this test must run, with their documented status. */
export function readmeExamples(markdown: string): { examples: Example[]; skipped: string[] } {
  const examples: Example[] = [];
  const skipped: string[] = [];
  let inSh = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^```/.test(text)) {
      inSh = !inSh && /^```sh\s*$/.test(text);
      return;
    }
    if (!inSh || text.trim() === '') return;
    const hash = text.search(/\s#\s/);
    const commandLine = (hash >= 0 ? text.slice(0, hash) : text).trim();
    const comment = hash >= 0 ? text.slice(hash) : '';
    for (const command of commandLine.split(/\s*&&\s*/)) {
      const npmRun = /^npm (?:run (\S+)|start)\b/.exec(command);
      const runs = /^(entente|node dist\/cli\.cjs)\b/.test(command) || npmRun !== null;
      if (!runs) {
        if (!(command in notRun)) throw new Error(`README line ${index + 1}: "${command}" is neither run nor listed as not run`);
        skipped.push(command);
        continue;
      }
      const script = npmRun ? (npmRun[1] ?? 'start') : undefined;
      if (script !== undefined && !safeScripts.has(script)) throw new Error(`README line ${index + 1}: npm script ${script} is not known to be safe to run in a test`);
      const status = /#\s*exit (\d)\b/.exec(comment);
      if (!status) throw new Error(`README line ${index + 1}: "${command}" does not state its exit status (# exit N: …)`);
      examples.push({ command, status: Number(status[1]), line: index + 1 });
    }
  });
  return { examples, skipped };
}

describe('README examples', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const { examples, skipped } = readmeExamples(readme);
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'entente-readme-'));
    cpSync(join(repoRoot, 'samples'), join(scratch, 'samples'), { recursive: true });
    symlinkSync(join(repoRoot, 'dist'), join(scratch, 'dist'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the examples: every command, npm start and the SARIF and --config lines among them', () => {
    const commands = examples.map((e) => e.command);
    for (const expected of [/^npm start$/, /^entente check .*--format sarif/, /^entente check .*--config /, /^entente check .*--max-warnings /, /^entente fmt /, /^entente new /, /^entente library/, /^node dist\/cli\.cjs /]) {
      assert.ok(commands.some((c) => expected.test(c)), `no example matches ${expected}`);
    }
    assert.deepEqual(skipped.sort(), ['npm ci', 'npm test']);
    assert.throws(() => readmeExamples('```sh\nentente check samples\n```\n'), /does not state its exit status/);
    assert.throws(() => readmeExamples('```sh\nnpm run package   # exit 0\n```\n'), /not known to be safe/);
    assert.throws(() => readmeExamples('```sh\nrm -rf samples   # exit 0\n```\n'), /neither run nor listed/);
  });

  // In order: later examples use what earlier ones wrote (entente new … then entente check …).
  for (const { command, status, line } of examples) {
    it(`line ${line}: ${command}  → exit ${status}`, function () {
      this.timeout(180_000);
      const npm = command.startsWith('npm ');
      const result = spawnSync('bash', ['-c', command], {
        cwd: npm ? repoRoot : scratch,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, PATH: `${installedBinFolder()}${delimiter}${process.env.PATH ?? ''}` },
      });
      assert.equal(result.status, status, `${command}\n${result.stderr.slice(-2000)}`);
      assert.doesNotMatch(result.stdout + result.stderr, stackTrace);
      if (/> entente\.sarif/.test(command)) assert.equal(JSON.parse(readFileSync(join(scratch, 'entente.sarif'), 'utf8')).version, '2.1.0');
      if (/^entente new \S+ draft\.entente/.test(command)) assert.ok(existsSync(join(scratch, 'draft.entente')));
    });
  }
});
