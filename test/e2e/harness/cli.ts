/** The command line's findings on a file: the reference the editor's diagnostics must agree with. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths';

interface CliFinding {
  readonly severity: string;
  readonly code: string;
}

/** Findings the Problems panel lists (it does not list hints). */
export function cliProblemCount(path: string): number {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.cjs'), 'check', '--format', 'json', path], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error || !result.stdout) throw new Error(`entente check failed on ${path}: ${result.error?.message ?? result.stderr}`);
  const findings = JSON.parse(result.stdout) as CliFinding[];
  return findings.filter((f) => f.severity !== 'hint').length;
}
