/**
 * `unused-term`'s occurrence reading (rules/support/term-occurrences.ts) reads a coordination or an
 * ellipsis only where one of the searched phrases' later words stands after its gap: the same
 * phrases, in the same order, as reading every one in full, on every real instrument and sample,
 * with phrases that do run over the gaps of their coordinations (their words either side of each
 * gap, singular and plural, in lower case) and the defined terms' words.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateModel, toEntente } from '../../bench/generator';
import { PhraseMatcher, maxPhraseLength } from '../../server/src/language/util/phrase-matcher';
import { termOccurrences } from '../../server/src/language/rules/support/term-occurrences';
import { coordinatedReadings } from '../../server/src/language/model/term-forms';
import { ellipsisReadings } from '../../server/src/language/rules/support/term-ellipsis';

const root = join(__dirname, '../..');

function texts(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  for (const dir of ['test/real-instruments', 'samples']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.entente'))) found.push({ name: file, text: readFileSync(join(root, dir, file), 'utf8') });
  }
  found.push({ name: 'generated 1,000 lines', text: toEntente(generateModel({ lines: 1000 })) });
  return found;
}

const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w));

/** Phrases that run over the gap of each reading of `text`: one to three words before it, one or two after, as written, in the singular and lower-cased. */
function phrasesOverGaps(text: string): string[] {
  const phrases = new Set<string>();
  const add = (before: string, after: string) => {
    const b = words(before);
    const a = words(after);
    for (let i = 1; i <= Math.min(3, b.length); i++) {
      for (let j = 1; j <= Math.min(2, a.length); j++) {
        const phrase = [...b.slice(b.length - i), ...a.slice(0, j)].join(' ').replace(/[.,;:()“”"’‘]+$/u, '');
        phrases.add(phrase);
        phrases.add(phrase.toLowerCase());
        phrases.add(phrase.replace(/e?s$/u, ''));
      }
    }
  };
  for (const r of ellipsisReadings(text, maxPhraseLength)) add(r.text.slice(0, r.joinAt - 1), r.text.slice(r.joinAt));
  for (const r of coordinatedReadings(text, maxPhraseLength)) add(r.text.slice(0, r.sharedAt - 1), r.text.slice(r.sharedAt));
  return [...phrases].filter((p) => p.length > 0);
}

/** The quoted phrases of the text (the defined terms and the names among them). */
function quoted(text: string): string[] {
  return [...text.matchAll(/"([^"\n]{2,60})"/gu)].map((m) => m[1].trim()).filter((p) => p.length > 0);
}

describe('term occurrences: coordinations and ellipses read only where a phrase may run over the gap', () => {
  it('finds the phrases a full reading finds, on every real instrument and sample', () => {
    let overGaps = 0;
    for (const { name, text } of texts()) {
      const all = [...phrasesOverGaps(text), ...quoted(text)];
      for (let i = 0; i < all.length; i += 400) {
        const matcher = new PhraseMatcher(all.slice(i, i + 400), { plural: true, flexibleSpace: true });
        for (const coordinated of [true, false]) {
          const full = termOccurrences(matcher, text, coordinated, false);
          assert.deepEqual(termOccurrences(matcher, text, coordinated), full, name);
          if (coordinated) overGaps += full.length - termOccurrences(matcher, text, false, false).length;
        }
      }
    }
    // The readings do find uses over the gaps: the filter is tested where it could drop one.
    assert.ok(overGaps > 1000, `only ${overGaps} uses over a gap`);
  });

  it('finds a term over the gap of a coordination and of an ellipsis, with a plural, and none that is not there', () => {
    const matcher = new PhraseMatcher(['illegal sports betting', 'irregular sports betting', 'public collective investment scheme', 'investment fund', 'national incident centre'], { plural: true, flexibleSpace: true });
    const text = 'illegal, irregular or suspicious sports betting; public collective investment funds or schemes; national incident response teams or centres';
    const full = termOccurrences(matcher, text, true, false);
    assert.deepEqual(termOccurrences(matcher, text, true), full);
    assert.deepEqual([...full].sort(), ['illegal sports betting', 'investment fund', 'irregular sports betting', 'public collective investment scheme']);
  });
});
