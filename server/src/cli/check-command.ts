/**
 * `entente check <files or folders> [--format text|json] [--config file] [--profile name]`
 *
 * Prints every diagnostic the editor would show. Exit status: 0 without errors, 1 with errors,
 * 2 on bad usage or unreadable input.
 */
import { relative } from 'node:path';
import { createEntenteService } from '../language/service';
import type { EntenteDiagnostic } from '../language/rules/diagnostic';
import { parseArgs, rejectUnknown, single, UsageError, type ParsedArgs } from './args';
import { loadCliSettings } from './config-file';
import { collectFiles, readInput, readUri, toUri } from './files';

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export function checkCommand(argv: readonly string[], io: CommandIO): number {
  const args: ParsedArgs = parseArgs(argv);
  rejectUnknown(args, ['format', 'config', 'profile', 'library']);
  const format = single(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);
  if (args.positional.length === 0) throw new UsageError('name the files or folders to check, e.g. entente check samples');

  const files = collectFiles(args.positional, io.cwd);
  const { settings, library, warnings } = loadCliSettings(io.cwd, args);
  for (const warning of warnings) io.err(warning);
  const service = createEntenteService({ readFile: readUri, library, settings });
  const texts = files.map((file) => ({ file, text: readInput(file) }));
  for (const { file, text } of texts) service.open(toUri(file), text);

  const results: { file: string; diagnostics: EntenteDiagnostic[] }[] = texts.map(({ file }) => ({ file, diagnostics: service.diagnostics(toUri(file)) }));
  const display = (file: string) => relative(io.cwd, file) || file;
  if (format === 'json') {
    const json = results.flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => ({ file: display(file), range: d.range, severity: d.severity, code: d.code, message: d.message })),
    );
    io.out(JSON.stringify(json, null, 2));
  } else {
    for (const { file, diagnostics } of results) {
      for (const d of diagnostics) {
        io.out(`${display(file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
      }
    }
    const all = results.flatMap((r) => r.diagnostics);
    const count = (s: string) => all.filter((d) => d.severity === s).length;
    io.err(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos, ${count('hint')} hints.`);
  }
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
