/**
 * The files a command works on, from the paths it was given. Stricter than the walker it wraps
 * (files.ts): a folder without a single `.entente` file is an input error, not a silent pass — a
 * CI step pointed at the wrong folder must fail, not report "0 files checked" — and a path that
 * is neither a file nor a folder (a FIFO, a device) is refused instead of read, which could hang.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { entryKind } from '../host/node-files';
import { collectFiles, InputError } from './files';

export function collectEntenteFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const kind = entryKind(resolve(cwd, input));
    if (kind === 'missing') throw new InputError(`cannot read ${input}: no such file or folder`);
    if (kind === 'other') throw new InputError(`cannot read ${input}: not a file or a folder`);
    let found: string[];
    try {
      found = collectFiles([input], cwd);
    } catch (error) {
      // A subfolder the walker cannot list (permissions) is the user's input problem, not a crash.
      if (error instanceof InputError) throw error;
      const { code, path } = error as NodeJS.ErrnoException;
      throw new InputError(`cannot read ${path ?? input}: ${code ?? String(error)}`);
    }
    if (kind === 'directory' && found.length === 0) throw new InputError(`${input} holds no .entente files`);
    files.push(...found);
  }
  return [...new Set(files)].sort();
}

/** How a file is named in output: relative to the working folder when under it, else absolute. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}

/**
 * A UTF-8 byte-order mark is the file's encoding, not its text: the editor never shows it to
 * the language server, so the command line drops it before analysis (columns on the first line
 * then agree with the editor's) and `fmt` writes it back.
 */
export const byteOrderMark = '\uFEFF';
export function splitByteOrderMark(text: string): { bom: string; text: string } {
  return text.startsWith(byteOrderMark) ? { bom: byteOrderMark, text: text.slice(1) } : { bom: '', text };
}
