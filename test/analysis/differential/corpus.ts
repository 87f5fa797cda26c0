/**
 * The corpus the differential test (diagnostics-differential.test.ts) pins: every sample, every
 * `.entente` fixture under test/, every real instrument, and a generated 1k-line instrument
 * (kept as a file, so a change to bench/generator.ts does not move the snapshot). Each file is
 * analysed by a fresh service that reads its neighbours from disk, so `use`, `annex … of` and
 * `implements` links behave as in the editor.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEntenteService } from '../../../server/src/language/service';
import type { EntenteDiagnostic } from '../../../server/src/language/rules/diagnostic';
import { ententeFiles } from '../../helpers/entente-files';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const snapshotPath = join(repoRoot, 'test/analysis/differential/diagnostics.snapshot.json');
export const generatedPath = join(repoRoot, 'test/analysis/differential/generated-1k.entente');

/** Paths relative to the repository, sorted. */
export function corpusFiles(): string[] {
  const files = [...ententeFiles(join(repoRoot, 'samples')), ...ententeFiles(join(repoRoot, 'test'))];
  return files.map((f) => relative(repoRoot, f).split('\\').join('/')).sort();
}

function readUri(uri: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}

/** A diagnostic as plain data, with the repository's file URLs made relative so the snapshot is portable. */
function portable(diagnostic: EntenteDiagnostic, rootUrl: string): unknown {
  return JSON.parse(JSON.stringify(diagnostic, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(rootUrl) ? `<repo>/${value.slice(rootUrl.length)}` : value)));
}

/** Every diagnostic of one file (absolute path), in the order the service returns them. */
export function diagnosticsOf(path: string, text = readFileSync(path, 'utf8')): unknown[] {
  const rootUrl = pathToFileURL(repoRoot).href.replace(/\/?$/, '/');
  const service = createEntenteService({ readFile: readUri });
  const uri = pathToFileURL(path).href;
  service.open(uri, text);
  return service.diagnostics(uri).map((d) => portable(d, rootUrl));
}

/** The whole corpus's diagnostics, keyed by repository path. */
export function corpusDiagnostics(): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const file of corpusFiles()) result[file] = diagnosticsOf(join(repoRoot, file));
  return result;
}
