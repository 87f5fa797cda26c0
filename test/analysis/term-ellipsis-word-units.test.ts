/**
 * The ellipsis readings (rules/support/term-ellipsis.ts) tell word units from their code in ASCII
 * and by the pattern `[\p{L}\p{N}'’-]` beyond it: the same readings and word starts as testing the
 * pattern on every character, held for every UTF-16 code unit and on the prose of every real
 * instrument and sample.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ellipsisReadings, wordStartsBeforeJoin, type EllipsisReading } from '../../server/src/language/rules/support/term-ellipsis';

/** What the readings were when every character was tested with the pattern. */
const wordUnit = /[\p{L}\p{N}'’-]/u;
const conjunction = /\s(?:and\/or|and|or)\s+(?=\p{L})/gu;

function readingsByPattern(text: string, span: number): EllipsisReading[] {
  const readings: EllipsisReading[] = [];
  conjunction.lastIndex = 0;
  for (let m = conjunction.exec(text); m; m = conjunction.exec(text)) {
    const sourceJoin = m.index + m[0].length;
    const after = text.slice(sourceJoin, sourceJoin + span);
    let at = m.index;
    while (at > 0 && wordUnit.test(text[at - 1])) at--;
    if (at === m.index || at === 0 || !/[ \t\n\r]/.test(text[at - 1])) continue;
    let prefixEnd = at;
    while (prefixEnd > 0 && /[ \t\n\r]/.test(text[prefixEnd - 1])) prefixEnd--;
    if (prefixEnd === 0 || !wordUnit.test(text[prefixEnd - 1])) continue;
    let start = Math.max(0, prefixEnd - span);
    while (start < prefixEnd && wordUnit.test(text[start - 1] ?? ' ')) start++;
    const before = text.slice(start, prefixEnd);
    readings.push({ text: `${before} ${after}`, joinAt: before.length + 1, sourceStart: start, sourceJoin });
  }
  return readings;
}

function startsByPattern(reading: EllipsisReading): number[] {
  const starts: number[] = [];
  for (let i = 0; i < reading.joinAt - 1; i++) if (wordUnit.test(reading.text[i]) && (i === 0 || !wordUnit.test(reading.text[i - 1]))) starts.push(i);
  return starts;
}

describe('term ellipsis: word units told from their code', () => {
  it('finds the word starts the pattern finds, for every UTF-16 code unit before and after a letter', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a ${c}`, `a${c}${c}b `, `${c} a`]) {
        const reading = { text, joinAt: text.length, sourceStart: 0, sourceJoin: text.length };
        assert.deepEqual(wordStartsBeforeJoin(reading), startsByPattern(reading), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('reads every coordination as the pattern read it, around every code unit', () => {
    for (let code = 0; code <= 0xffff; code += 7) {
      const c = String.fromCharCode(code);
      const text = `the public${c}collective investment funds or schemes, x${c}y ${c}funds and centres`;
      assert.deepEqual(ellipsisReadings(text, 12), readingsByPattern(text, 12), `U+${code.toString(16)}`);
    }
  });

  it('gives the same readings and word starts on the prose of every real instrument and sample', () => {
    const root = join(__dirname, '../..');
    let readings = 0;
    for (const dir of ['test/real-instruments', 'samples']) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.entente'))) {
        const text = readFileSync(join(root, dir, file), 'utf8');
        for (const span of [12, 120]) {
          const found = ellipsisReadings(text, span);
          assert.deepEqual(found, readingsByPattern(text, span), file);
          for (const reading of found) assert.deepEqual(wordStartsBeforeJoin(reading), startsByPattern(reading), file);
          readings += found.length;
        }
      }
    }
    assert.ok(readings > 100, `only ${readings} readings`);
  });
});
