/**
 * The phrases a text holds for `unused-term`'s measure (term-use.ts): every occurrence outside
 * the words that name or define a term (`definesAt`), and, for the measure's main search, those a
 * coordination writes ("illegal, irregular or suspicious sports betting", term-forms.ts) or an
 * ellipsis before coordinated nouns writes ("public collective investment funds or schemes",
 * term-ellipsis.ts). A pure function of the text and the phrases searched.
 */
import { maxPhraseLength, PhraseMatcher } from '../../util/phrase-matcher';
import { coordinatedReadings } from '../../model/term-forms';
import { ellipsisReadings, wordStartsBeforeJoin } from './term-ellipsis';
import { definesAt } from './term-naming';

/**
 * The phrases of `matcher` that `text` holds, in the order found. `gapFilter: false` reads every
 * coordination and ellipsis in full (the reference the tests hold the filtered reading to).
 */
export function termOccurrences(matcher: PhraseMatcher, text: string, coordinated: boolean, gapFilter = true): string[] {
  // One list, not a filtered one and its map: this runs on every text of the instrument.
  const phrases: string[] = [];
  for (const m of matcher.occurrences(text)) if (!definesAt(text, m.start, m.end)) phrases.push(m.phrase);
  if (!coordinated) return phrases;
  const gap = gapFilter ? gapWordsOf(matcher) : undefined;
  // A modifier of a coordination with the words it shares ("illegal, irregular or suspicious sports betting").
  for (const reading of coordinatedReadings(text, maxPhraseLength)) {
    if (gap && !mayCrossGap(gap, reading.text, reading.sharedAt)) continue;
    for (const m of matcher.occurrencesAt(reading.text, 0)) {
      const end = reading.sourceAt + m.end - reading.sharedAt;
      if (m.end > reading.sharedAt && !definesAt(text, reading.sourceAt, end)) phrases.push(m.phrase);
    }
  }
  // A term written by ellipsis before a coordinated noun ("public collective investment funds or schemes", term-ellipsis.ts).
  for (const reading of ellipsisReadings(text, maxPhraseLength)) {
    if (gap && !mayCrossGap(gap, reading.text, reading.joinAt)) continue;
    for (const at of wordStartsBeforeJoin(reading)) {
      for (const m of matcher.occurrencesAt(reading.text, at)) {
        if (m.end <= reading.joinAt) continue;
        if (!definesAt(text, reading.sourceStart + at, reading.sourceJoin + m.end - reading.joinAt)) phrases.push(m.phrase);
      }
    }
  }
  return phrases;
}

/**
 * Whether a phrase may run over the blank before `at` in a reading: only then can a coordination
 * or an ellipsis reading yield a use. Such a match reads the blank as the white space between two
 * of the phrase's words (a phrase holds no white space of its own in the matcher's flexible
 * spacing, and the reading's words at `at` start with a letter), so one of the phrase's words
 * after its first stands at `at`, followed by white space (more of the phrase) or by the end the
 * phrase's own match needs (a word boundary, or a plural ending and one). Telling that from those
 * words alone passes over most readings (most coordinations share no defined term) without a
 * walk from every word start before the gap.
 */
function mayCrossGap(gap: PhraseMatcher, text: string, at: number): boolean {
  return gap.size > 0 && gap.occursAt(text, at);
}

/**
 * Every word of a searched phrase after its first, as a matcher with the search's plural endings
 * and word boundaries: made once per matcher (a matcher is shared while the phrases are the same).
 */
const gapWords = new WeakMap<PhraseMatcher, PhraseMatcher>();

function gapWordsOf(matcher: PhraseMatcher): PhraseMatcher {
  let gap = gapWords.get(matcher);
  if (!gap) {
    const options = matcher.options;
    const words = new Set<string>();
    for (const phrase of matcher.phraseList()) for (const word of phrase.split(/\s+/u).slice(1)) if (word !== '') words.add(word);
    gapWords.set(matcher, (gap = new PhraseMatcher(words, { plural: options.plural, underscoreInWords: options.underscoreInWords, maxLength: options.maxLength })));
  }
  return gap;
}
