/**
 * `entente fmt [--check] [--indent N|tab] <files or folders>`
 *
 * The editor's formatter (the service's `format`) on files: writes them in place, or with
 * `--check` only lists the files that would change. The formatter rewrites only whitespace;
 * this command holds it to that — a file whose non-whitespace characters would differ is left
 * alone and reported as an internal error — and refuses files that are not UTF-8 text, which
 * decoding and re-encoding would damage. Every file is read and formatted before any is written.
 */
import { readFileBytes, writeTextFile, type ReadBoundary } from '../host/node-files';
import { createEntenteService, type TextEdit } from '../language';
import { parseArgs, single, UsageError, type ParsedArgs } from './args';
import type { Command, CommandIO } from './command';
import { commandLineBoundary, InputError, toUri } from './files';
import { collectEntenteFiles, shownPath, splitByteOrderMark } from './inputs';

export const fmtHelp = `Usage: entente fmt [--check] [--indent N|tab] <files or folders>

Formats Entente files in place, as the editor's Format Document does: one statement per line,
one indent per block, single spaces between words, at most one blank line, LF line endings and
one final newline. Only whitespace changes; prose and comments are kept as written. A file with
syntax errors is only re-indented. Folders are searched for *.entente files.

Options:
  --check          write nothing; list the files that would change
  --indent N|tab   N spaces (default 2) or a tab per level
  --help           this help

Exit status: 0 when every file is (or now is) formatted; with --check, 1 when a file would
change; 2 on bad usage or unreadable input (nothing is written then).`;

export const fmt: Command = {
  name: 'fmt',
  summary: 'format files and folders in place, or list what would change (--check)',
  help: fmtHelp,
  run: fmtCommand,
};

export function fmtCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, { flags: ['check'], values: ['indent'] });
  const options = indentOption(args);
  const checkOnly = args.options.has('check');
  if (args.positional.length === 0) throw new UsageError('name the files or folders to format, e.g. entente fmt samples');

  const display = (file: string) => shownPath(file, io.cwd);
  const files = collectEntenteFiles(args.positional, io.cwd);
  const boundary = commandLineBoundary(io.cwd, args);
  const texts = files.map((file) => ({ file, text: readText(file, display(file), boundary) }));
  const service = createEntenteService();
  const changed: { file: string; formatted: string }[] = [];
  for (const { file, text: content } of texts) {
    const { bom, text } = splitByteOrderMark(content);
    const uri = toUri(file);
    service.open(uri, text);
    const formatted = applyEdits(text, service.format(uri, options));
    if (formatted === text) continue;
    if (withoutWhitespace(formatted) !== withoutWhitespace(text)) {
      throw new Error(`formatting ${display(file)} would change more than whitespace; no file was written`);
    }
    changed.push({ file, formatted: bom + formatted });
  }

  if (checkOnly) {
    for (const { file } of changed) io.out(display(file));
    io.err(changed.length === 0 ? `${files.length} file${files.length === 1 ? '' : 's'} already formatted.` : `${changed.length} of ${files.length} files would be reformatted by entente fmt.`);
    return changed.length > 0 ? 1 : 0;
  }
  for (const { file, formatted } of changed) {
    const written = writeTextFile(file, formatted);
    if (!written.ok) throw new InputError(`cannot write ${display(file)}: ${written.code ?? written.message}`);
    io.out(`Formatted ${display(file)}`);
  }
  io.err(`${files.length} file${files.length === 1 ? '' : 's'} checked, ${changed.length} formatted.`);
  return 0;
}

function indentOption(args: ParsedArgs): { tabSize: number; insertSpaces: boolean } {
  const indent = single(args, 'indent') ?? '2';
  if (indent === 'tab') return { tabSize: 4, insertSpaces: false };
  if (!/^[1-8]$/.test(indent)) throw new UsageError(`--indent must be a number of spaces from 1 to 8 or tab, not ${JSON.stringify(indent)}`);
  return { tabSize: Number(indent), insertSpaces: true };
}

/** The file as text (a byte-order mark kept), or an input error for a file that is not UTF-8 text. */
function readText(file: string, shown: string, boundary: ReadBoundary): string {
  const read = readFileBytes(file, boundary);
  if (!read.ok) throw new InputError(`cannot read ${shown}: ${read.failure === 'too-large' ? read.message : (read.code ?? read.message)}`);
  const bytes = read.bytes;
  if (bytes.includes(0)) throw new InputError(`${shown} is not a text file (it holds NUL bytes); nothing was formatted`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${shown} is not UTF-8 text; nothing was formatted`);
  }
}

/**
 * Apply non-overlapping edits, last first so earlier offsets stay valid. Positions are the
 * core's (line breaks \r\n, \r or \n; UTF-16 characters) and are not clamped to the line's
 * content: the formatter's edit that removes the \r of a \r\n ends inside the line break.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  const offset = (p: TextEdit['range']['start']) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const spans = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  // One pass from the start: splicing the text once per edit was quadratic in the number of edits.
  const parts: string[] = [];
  let at = 0;
  for (const { start, end, newText } of spans) {
    parts.push(text.slice(at, Math.max(at, start)), newText);
    at = Math.max(at, end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');
