/**
 * `entente new --list` and `entente new <template> <file> [--set name=value …] [--sample] [--force]`
 *
 * Starts an instrument from a template. Never overwrites a file unless told to (--force).
 * Exit status: 0 when the file was written (missing values are listed on stderr), 2 on bad
 * usage: unknown template, malformed or unknown --set, existing file.
 */
import { relative, resolve } from 'node:path';
import { entryKind, writeTextFile } from '../host/node-files';
import { getTemplate, instantiateTemplate, listTemplates, sampleValues } from '../language';
import { parseArgs, UsageError } from './args';
import type { Command, CommandIO } from './command';
import { InputError } from './files';

export const newHelp = `Usage: entente new --list
       entente new <template> <file> [--set name=value …] [--sample] [--force]

Starts an instrument from a template. The templates: ${listTemplates().map((t) => t.id).join(', ')};
--list shows each with its placeholders.
A placeholder given no value stays in the file as [name] and is listed on stderr.

Options:
  --list              list the templates and their placeholders
  --set name=value    fill a placeholder (may be repeated)
  --sample            fill every placeholder with an example value (--set still wins)
  --force             overwrite <file> if it exists (otherwise refused)
  --help              this help

Exit status: 0 when the file was written; 2 on bad usage (unknown template or placeholder,
malformed --set, existing file) or when the file cannot be written.`;

export const newInstrument: Command = {
  name: 'new',
  summary: 'start an instrument from a template',
  help: newHelp,
  run: newCommand,
};

export function newCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, { flags: ['list', 'force', 'sample'], values: ['set'] });
  if (args.options.has('list')) {
    if (args.positional.length > 0) throw new UsageError('--list takes no template or file');
    io.out(listing());
    return 0;
  }
  const [id, file, ...extra] = args.positional;
  if (!id || !file || extra.length > 0) throw new UsageError('name a template and the file to create, e.g. entente new bilateral-mou mou.entente (see entente new --list)');
  const template = getTemplate(id);
  if (!template) throw new UsageError(`unknown template ${id}; the templates are ${listTemplates().map((t) => t.id).join(', ')}`);

  const known = new Set(template.placeholders.map((p) => p.name));
  const values: Record<string, string> = args.options.has('sample') ? sampleValues(template) : {};
  for (const assignment of args.options.get('set') ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set needs name=value, not ${assignment}`);
    const name = assignment.slice(0, eq);
    if (!known.has(name)) throw new UsageError(`template ${id} has no placeholder ${name}; it has ${[...known].join(', ')}`);
    values[name] = assignment.slice(eq + 1);
  }

  const path = resolve(io.cwd, file);
  if (entryKind(path) !== 'missing' && !args.options.has('force')) throw new UsageError(`${file} already exists; choose another name or add --force to overwrite it`);
  const result = instantiateTemplate(id, values)!;
  const written = writeTextFile(path, result.text);
  if (!written.ok) throw new InputError(`cannot write ${file}: ${written.message}`);
  io.out(`Created ${relative(io.cwd, path) || path} from template ${id}.`);
  if (result.missing.length > 0) {
    io.err(`Still to fill in (marked in the file as [name] in text, as the name itself where an id or a language stands, as 0000-00-00 where a date stands): ${result.missing.join(', ')}. Pass them with --set name=value, or --sample for example values.`);
  }
  return 0;
}

function listing(): string {
  return listTemplates()
    .map((t) => {
      const placeholders = t.placeholders.map((p) => `    ${p.name.padEnd(20)} ${p.description}${p.default !== undefined ? ` (default ${p.default})` : ''}`).join('\n');
      return `${t.id.padEnd(20)} ${t.title}\n    ${t.description}\n  placeholders:\n${placeholders}`;
    })
    .join('\n\n');
}
