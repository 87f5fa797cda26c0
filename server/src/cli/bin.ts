#!/usr/bin/env node
/**
 * The installed `entente` program (package.json `bin`). It always runs, whatever name or path
 * it is started by (a symlink in node_modules/.bin, `npm link`, `npx entente`), so it holds no
 * test of `process.argv[1]`; importing `main.ts` from a test or another tool runs nothing.
 */
import type { CommandIO } from './command';
import { run } from './main';

// A reader that stops early (`entente check . | head`) closes the pipe: stop writing and exit with
// the status already decided, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const io: CommandIO = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  outBytes: (bytes) => process.stdout.write(bytes),
  outIsTerminal: process.stdout.isTTY === true,
  cwd: process.cwd(),
};

const status = run(process.argv.slice(2), io);
if (typeof status === 'number') process.exitCode = status;
else void status.then((code) => (process.exitCode = code));
