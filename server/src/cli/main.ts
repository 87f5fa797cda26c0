/**
 * The `entente` command line. Subcommands live in their own files; this only dispatches and
 * turns usage and input errors into exit status 2 with a one-line message (no stack traces).
 * Importing this module runs nothing: `bin.ts` is the program.
 */
import { UsageError } from './args';
import { checkCommand, type CommandIO } from './check-command';
import { InputError } from './files';
import { libraryCommand } from './library-command';
import { newCommand } from './new-command';

const usage = `Usage:
  entente check <files or folders> [--format text|json] [--config .entente.json] [--profile name] [--library folder]
  entente new --list
  entente new <template> <file> [--set name=value …] [--sample] [--force]
  entente library [--format text|json] [--config .entente.json] [--library folder]`;

export function run(argv: readonly string[], io: CommandIO): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return checkCommand(rest, io);
      case 'new':
        return newCommand(rest, io);
      case 'library':
        return libraryCommand(rest, io);
      case undefined:
      case '--help':
      case 'help':
        io.out(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`entente: ${error.message}\n${usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`entente: ${error.message}`);
      return 2;
    }
    io.err(`entente: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
