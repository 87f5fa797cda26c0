#!/usr/bin/env node
/**
 * The installed `entente` program (package.json `bin`). It always runs, whatever name or path
 * it is started by (a symlink in node_modules/.bin, `npm link`, `npx entente`), so it holds no
 * test of `process.argv[1]`; importing `main.ts` from a test or another tool runs nothing.
 */
import { run } from './main';
import type { CommandIO } from './check-command';

const io: CommandIO = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  cwd: process.cwd(),
};

process.exitCode = run(process.argv.slice(2), io);
