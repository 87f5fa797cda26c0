/**
 * What every subcommand of `entente` is: a name, a one-line summary for `entente --help`, its
 * own help text for `entente <name> --help`, and a function from arguments to an exit status.
 * `main.ts` holds the table; adding a command is one entry there.
 */

/** Where a command writes, and the folder relative paths are resolved against. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Binary output on stdout (`entente render --to docx`); absent where stdout takes only text. */
  outBytes?(bytes: Uint8Array): void;
  /** True when stdout is a terminal, where binary output is refused. */
  readonly outIsTerminal?: boolean;
}

export interface Command {
  readonly name: string;
  /** One line for the overview, e.g. `check files and folders for problems`. */
  readonly summary: string;
  /** The full help: synopsis, options, exit statuses. */
  readonly help: string;
  /** Returns the exit status (a promise for work that is asynchronous, as writing a Word file); throws or rejects with UsageError or InputError for status 2. */
  run(argv: readonly string[], io: CommandIO): number | Promise<number>;
}
