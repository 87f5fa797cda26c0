/**
 * Small files, one concept each: no source file of ours is longer than 400 lines. A file that
 * grows past it is split by concept (as missing-costs.ts was split from missing-final-clauses.ts),
 * not trimmed. Generated files (`*.generated.ts`) and the bench's output are not written by hand.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const roots = ['server/src', 'client/src', 'scripts', 'bench'];
const skipped = new Set(['node_modules', 'results', 'dist']);
const limit = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(path);
    return /\.(?:ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.generated.ts') ? [path] : [];
  });
}

describe('architecture: small files', () => {
  it(`no source file is longer than ${limit} lines`, () => {
    const files = roots.flatMap((dir) => sourceFiles(join(root, dir)));
    assert.ok(files.length > 300, `expected the project's sources, found ${files.length} files`);
    const long = files
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > limit)
      .map(({ file, lines }) => `${file} (${lines} lines)`);
    assert.deepEqual(long, []);
  });
});
