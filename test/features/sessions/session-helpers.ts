/** Editing sessions over the real samples: a service that reads the samples folder from disk. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from '../../../server/src/language/ast/positions';
import { createEntenteService, type EntenteService } from '../../../server/src/language/service';
import { ententeFiles } from '../../helpers/entente-files';
export { ententeFiles };

export const samplesDir = resolve('samples');

export function uriOf(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** A service that reads any file under the repository, as the LSP host does. */
export function diskService(): EntenteService {
  return createEntenteService({
    readFile: (uri) => {
      try {
        return readFileSync(new URL(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}

export function read(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

/** Every `.entente` file under a folder, recursively. */
/** The position just after `text` (the cursor after typing it). */
export function endOf(text: string): Position {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
