/**
 * Running `entente` the two ways the tests need: in-process through `run()` (fast, precise) and
 * as the installed program — the package's `bin` through a symlink named `entente`, as npm's bin
 * links and `npm link` make it — in a child process with real exit statuses, stdout and stderr.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../server/src/cli/main';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const samplesDir = join(repoRoot, 'samples');
const binTarget: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).bin.entente;

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runInProcess(args: readonly string[], cwd: string): CliResult {
  let stdout = '';
  let stderr = '';
  const status = run(args, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n'), cwd });
  if (typeof status !== 'number') throw new Error(`entente ${args.join(' ')} is asynchronous: use runInProcessAsync`);
  return { status, stdout, stderr };
}

/** The same for a command that may run asynchronously (`render`); binary stdout is collected too. */
export async function runInProcessAsync(args: readonly string[], cwd: string, options: { terminal?: boolean } = {}): Promise<CliResult & { bytes: Uint8Array[] }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const status = await run(args, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n'), outBytes: (b) => bytes.push(b), outIsTerminal: options.terminal === true, cwd });
  return { status, stdout, stderr, bytes };
}

let binFolder: string | undefined;

/** A folder holding only a symlink `entente` to the package's bin (made once, removed at exit). */
export function installedBinFolder(): string {
  if (!binFolder) {
    const folder = mkdtempSync(join(tmpdir(), 'entente-bin-'));
    symlinkSync(join(repoRoot, binTarget), join(folder, 'entente'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    binFolder = folder;
  }
  return binFolder;
}

export function runBin(args: readonly string[], cwd: string, options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(join(installedBinFolder(), 'entente'), args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Both ways, for tests that must hold for each: `for (const [how, entente] of bothWays) …`. */
export const bothWays: readonly (readonly [string, (args: readonly string[], cwd: string) => CliResult])[] = [
  ['run() in-process', runInProcess],
  ['the installed bin', runBin],
];

/** A stack trace line, which no output of the command line may ever contain. */
export const stackTrace = /^\s+at .+[:(]\d+:\d+\)?$/m;
