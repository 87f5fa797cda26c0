/**
 * The documents on which the long property run (`npm run bench -- --long`, seed 15) found a
 * quick fix that made the parse worse or left its finding, kept as they were when it failed
 * (random edits of a sample or fixture; the file name gives the session and the defect). Each
 * must now keep every property of edit-properties.ts, every offered fix included.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from './edit-properties';

const folder = join(import.meta.dirname, 'long-run-cases');

describe('hostile documents: what the long run found', function () {
  this.timeout(120_000);
  const files = readdirSync(folder).filter((f) => f.endsWith('.entente'));

  it('has the cases', () => assert.ok(files.length >= 7));

  for (const file of files) {
    it(`${file}: every property holds, every quick fix applies`, () => {
      const outcome = checkDocument(readFileSync(join(folder, file), 'utf8'), 60);
      assert.deepEqual(outcome.failures, []);
      assert.ok(outcome.actions > 0, 'quick fixes were tried');
    });
  }
});
