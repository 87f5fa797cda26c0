/**
 * `entente library [--format text|json] [--config file] [--library folder]`
 *
 * Lists every clause of the library the checks would use: the built-in clauses and the team
 * folders' (from .entente.json and --library), with id, title, wording, instrument kinds, the
 * checks it satisfies and its origin. Problems in team files go to stderr with file and line.
 * Exit status: 0, or 1 when a library file has problems (so CI catches a broken team file).
 */
import { relative } from 'node:path';
import { choice, parseArgs, UsageError } from './args';
import type { Command, CommandIO } from './command';
import { loadCliSettings } from './config-file';

export const libraryHelp = `Usage: entente library [--format text|json] [--config file] [--library folder]

Lists every clause of the clause library the checks use: the built-in clauses and the team
folders' (*.clauses.json, from .entente.json's "libraryFolders" and --library), with id, wording
(mou or treaty), the checks it satisfies, the instrument kinds, origin and title. Problems in a
team file are printed on stderr with file and line.

Options:
  --format text|json  text (default): one clause a line; json: {clauses: […], problems: […]}
  --config file       the settings file (default: .entente.json in the working folder)
  --library folder    a team clause-library folder (may be repeated)
  --help              this help

Exit status: 0; 1 when a library file has problems (so CI catches a broken team file); 2 on bad
usage or an unreadable settings file.`;

export const library: Command = {
  name: 'library',
  summary: 'list the clause library: built-in and team clauses',
  help: libraryHelp,
  run: libraryCommand,
};

export function libraryCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, { values: ['format', 'config', 'library'] });
  if (args.positional.length > 0) throw new UsageError(`entente library takes no arguments, not ${args.positional[0]}`);
  const format = choice(args, 'format', ['text', 'json'], 'text');
  // Warnings cover configuration mistakes and every library problem, with file and line.
  const { library, warnings } = loadCliSettings(io.cwd, args);
  const show = (origin: string) => (origin === 'built-in' ? origin : relative(io.cwd, origin) || origin);
  const clauses = [...library.all()].sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'json') {
    const rows = clauses.map((c) => ({
      id: c.id, title: c.title, heading: c.heading, wording: c.wording, kinds: c.kinds, topics: c.topics, satisfies: c.satisfies,
      status: c.status, version: c.version, origin: show(c.origin),
    }));
    io.out(JSON.stringify({ clauses: rows, problems: library.problems }, null, 2));
  } else {
    for (const c of clauses) {
      const satisfies = c.satisfies.length > 0 ? c.satisfies.join(',') : '-';
      io.out(`${c.id.padEnd(40)} ${c.wording.padEnd(6)} ${satisfies.padEnd(9)} ${c.kinds.join(',').padEnd(36)} ${show(c.origin).padEnd(10)} ${c.title}${c.status === 'approved' ? '' : ` [${c.status}]`}`);
    }
    io.err(`${clauses.length} clauses (${clauses.filter((c) => c.origin !== 'built-in').length} from team folders).`);
  }
  for (const warning of warnings) io.err(warning);
  return library.problems.length > 0 ? 1 : 0;
}
