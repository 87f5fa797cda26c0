/**
 * Mocha global fixtures of the code-server suite: one code-server with the .vsix installed and
 * one Chromium page on its workbench, shared by every scenario file; a screenshot of each
 * failure; and a watchdog that bounds the whole run, so a hung workbench fails instead of
 * hanging CI. Loaded through `require` in test/e2e/mocharc.json.
 */
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { assertCodeServerInstalled, installExtension, startCodeServer, type RunningCodeServer } from './code-server';
import { fixtureFile } from '../scenarios';
import { artifactsDir, chromiumPath } from './paths';
import { Workbench } from './workbench';
import { prepareRun, type RunState } from './workspace';

export interface Session {
  readonly workbench: Workbench;
  readonly run: RunState;
}

const runBudgetMs = 9 * 60_000;

let current: Session | undefined;
let browser: Browser | undefined;
let server: RunningCodeServer | undefined;

export function session(): Session {
  if (!current) throw new Error('the code-server session did not start (see the global setup error above)');
  return current;
}

function vsixPath(): string {
  const vsix = process.env.E2E_VSIX;
  if (!vsix) throw new Error('E2E_VSIX is not set: run the suite with `npm run test:e2e`, which packages the extension');
  const path = resolve(vsix);
  if (!existsSync(path)) throw new Error(`E2E_VSIX points at ${path}, which does not exist`);
  return path;
}

export async function mochaGlobalSetup(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`e2e: the run exceeded ${runBudgetMs / 60_000} minutes; stopping code-server and failing`);
    process.exit(1);
  }, runBudgetMs);
  watchdog.unref();
  // A kill from outside (timeout(1), Ctrl+C) must still take code-server down: exit() runs its
  // 'exit' hook, which a default signal death would skip.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));

  try {
    current = await startSession();
  } catch (error) {
    // Mocha does not run the teardown after a failed setup: stop what did start, or the open
    // code-server pipes keep this process alive forever.
    await mochaGlobalTeardown();
    throw error;
  }
}

async function startSession(): Promise<Session> {
  assertCodeServerInstalled();
  const vsix = vsixPath();
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  const run = prepareRun();
  installExtension(run, vsix);
  server = await startCodeServer(run, run.workspace, join(artifactsDir, 'code-server.log'));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = join(artifactsDir, 'browser-console.log');
  page.on('console', (message) => appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
  const workbench = new Workbench(page);
  await workbench.load(server.url, run.workspace);
  // The extension activates on the first Entente file and starts its server; until the
  // fixture's squiggles appear, a scenario would only test VS Code's word-based fallbacks.
  await workbench.openFile(fixtureFile);
  await workbench.waitForSquiggles(90_000);
  await workbench.screenshot('ready');
  return { workbench, run };
}

export async function mochaGlobalTeardown(): Promise<void> {
  current = undefined;
  await browser?.close().catch(() => undefined);
  browser = undefined;
  await server?.stop();
  server = undefined;
}

export const mochaHooks = {
  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (!current || !test || test.state !== 'failed') return;
    const name = `failed-${test.fullTitle().replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}`;
    await current.workbench.screenshot(name).catch(() => undefined);
  },
};
