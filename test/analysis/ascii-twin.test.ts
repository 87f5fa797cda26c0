/**
 * The ASCII twin of a case-insensitive Unicode pattern (util/ascii-twin.ts) finds what the
 * pattern finds on ASCII text: held on the prose of every real instrument and sample that is all
 * ASCII, with patterns of the shapes the prose checks use (word boundaries, look-behinds and
 * look-aheads, classes, white-space runs), and refused where the `u` flag changes the meaning.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiTwin, isAscii, matchAllFast, testFast } from '../../server/src/language/util/ascii-twin';

const texts = ['test/real-instruments', 'samples'].flatMap((dir) =>
  readdirSync(join(__dirname, '../..', dir))
    .filter((f) => f.endsWith('.entente'))
    .flatMap((f) => {
      const text = readFileSync(join(__dirname, '../..', dir, f), 'utf8');
      return [text, ...text.split('"""').filter((_, i) => i % 2 === 1)];
    }),
);

const patterns = [
  /\b(?:severity|significan(?:t|ce)|major|critical|serious|large-scale)\b/iu,
  /\b(?:means|is\s+considered|shall\s+be\s+considered|where|if)\b/iu,
  /\b(?:of|after|from)\s+(?:(?:the\s+)?(?:time|moment)\s+(?:of|when|at\s+which)\s+|its\s+|their\s+)?(?:becoming\s+aware|detection|receipt|the\s+request)\b/iu,
  /aware|detect|discover|classif|receipt|request/iu,
  /(?<![A-Za-z])(?:shall|will|must)\s+not\b/iu,
  /\bpart(?:y|ies)\s+(?=to\b)/iu,
  /[^.;]*\bterminat\w*/iu,
  /\bK\w+|\bs\w*s\b/iu,
  // established-elsewhere.ts's sentence tests.
  /\b(?:establish(?:es|ed|ing)?|set\s+up|created|creating)\b/iu,
  /\b(?:resolution|decision|statute|partial agreement|enlarged agreement)\b/iu,
  /\b(?:this|the present)\s+(?:convention|agreement|treaty|protocol|memorandum|arrangement)\b|\bhereby\b/iu,
  // protocol-integrity.ts's passive notice (read with matchAllFast).
  /\b(?:shall|will|must|should)\s+(?:immediately\s+|promptly\s+|without\s+delay\s+)?be\s+(?:immediately\s+|promptly\s+)?(?:notified|informed|reported|advised)\b/iu,
];

describe('asciiTwin', () => {
  it('finds what the Unicode pattern finds, on every ASCII text of the corpus', () => {
    const ascii = texts.filter(isAscii);
    assert.ok(ascii.length > 50);
    for (const pattern of patterns) {
      const twin = asciiTwin(pattern)!;
      assert.ok(twin && !twin.unicode && twin.ignoreCase, pattern.source);
      const all = (p: RegExp) => (t: string) => [...t.matchAll(new RegExp(p.source, `${p.flags}g`))].map((m) => `${m.index}:${m[0]}`);
      for (const text of ascii) assert.deepEqual(all(twin)(text), all(pattern)(text), `${pattern.source} on ${text.slice(0, 60)}`);
    }
  });

  it('is refused where the u flag changes the meaning, and not used on text beyond ASCII', () => {
    assert.equal(asciiTwin(/\p{L}+/iu), undefined);
    assert.equal(asciiTwin(/\u{1D400}/iu), undefined);
    assert.equal(asciiTwin(/“quoted”/iu), undefined);
    assert.equal(asciiTwin(/plain/i), undefined);
    // U+017F folds to s and U+212A to k only with the u flag: such text is read by the pattern itself.
    assert.equal(testFast(/\bseverity\b/iu, 'ſeverity'), true);
    assert.equal(testFast(/\bmajor\b/iu, 'xſ major'), true);
    assert.equal(testFast(/\bk\b/iu, '\u212A'), true);
    assert.equal(testFast(/\bmajor\b/iu, 'ſmajor'), false);
    assert.equal(testFast(/\bmajor\b/iu, 'minor'), false);
  });

  it('matchAllFast finds what matchAll finds, through the twin on ASCII text and the pattern itself beyond it', () => {
    const pattern = /\b(?:shall|will)\s+be\s+(?:notified|informed)\b/giu;
    const found = (text: string) => [...matchAllFast(pattern, text)].map((m) => `${m.index}:${m[0]}`);
    assert.deepEqual(found('It shall be notified. They WILL  be Informed; it shall be notifiedly.'), ['3:shall be notified', '27:WILL  be Informed']);
    // U+017F folds to s only with the u flag: the text beyond ASCII is read by the pattern itself.
    assert.deepEqual(found('It ſhall be notified.'), ['3:ſhall be notified']);
    assert.equal(pattern.lastIndex, 0);
  });
});
