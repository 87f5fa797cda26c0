/**
 * `entente render <file> --to md|html|docx|akn [-o out]`
 *
 * The instrument as the document its signatories read, in the format asked for: Markdown,
 * standalone HTML, Word or Akoma Ntoso 3.0 XML — the same rendering as the editor's preview and
 * export. Text goes to stdout unless `-o` names a file; a Word document goes to a file, or to
 * stdout only when stdout is not a terminal (a pipe or a redirection). A draft with errors or
 * placeholders is rendered all the same, marked DRAFT, and the command says so on stderr.
 */
import { resolve } from 'node:path';
import { entryKind, writeFileBytes } from '../host/node-files';
import { createEntenteService } from '../language';
import { choice, parseArgs, single, UsageError } from './args';
import type { Command, CommandIO } from './command';
import { loadCliSettings } from './config-file';
import { commandLineBoundary, fileReader, InputError, readInput, toUri } from './files';
import { collectEntenteFiles, shownPath, splitByteOrderMark } from './inputs';

const formats = ['md', 'html', 'docx', 'akn'] as const;
type Format = (typeof formats)[number];

export const renderHelp = `Usage: entente render <file> --to md|html|docx|akn [-o out]

Renders an instrument as the text its signatories read: the preamble naming the parties,
numbered articles (treaty) or paragraphs (MoU), every header fact as its final clause, the final
formula and a signature block per party. Names, never identifiers; a missing or invalid value is
shown as a placeholder such as [date of signature]; a draft with errors or placeholders is marked
DRAFT with its count of unresolved problems and blanks to fill.

Options:
  --to md|html|docx|akn   Markdown, standalone printable HTML, Word (.docx) or Akoma Ntoso 3.0 XML
  -o, --output file       write to this file instead of stdout (needed for docx on a terminal)
  --config file           settings file (default: .entente.json in the working folder or above)
  --profile name          default, strict, mou-review or treaty-review (decides what counts as an error)
  --library folder        a team clause-library folder (may be repeated)
  --help                  this help

Exit status: 0 when the document was rendered (a draft with errors too: it is marked DRAFT);
2 on bad usage or unreadable input, or when docx would be written to a terminal.`;

export const render: Command = {
  name: 'render',
  summary: 'render an instrument as Markdown, HTML, Word or Akoma Ntoso (--to md|html|docx|akn)',
  help: renderHelp,
  run: renderCommand,
};

export function renderCommand(argv: readonly string[], io: CommandIO): number | Promise<number> {
  const args = parseArgs(argv, { values: ['to', 'output', 'config', 'profile', 'library'], short: { o: 'output' } });
  if (!args.options.has('to')) throw new UsageError('say which format with --to md, --to html, --to docx or --to akn');
  const format: Format = choice(args, 'to', formats, 'md');
  if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'name the instrument to render, e.g. entente render samples/cert-cert-mou.entente --to html' : 'render takes one file');
  const output = single(args, 'output');
  if (format === 'docx' && !output && (io.outIsTerminal || !io.outBytes)) {
    throw new UsageError('a Word document is binary: write it with -o file.docx, or redirect stdout to a file');
  }

  const input = args.positional[0];
  if (entryKind(resolve(io.cwd, input)) === 'directory') throw new InputError(`${input} is a folder; render takes one .entente file`);
  const [file] = collectEntenteFiles([input], io.cwd);
  const boundary = commandLineBoundary(io.cwd, args);
  const { settings, library, warnings } = loadCliSettings(io.cwd, args, boundary);
  for (const warning of warnings) io.err(warning);
  const service = createEntenteService({ readFile: fileReader(() => boundary), library, settings });
  const uri = toUri(file);
  const shown = shownPath(file, io.cwd);
  const read = readInput(file, boundary);
  // An instrument too large to analyse is too large to render: the core gives it no features.
  if ('tooLarge' in read) throw new InputError(`${shown} is too large to render; run entente check ${shown} to see why`);
  service.open(uri, splitByteOrderMark(read.text).text);
  const rendered = service.renderModel(uri);
  const draft = rendered?.draft;
  const report = () => {
    // A concluded text's note on what is not printed says the same on stderr as after the text.
    if (rendered?.unprinted) io.err(`${shown}: ${rendered.unprinted.title}: ${rendered.unprinted.text}`);
    if (!draft) return;
    // Errors are listed by `entente check`; blanks are the placeholders ("[notice]") in the text
    // itself; provisions outside the drafter's numbering are printed under their own heading.
    const where = [
      ...(draft.errors > 0 ? [`run entente check ${shown} to see them`] : draft.blanks > 0 ? ['they are shown in brackets in the text'] : []),
      ...(draft.outside > 0 ? ['the provisions outside the numbering are printed after the last article'] : []),
    ].join('; ');
    io.err(`${shown}: rendered as a draft: ${draft.label.replace(/^DRAFT — /, '')}; ${where}.`);
  };

  if (format !== 'docx') {
    const text = service.render(uri, format === 'md' ? 'markdown' : format);
    if (text === undefined) throw new InputError(`cannot render ${shown}`);
    if (output) write(output, new TextEncoder().encode(text), io);
    else io.out(text.replace(/\n$/, ''));
    report();
    return 0;
  }
  return service.renderDocx(uri).then((bytes) => {
    if (!bytes) throw new InputError(`cannot render ${shown} as a Word document`);
    if (output) write(output, bytes, io);
    else io.outBytes!(bytes);
    report();
    return 0;
  });
}

function write(output: string, bytes: Uint8Array, io: CommandIO): void {
  const path = resolve(io.cwd, output);
  const written = writeFileBytes(path, bytes);
  if (!written.ok) throw new InputError(`cannot write ${output}: ${written.code ?? written.message}`);
  io.err(`Wrote ${shownPath(path, io.cwd)}`);
}
