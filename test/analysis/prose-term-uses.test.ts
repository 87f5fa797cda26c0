/**
 * The linker's term uses in a prose text (model/prose-term-uses.ts) come from one pass over the
 * whole text: the same uses, lines and starts as matching each line apart (what the linker did
 * before), on every real instrument and sample with its quoted phrases and their words as terms,
 * around every line break, and with terms that hold a line break (searched for by neither). With
 * white space read flexibly, as the linker searches (lg43 report, 3), a term wrapped over a line
 * break is a use too, its end on the next line, a plural's ending left out.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PhraseMatcher } from '../../server/src/language/util/phrase-matcher';
import { searchedTerms, termUses } from '../../server/src/language/model/prose-term-uses';

/** The uses line by line, as the linker found them before. */
function byLine(terms: readonly string[], raw: string): { line: number; start: number; endLine: number; end: number; phrase: string }[] {
  const matcher = new PhraseMatcher(terms);
  const uses: { line: number; start: number; endLine: number; end: number; phrase: string }[] = [];
  raw.split('\n').forEach((text, line) => {
    for (const match of matcher.matches(text)) uses.push({ line, start: match.start, endLine: line, end: match.start + match.phrase.length, phrase: match.phrase });
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

  it('with white space read flexibly, finds a term wrapped over a line break, its end on the line it ends on', () => {
    const matcher = new PhraseMatcher(['Competent Authority', 'Security Incident', 'Party'], { plural: true, flexibleSpace: true });
    const raw = 'inform the Competent\n    Authority; Security\n  Incidents and the Competent Authority;\nthe Competent\n\nAuthority;\nCompetent and Capable Authority; Party';
    assert.deepEqual(termUses(matcher, raw), [
      { line: 0, start: 11, endLine: 1, end: 13, phrase: 'Competent Authority' },
      { line: 1, start: 15, endLine: 2, end: 10, phrase: 'Security Incident' },
      { line: 2, start: 20, endLine: 2, end: 39, phrase: 'Competent Authority' },
      // A blank line between the words is white space as the rule reads it (rules/support/term-use.ts).
      { line: 3, start: 4, endLine: 5, end: 9, phrase: 'Competent Authority' },
      { line: 6, start: 33, endLine: 6, end: 38, phrase: 'Party' },
    ]);
  });
});
