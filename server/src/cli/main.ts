/**
 * The `entente` command line: the table of subcommands, `--help` and `--version`, and the one
 * place where errors become exit statuses. A usage or input error is one line on stderr and
 * status 2; so is anything unexpected (never a stack trace). Importing this module runs
 * nothing: `bin.ts` is the program.
 */
import { version } from '../../../package.json';
import { UsageError } from './args';
import { check } from './check-command';
import type { Command, CommandIO } from './command';
import { InputError } from './files';
import { fmt } from './fmt-command';
import { library } from './library-command';
import { newInstrument } from './new-command';
import { render } from './render-command';

/** Every subcommand, in the order `entente --help` lists them. A new command is one entry. */
export const commands: readonly Command[] = [check, fmt, render, newInstrument, library];

export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: entente <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run entente <command> --help for a command's options and exit statuses.
entente --version prints the version.`;
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** The exit status; a promise when the command works asynchronously (`render --to docx`). */
export function run(argv: readonly string[], io: CommandIO): number | Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined) throw new UsageError(`name a command: ${commands.map((c) => c.name).join(', ')}`);
    if (isHelp(name) || (name === 'help' && rest.length === 0)) {
      io.out(overview());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(version);
      return 0;
    }
    if (name === 'help') return run([rest[0], '--help'], io);
    command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command ${name}; the commands are ${commands.map((c) => c.name).join(', ')}`);
    const options = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
    if (options.some(isHelp)) {
      io.out(command.help);
      return 0;
    }
    const status = command.run(rest, io);
    if (typeof status === 'number') return status;
    const running = command;
    return status.catch((error: unknown) => {
      io.err(`entente: ${errorLine(error, running)}`);
      return 2;
    });
  } catch (error) {
    io.err(`entente: ${errorLine(error, command)}`);
    return 2;
  }
}

function errorLine(error: unknown, command: Command | undefined): string {
  if (error instanceof UsageError) return `${error.message} (see entente ${command ? `${command.name} ` : ''}--help)`;
  if (error instanceof InputError) return error.message;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
