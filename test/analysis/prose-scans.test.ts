/**
 * The faster scans of prose behind a full analysis (issue 11) find exactly what the plain
 * patterns they replace found: a word-start pattern without its Unicode look-behind
 * (util/word-start-matches.ts), the coordinations of modifiers tried only before a conjunction
 * (term-forms.ts), and the phrase matcher passing over positions no phrase starts with. Each is
 * compared with the plain pattern on the prose of every real instrument and on the near misses
 * that make the difference: a hyphen, an underscore, an accented or astral letter before a word.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasWordStartMatch, wordStartMatches } from '../../server/src/language/util/word-start-matches';
import { coordinatedReadings } from '../../server/src/language/model/term-forms';
import { PhraseMatcher } from '../../server/src/language/util/phrase-matcher';
import { singleSpaced } from '../../server/src/language/util/single-spaced';

const realDir = join(__dirname, '../real-instruments');
/** The text of each real instrument, and each of its triple-quoted passages (a clause's prose). */
const realProse: string[] = readdirSync(realDir)
  .filter((f) => f.endsWith('.entente'))
  .flatMap((f) => {
    const text = readFileSync(join(realDir, f), 'utf8');
    return [text, ...text.split('"""').filter((_, i) => i % 2 === 1)];
  });

const nearMisses = [
  'the sub-agreements and co_agreements, the preagreement and the agreement',
  'xagreement, -agreement, \u0345agreement, ſAgreement, K\u212Aagreement',
  'Ålesund agreements, éagreement, 𝐀agreement, 1agreement and (agreement)',
  'obligations of the Parties under the Convention; the counter-obligations of the Parties under the Convention',
  'the Parties, the CounterParties and the Party_Parties to the Convention',
];

const matches = (found: Iterable<RegExpMatchArray>) => [...found].map((m) => `${m.index}:${m[0]}`);

describe('prose scans', () => {
  describe('wordStartMatches', () => {
    const patterns = [
      String.raw`(?:agreements?|conventions?|treat(?:y|ies)|protocols?)(?![\p{L}\p{N}_-])`,
      String.raw`(?:(?:rights\s+and\s+)?obligations?|Part(?:y|ies))(?=\s+(?:of|under|to)\s+)`,
      String.raw`(?:Articles?|Arts?\.|paragraphs?)\s+\d+`,
    ];

    it('finds what the pattern with the look-behind finds, on every real instrument and the near misses', () => {
      // The wording checks' patterns are case-insensitive: the look-behind then also holds what folds to a letter.
      for (const flags of ['gu', 'giu']) {
        for (const source of patterns) {
          const plain = new RegExp(String.raw`(?<![\p{L}\p{N}_-])${source}`, flags);
          const bare = new RegExp(source, flags);
          for (const text of [...realProse, ...nearMisses]) assert.deepEqual(matches(wordStartMatches(text, bare)), matches(text.matchAll(plain)), `${source} on ${text.slice(0, 80)}`);
        }
      }
    });

    it('hasWordStartMatch says whether wordStartMatches finds anything, on every real instrument and the near misses', () => {
      for (const flags of ['gu', 'giu']) {
        for (const source of patterns) {
          const bare = new RegExp(source, flags);
          for (const text of [...realProse, ...nearMisses]) assert.equal(hasWordStartMatch(text, bare), wordStartMatches(text, bare).length > 0, `${source} on ${text.slice(0, 80)}`);
        }
      }
      // A match inside a word is passed over for one that starts a word later on.
      assert.equal(hasWordStartMatch('the preagreement', /agreement/gu), false);
      assert.equal(hasWordStartMatch('the preagreement and the agreement', /agreement/gu), true);
      assert.equal(hasWordStartMatch('ſagreement', /agreement/giu), false);
    });

    it('passes over a match inside a word for the word-start match right after it', () => {
      const bare = /(?:agreements?)(?![\p{L}\p{N}_-])/gu;
      assert.deepEqual(matches(wordStartMatches('the preagreement and the agreement', bare)), ['25:agreement']);
      assert.deepEqual(matches(wordStartMatches('sub-agreement, co_agreement, 𝐀agreement, éagreement', bare)), []);
      assert.deepEqual(matches(wordStartMatches('(agreement) "agreements"', bare)), ['1:agreement', '13:agreements']);
      assert.deepEqual(matches(wordStartMatches('xagreement', bare)), []);
      assert.deepEqual(matches(wordStartMatches('-agreement', bare)), []);
      assert.deepEqual(matches(wordStartMatches('agreement', bare)), ['0:agreement']);
    });
  });

  describe('singleSpaced', () => {
    it('gives what replacing every white-space run by one space gives, on every real instrument and the near misses', () => {
      const spacing = ['a  b', 'a\tb', 'a\r\nb', ' a b ', 'a \n b', 'a\u00a0b', 'a\u2028\u2029b', 'a\u3000 b', '\ud83d\ude00 \ud83d\ude00\n', '', ' ', '\n', 'ab'];
      for (const text of [...realProse, ...nearMisses, ...spacing]) assert.equal(singleSpaced(text), text.replace(/\s+/gu, ' '), JSON.stringify(text.slice(0, 80)));
    });

    it('returns the text itself where no run changes', () => {
      const text = 'Each Party shall designate a point of contact.';
      assert.equal(singleSpaced(text), text);
    });
  });

  describe('coordinatedReadings', () => {
    const modifierWord = String.raw`\p{L}[\p{L}\p{N}'’\-]*`;
    const coordination = new RegExp(
      String.raw`(?<![\p{L}\p{N}_'’\-])(${modifierWord}(?:\s*,\s*${modifierWord}){0,12})\s*,?\s+(?:and\/or|or|and)\s+${modifierWord}\s+(?=\p{L})`,
      'gu',
    );
    /** The readings as the plain pattern, tried at every position, gave them. */
    const plainReadings = (text: string, span: number) =>
      [...text.matchAll(coordination)].flatMap((m) => {
        const sourceAt = m.index + m[0].length;
        return m[1].split(/\s*,\s*/u).map((modifier) => ({ text: `${modifier} ${text.slice(sourceAt, sourceAt + span)}`, sharedAt: modifier.length + 1, sourceAt }));
      });

    it('reads what the plain pattern reads, on every real instrument', () => {
      for (const text of realProse) assert.deepEqual(coordinatedReadings(text, 40), plainReadings(text, 40));
    });

    it('reads a comma-joined run before the conjunction, and nothing across punctuation or an underscore', () => {
      const cases = [
        'illegal, irregular or suspicious sports betting',
        'illegal , irregular, or suspicious sports betting',
        'x_y, irregular and/or suspicious sports betting',
        'the data. Illegal or suspicious betting',
        '3, b or c d and 𝐀b, é or c d',
        'a, and, b or c d',
        'one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen or fifteen words here',
      ];
      for (const text of cases) assert.deepEqual(coordinatedReadings(text, 20), plainReadings(text, 20), text);
      assert.deepEqual(
        coordinatedReadings('illegal, irregular or suspicious sports betting', 14).map((r) => r.text),
        ['illegal sports betting', 'irregular sports betting'],
      );
    });
  });

  describe('PhraseMatcher', () => {
    it('finds phrases that start with an ASCII or another character, and passes over the rest', () => {
      const matcher = new PhraseMatcher(['Ålesund Agreement', 'personal data', 'Incident'], { plural: true, flexibleSpace: true });
      const text = 'the Ålesund Agreement, personal\n  data and Incidents; the personal datum, xIncident';
      assert.deepEqual(
        matcher.matches(text).map((m) => m.phrase),
        ['Ålesund Agreement', 'personal data', 'Incident'],
      );
      assert.deepEqual(matcher.occurrences(text).map((m) => text.slice(m.start, m.end)), ['Ålesund Agreement', 'personal\n  data', 'Incidents']);
    });

    it('finds what the alternation of its phrases finds, phrases that begin other phrases and plurals included', () => {
      const words = ['Incident', 'Incidents', 'Report', 'Party', 'Parties', 'data', 'es', 's', 'Inc'];
      const separators = [' ', '  ', '\n', '\n  ', '-', '_', ', ', 'x', ''];
      let seed = 7;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return (seed >>> 12) % n;
      };
      const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (let round = 0; round < 500; round++) {
        const phrases = Array.from({ length: 1 + next(5) }, () => Array.from({ length: 1 + next(3) }, () => words[next(words.length)]).join(next(4) === 0 ? '  ' : ' '));
        const text = Array.from({ length: 4 + next(30) }, () => words[next(words.length)] + separators[next(separators.length)]).join('');
        for (const options of [{}, { plural: true }, { flexibleSpace: true }, { plural: true, flexibleSpace: true, underscoreInWords: false }]) {
          const sorted = [...phrases].sort((a, b) => b.length - a.length);
          const flexible = 'flexibleSpace' in options && sorted.filter((p) => !/^\s|\s$/u.test(p));
          const body = (flexible || sorted).map((p) => (flexible ? p.split(/\s+/u).map(escape).join('\\s+') : escape(p))).join('|');
          const word = 'underscoreInWords' in options ? '[\\p{L}\\p{N}]' : '[\\p{L}\\p{N}_]';
          const alternation = new RegExp(`(?<!${word})(?:${body})${'plural' in options ? '(?:e?s)?' : ''}(?!${word})`, 'gu');
          const matcher = new PhraseMatcher(phrases, options);
          const found = matcher.matches(text).map((m) => `${m.start}-${m.end}`);
          assert.deepEqual(found, [...text.matchAll(alternation)].map((m) => `${m.index}-${m.index + m[0].length}`), `${JSON.stringify(phrases)} ${JSON.stringify(options)} in ${JSON.stringify(text)}`);
          // Overlaps included: what a separate search per phrase finds.
          const each = [...new Set(flexible || sorted)].flatMap((phrase) => {
            const one = new RegExp(`(?<!${word})(?:${flexible ? phrase.split(/\s+/u).map(escape).join('\\s+') : escape(phrase)})${'plural' in options ? '(?:e?s)?' : ''}(?!${word})`, 'gu');
            const spans: string[] = [];
            // Every start, not only those a search resumed after the last match finds.
            for (let from = 0; from < text.length; from++) {
              one.lastIndex = from;
              const m = one.exec(text);
              if (m && m.index === from) spans.push(`${m.index}-${m.index + m[0].length}`);
            }
            return spans;
          });
          assert.deepEqual(new Set(matcher.occurrences(text).map((m) => `${m.start}-${m.end}`)), new Set(each), `occurrences of ${JSON.stringify(phrases)} ${JSON.stringify(options)} in ${JSON.stringify(text)}`);
          // occursAt tells, at every position, whether occurrencesAt finds anything there.
          for (let at = 0; at <= text.length; at++) assert.equal(matcher.occursAt(text, at), matcher.occurrencesAt(text, at).length > 0, `occursAt ${at} of ${JSON.stringify(phrases)} ${JSON.stringify(options)} in ${JSON.stringify(text)}`);
        }
      }
    });
  });
});
