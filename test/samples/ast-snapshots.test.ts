/**
 * Parser goldens over the sample instruments (rust-analyzer's `test_data` + `.rast` in spirit):
 * each samples/**\/*.entente is parsed and its AST dump compared with
 * test/samples/__snapshots__/<name>.ast.json. Regenerate after an intended change with
 *
 *     npm run snapshots
 *
 * and review the diff like code.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/language/syntax/parse';
import { dumpAst, firstDifference } from './ast-dump';
import { repoRoot, sampleFiles } from './sample-files';

const snapshotDir = join(repoRoot, 'test', 'samples', '__snapshots__');
const updating = process.env.UPDATE_SNAPSHOTS === '1';
const howToUpdate = "run `npm run snapshots` (UPDATE_SNAPSHOTS=1 on this file alone) and review the diff";

/** `registry/partners.entente` → `registry__partners.ast.json`: one flat folder of snapshots. */
function snapshotName(sample: string): string {
  return sample.replace(/\.entente$/, '').split('/').join('__') + '.ast.json';
}

describe('sample AST snapshots', () => {
  const samples = sampleFiles();

  it('finds the sample instruments', () => {
    assert.ok(samples.length >= 8, `expected at least 8 samples, found ${samples.length}`);
  });

  for (const sample of samples) {
    it(`${sample.name} parses to its snapshot`, () => {
      const actual = dumpAst(parse(readFileSync(sample.path, 'utf8')).ast);
      const file = join(snapshotDir, snapshotName(sample.name));
      if (updating) {
        mkdirSync(snapshotDir, { recursive: true });
        writeFileSync(file, actual);
        return;
      }
      assert.ok(existsSync(file), `No AST snapshot for samples/${sample.name} (expected ${file}): ${howToUpdate}.`);
      const expected = readFileSync(file, 'utf8');
      const difference = firstDifference(expected, actual);
      assert.ok(difference === undefined, `AST of samples/${sample.name} differs from its snapshot at ${difference}\nIf the change is intended, ${howToUpdate}.`);
    });
  }

  it('keeps no snapshot of a sample that no longer exists', () => {
    const wanted = new Set(samples.map((s) => snapshotName(s.name)));
    const stale = existsSync(snapshotDir) ? readdirSync(snapshotDir).filter((f) => f.endsWith('.ast.json') && !wanted.has(f)) : [];
    if (updating) {
      for (const file of stale) unlinkSync(join(snapshotDir, file));
      return;
    }
    assert.deepEqual(stale, [], `Stale snapshots without a sample: ${howToUpdate}.`);
  });
});
