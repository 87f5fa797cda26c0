/**
 * `matchesOf` (util/all-matches.ts) gives what `[...text.matchAll(pattern)]` gives — the same
 * matches, indices, groups and order, from the pattern's `lastIndex`, empty matches stepping a
 * code point (a code unit without `u`) — and leaves the pattern's `lastIndex` as it was. The
 * rules read it in place of `matchAll`, whose copy of the pattern is compiled again after two
 * full garbage collections (issue 11, pk40).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesOf } from '../../server/src/language/util/all-matches';

const sources: [string, string][] = [
  ['a+', 'g'],
  ['a*', 'g'],
  ['a*', 'gu'],
  ['(?:)', 'gu'],
  ['(?:)', 'g'],
  ['\\b', 'g'],
  ['(?<=a)', 'gu'],
  ['(?<word>\\p{L}+)', 'gu'],
  ['[.;]\\s*', 'gi'],
  ['a|', 'gy'],
  ['.', 'gsu'],
  ['\\S*', 'gv'],
];
const alphabet = ['a', 'b', ' ', '.', ';', 'A', '😀', '\ud83d', '\ude00', 'é', '\n'];
const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join(''));
const plain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups ? { ...m.groups } : undefined }));

describe('matchesOf: the matches matchAll gives, read with the pattern itself', () => {
  it('equals [...text.matchAll(pattern)] for every pattern, text and starting lastIndex', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), texts, fc.nat({ max: 30 }), ([source, flags], text, start) => {
        const pattern = new RegExp(source, flags);
        pattern.lastIndex = start;
        const expected = plain([...text.matchAll(pattern)]);
        assert.equal(pattern.lastIndex, start);
        assert.deepEqual(plain(matchesOf(text, pattern)), expected);
        assert.equal(pattern.lastIndex, start, 'lastIndex left as it was');
        // Read twice, the same: nothing is left behind in the pattern.
        assert.deepEqual(plain(matchesOf(text, pattern)), expected);
      }),
      { seed: 40, numRuns: 600 },
    );
  });

  it('steps over a surrogate pair after an empty match with the u flag, and within it without', () => {
    assert.deepEqual(matchesOf('😀a', /(?:)/gu).map((m) => m.index), [0, 2, 3]);
    assert.deepEqual(matchesOf('😀a', /(?:)/g).map((m) => m.index), [0, 1, 2, 3]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => 'a'.matchAll(/a/), TypeError);
    assert.throws(() => matchesOf('a', /a/), TypeError);
  });
});
