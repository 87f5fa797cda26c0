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

/**
 * Hovers on the `jurisdiction` code of a one-party scratch document, typed again for each code in
 * one service, as the editor shows them (the former-country codes' tests).
 */
export function jurisdictionHovers(): (code: string) => string {
  const service = diskService();
  const uri = uriOf('samples/scratch.entente');
  return (code) => {
    const text = `party X "X" {\n  kind state\n  jurisdiction ${code}\n}\n`;
    service.update(uri, text);
    return service.hover(uri, endOf(text.slice(0, text.indexOf(code) + 2)))?.contents ?? '';
  };
}
