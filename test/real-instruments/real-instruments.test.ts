/**
 * Real public instruments, transcribed from their primary texts by reviewers who did not read the
 * checker (issue #9 item 8). Each file's header comment lists, written before the checker was
 * first run on it, what a careful treaty lawyer would raise on that text (the notation is in
 * judge.ts). Everything else the checker raises at warning or error on these texts is a false
 * positive, and fails the test.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { judge } from './judge';

const folder = new URL('./', import.meta.url);
const files: Record<string, string> = {};
for (const name of readdirSync(folder)) {
  if (name.endsWith('.entente')) files[name] = readFileSync(new URL(name, folder), 'utf8');
}

describe('real instruments (issue #9 item 8)', () => {
  it('holds at least twelve instruments, each with its expectations written down', () => {
    const instruments = Object.keys(files);
    assert.ok(instruments.length >= 12, `${instruments.length} instruments`);
    for (const name of instruments) {
      assert.match(files[name], /^\/\/ Real instrument: /, `${name} has no header`);
      assert.match(files[name], /^\/\/ Expected findings/m, `${name} states no expectations`);
    }
  });

  for (const name of Object.keys(files).sort()) {
    it(`${name}: raises what a treaty lawyer expects and nothing else at warning or error`, () => {
      const { newlyMissed, missFixed, fixed, disputeGone, disputeUnreasoned, unexpected } = judge(files, name);
      assert.deepEqual(
        [
          ...newlyMissed.map((e) => `missing: ${e.code} on '${e.anchor ?? 'the title'}' (header line ${e.line})`),
          ...missFixed.map((e) => `fixed: ${e.code} on '${e.anchor ?? 'the title'}' is raised now; remove its open-miss line (header line ${e.line})`),
          ...fixed.map((e) => `fixed: ${e.code} on '${e.anchor ?? 'the title'}' is no longer raised; remove its open-false-positive line (header line ${e.line})`),
          ...disputeGone.map((e) => `fixed: disputed ${e.code} on '${e.anchor ?? 'the title'}' is no longer raised; remove its disputed line (header line ${e.line})`),
          ...disputeUnreasoned.map((e) => `disputed ${e.code} on '${e.anchor ?? 'the title'}' needs both reasons, "reviewer: …; engineers: …" (header line ${e.line})`),
          ...unexpected.map((f) => `unexpected ${f.severity}: ${f.line} ${f.code} '${f.words}'`),
        ],
        [],
      );
    });
  }
});
