/**
 * `entente check <files or folders> [--format text|json|sarif] [--max-warnings N] [--config file]
 * [--profile name] [--library folder]`
 *
 * Prints every diagnostic the editor would show. Every input is read before anything is printed,
 * so an unreadable file gives one line and status 2, never half a report.
 */
import { createEntenteService, documentTooLarge, type EntenteDiagnostic } from '../language';
import { fileSize } from '../host/node-files';
import { choice, count, parseArgs, UsageError } from './args';
import type { Command, CommandIO } from './command';
import { loadCliSettings } from './config-file';
import { commandLineBoundary, fileReader, readInput, toUri } from './files';
import { collectEntenteFiles, shownPath, splitByteOrderMark } from './inputs';
import { sarifLog } from './sarif-log';

export type { CommandIO } from './command';

/** One checked file: its absolute path, its text and what the checks found in it. */
export interface CheckedFile {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly EntenteDiagnostic[];
}

const formats = ['text', 'json', 'sarif'] as const;

export const checkHelp = `Usage: entente check <files or folders> [options]

Checks Entente instruments and prints every problem the editor would show. Folders are searched
for *.entente files (hidden folders and node_modules are skipped).

Options:
  --format text|json|sarif  text (default): path:line:col severity code message, and a summary
                            on stderr; json: [{file, range, severity, code, message}] with 0-based
                            positions; sarif: a SARIF 2.1.0 log for GitHub code scanning and other
                            SARIF viewers, with every rule, its help and its source
  --max-warnings N          exit 1 when there are more than N warnings (as ESLint does); infos and
                            hints never count
  --config file             the settings file (default: .entente.json in the working folder):
                            {"profile": …, "rules": {code: severity}, "libraryFolders": […]}
  --profile name            default, strict, mou-review or treaty-review (wins over the file's)
  --library folder          a team clause-library folder, besides the file's (may be repeated)
  --help                    this help

Exit status: 0 without errors (and no more warnings than --max-warnings allows), 1 with errors
or too many warnings, 2 on bad usage or unreadable input.`;

export const check: Command = {
  name: 'check',
  summary: 'check files and folders and print their problems (text, JSON or SARIF)',
  help: checkHelp,
  run: checkCommand,
};

export function checkCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, { values: ['format', 'config', 'profile', 'library', 'max-warnings'] });
  const format = choice(args, 'format', formats, 'text');
  const maxWarnings = count(args, 'max-warnings');
  if (args.positional.length === 0) throw new UsageError('name the files or folders to check, e.g. entente check samples');

  const files = collectEntenteFiles(args.positional, io.cwd);
  const boundary = commandLineBoundary(io.cwd, args);
  const { settings, library, warnings } = loadCliSettings(io.cwd, args, boundary);
  // A file over the size limit is not read; the core's document-too-large error reports it.
  const inputs = files.map((file) => ({ file, read: readInput(file, boundary) }));
  const service = createEntenteService({ readFile: fileReader(() => boundary), library, settings });
  for (const { file, read } of inputs) if ('text' in read) service.open(toUri(file), splitByteOrderMark(read.text).text);
  const checked: CheckedFile[] = inputs.map(({ file, read }) =>
    'text' in read
      ? { file, text: splitByteOrderMark(read.text).text, diagnostics: service.diagnostics(toUri(file)) }
      : { file, text: '', diagnostics: [documentTooLarge(toUri(file), fileSize(file), 'bytes')] },
  );

  for (const warning of warnings) io.err(warning);
  if (format === 'sarif') io.out(JSON.stringify(sarifLog(checked, io.cwd, warnings), null, 2));
  else if (format === 'json') io.out(JSON.stringify(jsonReport(checked, io.cwd), null, 2));
  else textReport(checked, io);

  const all = checked.flatMap((c) => c.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warningCount = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== undefined && warningCount > maxWarnings;
  if (tooManyWarnings) io.err(`entente: ${plural(warningCount, 'warning')}, more than --max-warnings ${maxWarnings} allows.`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

const display = shownPath;

function jsonReport(checked: readonly CheckedFile[], cwd: string) {
  return checked.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({ file: display(file, cwd), range: d.range, severity: d.severity, code: d.code, message: d.message })),
  );
}

function textReport(checked: readonly CheckedFile[], io: CommandIO): void {
  for (const { file, diagnostics } of checked) {
    for (const d of diagnostics) {
      io.out(`${display(file, io.cwd)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  const all = checked.flatMap((c) => c.diagnostics);
  const tally = (severity: string, noun: string) => plural(all.filter((d) => d.severity === severity).length, noun);
  io.err(`${plural(checked.length, 'file')} checked: ${tally('error', 'error')}, ${tally('warning', 'warning')}, ${tally('info', 'info')}, ${tally('hint', 'hint')}.`);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
