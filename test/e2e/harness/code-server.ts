/**
 * code-server as a child process: install the .vsix into a private extensions folder, serve a
 * workspace on a free loopback port, and always take the whole process group down again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerBin, nodeBinDir, runDir } from './paths';

export interface CodeServerDirs {
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

export interface RunningCodeServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** code-server requires Node 24 (first on PATH); XDG dirs keep its config out of the home folder. */
function codeServerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${nodeBinDir}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
  };
}

function commonArgs(dirs: CodeServerDirs): string[] {
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

export function assertCodeServerInstalled(): void {
  if (!existsSync(codeServerBin)) {
    throw new Error(`code-server is not installed at ${codeServerBin}: run scripts/e2e/setup-code-server.sh`);
  }
}

export function installExtension(dirs: CodeServerDirs, vsix: string): void {
  const result = spawnSync(codeServerBin, [...commonArgs(dirs), '--install-extension', vsix], {
    env: codeServerEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${vsix} (exit ${result.status}):\n${output}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** Signals the whole process group: code-server forks an extension host and our language server. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function startCodeServer(dirs: CodeServerDirs, workspace: string, logFile: string): Promise<RunningCodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const child = spawn(
    codeServerBin,
    [
      ...commonArgs(dirs),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { env: codeServerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // Whatever ends this process (a failed hook, Ctrl+C, the watchdog), code-server goes with it.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  try {
    await waitUntilHealthy(url, child, 60_000);
  } catch (error) {
    killGroup(child, 'SIGKILL');
    throw error;
  }
  return {
    url,
    async stop() {
      process.removeListener('exit', onExit);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
        if (!stopped) killGroup(child, 'SIGKILL');
      }
      // The group may outlive its leader (extension host, language server): make sure it is gone.
      killGroup(child, 'SIGKILL');
      log.end();
    },
  };
}
