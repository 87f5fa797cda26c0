/**
 * The sample instruments under samples/: listed once here for the AST snapshots and the
 * TextMate snapshot test, so a new sample is picked up by both without touching either.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const samplesDir = join(repoRoot, 'samples');

/** The demonstration file with deliberate (semantic) problems; every other sample is clean. */
export const reviewMe = 'review-me.entente';

export interface SampleFile {
  /** Path under samples/, with `/` separators, e.g. `registry/partners.entente`. */
  readonly name: string;
  readonly path: string;
}

export function sampleFiles(): SampleFile[] {
  const found: SampleFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.entente')) found.push({ name: relative(samplesDir, path).split('\\').join('/'), path });
    }
  };
  walk(samplesDir);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
