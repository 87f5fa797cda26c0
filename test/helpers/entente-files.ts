/**
 * Every `.entente` file under a folder, in directory order: the corpus the syntax, formatter and
 * differential tests read (samples, real instruments, probes, fixtures). `node_modules` and dot
 * folders are skipped: no source of ours lives there.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ententeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? ententeFiles(path) : name.endsWith('.entente') ? [path] : [];
  });
}
