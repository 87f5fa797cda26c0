/** Finding `.entente` files for the command line, through the host's one walker and reader. */
import { resolve } from 'node:path';
import { entryKind, readTextFile, walkFiles } from '../host/node-files';

export { readUriText as readUri, toPath, toUri } from '../host/node-files';

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

export function readInput(path: string): string {
  const read = readTextFile(path);
  if (read.ok) return read.text;
  throw new InputError(`cannot read ${path}: ${read.code ?? read.message}`);
}
