/** Finding `.entente` files for the command line, through the host's one walker and reader. */
import { resolve } from 'node:path';
import { entryKind, ReadBoundary, readTextFile, walkFiles, type ReadResult } from '../host/node-files';
import { single, type ParsedArgs } from './args';

export { fileReader, toPath, toUri } from '../host/node-files';

/**
 * What the command line may read: the working folder, the folders and files it is given (the
 * inputs, `--config`, `--library`), and nothing else — not a file a checked document `use`s
 * from elsewhere, not a library folder a settings file names outside them (docs/security.md).
 */
export function commandLineBoundary(cwd: string, args: ParsedArgs): ReadBoundary {
  const folders = [cwd];
  const files: string[] = [];
  const place = (input: string) => {
    const path = resolve(cwd, input);
    if (entryKind(path) === 'directory') folders.push(path);
    else files.push(path);
  };
  for (const input of args.positional) place(input);
  for (const folder of args.options.get('library') ?? []) folders.push(resolve(cwd, folder));
  const config = single(args, 'config');
  if (config) place(config);
  return ReadBoundary.of(folders, files);
}

export class InputError extends Error {}

/**
 * Expand files and folders (recursively, `*.entente` only, by the host's skip rule: hidden
 * entries, node_modules and build output), relative to `cwd`. A file named explicitly is taken
 * whatever its name.
 */
export function collectFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const kind = entryKind(path);
    if (kind === 'missing') throw new InputError(`cannot read ${input}: no such file or folder`);
    if (kind !== 'directory') {
      files.push(path);
      continue;
    }
    const walk = walkFiles(path, { suffix: '.entente' });
    const problem = walk.problems[0];
    if (problem) throw new InputError(`cannot read ${problem.path}: ${problem.message}`);
    files.push(...walk.files);
  }
  return [...new Set(files)].sort();
}

/** A file given to a command: its text, too large to analyse (the core then reports it), or an input error. */
export function readInput(path: string, boundary: ReadBoundary): { text: string } | { tooLarge: true } {
  const read: ReadResult = readTextFile(path, boundary);
  if (read.ok) return { text: read.text };
  if (read.failure === 'too-large') return { tooLarge: true };
  throw new InputError(`cannot read ${path}: ${read.code ?? read.message}`);
}
