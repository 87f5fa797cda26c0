/**
 * Treaty wording versus MoU wording (drafting-rules.md §A; the table is wording-table.ts): a matcher that finds the
 * words of one vocabulary in a piece of text and proposes the other vocabulary's equivalent.
 *
 * The matcher works on plain strings and offsets only; the rules map offsets onto document
 * ranges. It judges only the instrument's own voice, because a wording warning on a harmless word
 * teaches drafters to ignore the check, and a rewrite of another instrument's words misstates
 * the law:
 * - spans that cite, quote or report another instrument, or speak of its legal effect, are not
 *   judged at all (prose-voice.ts: "pending the entry into force of the Agreement on …", "under
 *   Article 23 of Directive (EU) 2022/2555, essential entities shall …", "obligations as States
 *   Parties to the Convention");
 * - each word is judged in the sense that makes it treaty or MoU wording (wording-senses.ts):
 *   "shall" as this instrument's operative verb, "Parties" as its signatories, "agreement" as
 *   its name, "obligations" as duties it creates, "authentic" as the status of a text; where the
 *   sense cannot be told, the word is reported without a rewrite;
 * - lexical senses: capitalised-only entries (`Party`, `Article`) leave ordinary lower-case uses
 *   alone ("a third party", "a newspaper article"); `notAfter` skips "the will of the Parties";
 *   `negatable` entries are skipped in a sentence that negates them, because the standard MoU
 *   status clause says exactly that: "This Memorandum does not create legally binding
 *   obligations and is not an agreement under international law."
 */
import type { Wording } from '../library/library-types';
import type { ReferenceContext } from './instrument-references';
import { contextSpace } from './context-space';
import { analyseVoice, foreignAt, type ProseVoice } from './prose-voice';
import { defaultProseMemo } from '../util/prose-memo';
import { senseOf } from './wording-senses';
import { carryCase, isUpper } from '../util/carry-case';
import { fitRewrite, type FittedRewrite } from './wording-grammar';
import { hasWordStartMatch, wordStartMatches } from '../util/word-start-matches';
import { wordingTable, type WordingEntry } from './wording-table';
import { escapeRegExp } from '../util/escape-regexp';
import { matchesOf } from '../util/all-matches';
import { singleSpaced } from '../util/single-spaced';

export { wordingTable, type WordingEntry } from './wording-table';

export interface WordingMatch {
  readonly entry: WordingEntry;
  /** Offsets in the scanned string, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly written: string;
  /**
   * The other vocabulary's equivalent, with the written capitalisation carried over; undefined
   * when the right rewrite depends on what the word means (`unclear` says why).
   */
  readonly replacement: string | undefined;
  /** Why no rewrite is offered: what the drafter must decide. */
  readonly unclear?: string;
  /**
   * The rewrite that keeps the sentence English (wording-grammar.ts): the replacement, or it with
   * the auxiliary or article before it changed ("is entered into force" → "has come into effect");
   * undefined, with a replacement, where no word-for-word rewrite fits the sentence.
   */
  readonly rewrite?: FittedRewrite;
}

export interface FindWordingOptions {
  /** The text is the instrument's own title. */
  readonly title?: boolean;
  /** How this instrument names itself and its signatories (for telling its own voice from citations). */
  readonly context?: ReferenceContext;
}

const negation = /\b(?:not|no|nothing|neither|nor|never|without|none)\b|n't\b/i;
const letter = '[\\p{L}\\p{N}_-]';
const noContext: ReferenceContext = { selfNouns: [], signatories: [] };

interface CompiledEntry {
  readonly entry: WordingEntry;
  readonly pattern: RegExp;
}

interface CompiledVocabulary {
  readonly entries: readonly CompiledEntry[];
  /**
   * Every entry's forms in one pattern: an entry's match is a match of this one at the same
   * place, so a text where this finds nothing has no match of any entry, and one scan replaces
   * one per entry on most prose (which holds no word of the vocabulary).
   */
  readonly any: RegExp;
}

const compiled = new Map<Wording, CompiledVocabulary>();

function compile(belongsTo: Wording): CompiledVocabulary {
  let vocabulary = compiled.get(belongsTo);
  if (!vocabulary) {
    const bodies: string[] = [];
    const entries = wordingTable
      .filter((e) => e.belongsTo === belongsTo)
      .map((entry) => {
        // Longest forms first, so "rights and obligations" wins over "obligations".
        const forms = Object.keys(entry.forms).sort((a, b) => b.length - a.length);
        const body = forms.map((f) => f.split(' ').map(escapeRegExp).join('\\s+')).join('|');
        bodies.push(body);
        // No letter before a match either: `wordStartMatches` checks that on each match.
        return { entry, pattern: new RegExp(`(?:${body})(?!${letter})`, 'giu') };
      });
    vocabulary = { entries, any: new RegExp(`(?:${bodies.join('|')})(?!${letter})`, 'giu') };
    compiled.set(belongsTo, vocabulary);
  }
  return vocabulary;
}

/**
 * Every word of `belongsTo`'s vocabulary in `text` (already masked: quoted passages and names the
 * drafter chose are blanked by the caller) that is the instrument's own wording. Overlapping
 * matches keep the longest.
 */
export function findWording(text: string, belongsTo: Wording, options: FindWordingOptions = {}): readonly WordingMatch[] {
  const base = options.context ?? noContext;
  // A pure function of the text, the vocabulary and the context's contents: remembered across
  // analyses. The context with the title flag is made only when the text must be scanned.
  const title = options.title === true;
  const space = contextSpace(wordingSpaces[belongsTo][title ? 1 : 0], base);
  return (base.memo ?? defaultProseMemo()).get(space, text, (stored) => scanWording(stored, belongsTo, { ...base, title: options.title }));
}

/** The memo space of each vocabulary, outside a title and in one (made once, not per lookup). */
const wordingSpaces: Readonly<Record<Wording, readonly [string, string]>> = {
  treaty: ['wording\u0004treaty\u0004P', 'wording\u0004treaty\u0004T'],
  mou: ['wording\u0004mou\u0004P', 'wording\u0004mou\u0004T'],
};

/**
 * Whether `text` holds, at the start of a word, one of the forms of `belongsTo`'s vocabulary: the
 * first test `findWording` makes, and the one it finds nothing without. A caller may ask it of
 * text that is not yet masked, where masking cannot make a form appear (rules/support/conflict-prose.ts,
 * `mayHoldWording`).
 */
export function holdsVocabulary(text: string, belongsTo: Wording): boolean {
  return hasWordStartMatch(text, compile(belongsTo).any);
}

function scanWording(text: string, belongsTo: Wording, context: ReferenceContext): WordingMatch[] {
  const vocabulary = compile(belongsTo);
  if (!holdsVocabulary(text, belongsTo)) return [];
  const options = { title: context.title };
  // Whose voice the text speaks in is asked only of a match that passes the cheap tests: most
  // prose holds no word of the vocabulary, and the voice analysis was most of this scan.
  let voice: ProseVoice | undefined;
  const sentences = sentenceStarts(text);
  const found: WordingMatch[] = [];
  for (const { entry, pattern } of vocabulary.entries) {
    if (entry.titleOnly && !options.title) continue;
    for (const match of wordStartMatches(text, pattern)) {
      const start = match.index;
      const written = match[0];
      const end = start + written.length;
      if (entry.capitalisedOnly && !isUpper(written[0])) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      if (entry.notAfter?.test(before)) continue;
      if (entry.onlyAfter && !entry.onlyAfter.test(before)) continue;
      if (entry.negatable && sentences.negatedBefore(start)) continue;
      voice ??= analyseVoice(text, context);
      if (foreignAt(voice, start, end)) continue;
      const sense = entry.sense ? senseOf(entry.sense, { voice, start, end, belongsTo }) : { kind: 'own' as const };
      if (sense.kind === 'other') continue;
      const key = singleSpaced(written.toLowerCase());
      const replacement = entry.forms[key];
      if (replacement === undefined) continue;
      found.push(
        sense.kind === 'own'
          ? { entry, start, end, written, replacement: carryCase(written, replacement), rewrite: fitRewrite(text, start, end, key, carryCase(written, replacement)) }
          : { entry, start, end, written, replacement: undefined, unclear: sense.why },
      );
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  // Sorted by start, a match overlaps a kept one exactly when it starts before the furthest end kept.
  const kept: WordingMatch[] = [];
  let keptEnd = -1;
  for (const m of found) {
    if (m.start < keptEnd) continue;
    kept.push(m);
    keptEnd = Math.max(keptEnd, m.end);
  }
  return kept;
}

/**
 * Whether the sentence (or clause of a list) before an offset negates, answered from one pass
 * over the text: the offsets of the sentence boundaries and of the negations, each searched by
 * bisection. Slicing the text back to the last boundary for every match was quadratic on long
 * prose without full stops.
 */
function sentenceStarts(text: string): { negatedBefore(offset: number): boolean } {
  let boundaries: number[] | undefined;
  let negations: { starts: number[]; ends: number[] } | undefined;
  return {
    negatedBefore(offset: number): boolean {
      if (!boundaries) {
        boundaries = [];
        for (const m of matchesOf(text, /[.;:!?]/g)) boundaries.push(m.index);
      }
      if (!negations) {
        negations = { starts: [], ends: [] };
        for (const m of matchesOf(text, new RegExp(negation.source, 'gi'))) {
          negations.starts.push(m.index);
          negations.ends.push(m.index + m[0].length);
        }
      }
      const boundary = boundaries[lastBelow(boundaries, offset)] ?? -1;
      // Negations do not overlap: the last one that ends by the offset is the latest to start.
      const last = lastBelow(negations.ends, offset + 1);
      return last >= 0 && negations.starts[last] > boundary;
    },
  };
}

/** The index of the last value below `limit` in an ascending list, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

