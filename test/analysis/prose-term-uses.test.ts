/**
 * The linker's term uses in a prose text (model/prose-term-uses.ts) come from one pass over the
 * whole text: the same uses, lines and starts as matching each line apart (what the linker did
 * before), on every real instrument and sample with its quoted phrases and their words as terms,
 * around every line break, and with terms that hold a line break (searched for by neither).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PhraseMatcher } from '../../server/src/language/util/phrase-matcher';
import { searchedTerms, termUses } from '../../server/src/language/model/prose-term-uses';

/** The uses line by line, as the linker found them before. */
function byLine(terms: readonly string[], raw: string): { line: number; start: number; phrase: string }[] {
  const matcher = new PhraseMatcher(terms);
  const uses: { line: number; start: number; phrase: string }[] = [];
  raw.split('\n').forEach((text, line) => {
    for (const match of matcher.matches(text)) uses.push({ line, start: match.start, phrase: match.phrase });
  });
  return uses;
}

const whole = (terms: readonly string[], raw: string) => termUses(new PhraseMatcher(searchedTerms(new Map(terms.map((t) => [t, t])))), raw);

describe('prose term uses: one pass over the whole text', () => {
  it('finds the uses, lines and starts of a pass line by line, on every real instrument and sample', () => {
    const root = join(__dirname, '../..');
    let uses = 0;
    for (const dir of ['test/real-instruments', 'samples']) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.entente'))) {
        const raw = readFileSync(join(root, dir, file), 'utf8').replace(/\r\n?/g, '\n');
        const quoted = [...raw.matchAll(/"([^"]{1,60})"/gu)].map((m) => m[1]);
        const terms = [...new Set([...quoted, ...quoted.flatMap((q) => q.split(/\s+/u)).filter((w) => w.length > 2)])];
        const expected = byLine(terms, raw);
        assert.deepEqual(whole(terms, raw), expected, file);
        uses += expected.length;
      }
    }
    assert.ok(uses > 10000, `only ${uses} uses`);
  });

  it('reads word boundaries at line breaks and blank lines as a pass line by line does', () => {
    const terms = ['Party', 'Parties', 'Contracting Party', 'Party\nB', 'é', 'Ü', '𝐀', 'x_y'];
    const raw = 'Party\nParty\n\nContracting\nParty Parties\nxParty\nPartyx\né\nüé\n𝐀Party\n\nx_y\n_Party\nParty_\nContracting Party\n';
    assert.deepEqual(whole(terms, raw), byLine(terms, raw));
    for (let i = 0; i <= raw.length; i++) {
      const cut = raw.slice(0, i) + '\n' + raw.slice(i);
      assert.deepEqual(whole(terms, cut), byLine(terms, cut), JSON.stringify(cut));
    }
  });
});
