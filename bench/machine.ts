// What the figures were measured on: the machine, the versions, the load, the commit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const repoRoot = join(import.meta.dirname, '..');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  versions: Record<string, string>;
  commit: string;
  dirty: boolean;
}

function packageVersion(name: string): string {
  try {
    return JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  } catch {
    return 'not installed';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export function machine(): Machine {
  let os: string = process.platform;
  try {
    os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? os;
  } catch {
    // not Linux
  }
  const own = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os,
    node: process.version,
    versions: {
      entente: own.version,
      chevrotain: packageVersion('chevrotain'),
      'vscode-languageserver': packageVersion('vscode-languageserver'),
      'yaml-language-server': packageVersion('yaml-language-server'),
      esbuild: packageVersion('esbuild'),
    },
    commit: git(['rev-parse', '--short', 'HEAD']),
    // Only the measured code counts: changes under bench/ do not make the subject dirty.
    dirty: git(['status', '--porcelain', '--', 'server', 'client', 'scripts', 'package.json']) !== '',
  };
}

export interface Load {
  at: string;
  /** 1, 5 and 15-minute load averages. */
  loadavg: [number, number, number];
}

export function load(): Load {
  const [a, b, c] = loadavg();
  return { at: new Date().toISOString(), loadavg: [round(a), round(b), round(c)] };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Peak resident set size of a process (VmHWM), in MB; undefined when /proc is not there. */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(status.match(/^VmHWM:\s+(\d+)\s+kB/m)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time of the whole machine and of this process with its reaped children, in seconds. */
export interface CpuSnapshot {
  wallS: number;
  busyS: number;
  ownS: number;
}

const ticksPerSecond = 100; // USER_HZ on Linux

export function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    const total = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: busy is everything but idle and iowait.
    const busy = total.reduce((a, b) => a + b, 0) - total[3] - (total[4] ?? 0);
    const self = readFileSync('/proc/self/stat', 'utf8');
    const fields = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
    // fields[11..14] = utime, stime, cutime, cstime (stat fields 14–17)
    const own = fields[11] + fields[12] + fields[13] + fields[14];
    return { wallS: performance.now() / 1000, busyS: busy / ticksPerSecond, ownS: own / ticksPerSecond };
  } catch {
    return undefined;
  }
}

/**
 * How many cores other processes kept busy on average between two snapshots: the machine's
 * busy time minus this process tree's, over the wall time. Children are counted once reaped,
 * so take the second snapshot after every child of the section has exited.
 */
export function othersCores(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): number | undefined {
  if (!before || !after) return undefined;
  const wall = after.wallS - before.wallS;
  if (wall <= 0) return undefined;
  return round(Math.max(0, after.busyS - before.busyS - (after.ownS - before.ownS)) / wall);
}
