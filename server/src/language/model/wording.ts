/**
 * Treaty wording versus MoU wording (drafting-rules.md §A) as data, and a matcher that finds the
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
import { senseOf, type SenseName } from './wording-senses';
import { carryCase, isUpper } from '../util/carry-case';
import { fitRewrite, type FittedRewrite } from './wording-grammar';
import { hasWordStartMatch, wordStartMatches } from '../util/word-start-matches';

export interface WordingEntry {
  /** Stable id of the row, e.g. `shall`. */
  readonly id: string;
  /** The vocabulary the written forms belong to: treaty words are flagged in an MoU, and vice versa. */
  readonly belongsTo: Wording;
  /** Written form (lower case, single spaces) → the other vocabulary's equivalent. */
  readonly forms: Readonly<Record<string, string>>;
  /** Words that by themselves signal intent to be bound (CF01 error level: shall, enter into force). */
  readonly binding?: boolean;
  /** Only match when the first letter is a capital (`Party`, `Article`). */
  readonly capitalisedOnly?: boolean;
  /** Skip the match when the sentence before it negates it ("not", "no", "nothing"…). */
  readonly negatable?: boolean;
  /** Skip the match when the text just before it matches (tested on up to 60 characters). */
  readonly notAfter?: RegExp;
  /** Match only when the text just before it matches (tested on up to 60 characters). */
  readonly onlyAfter?: RegExp;
  /** The sense in which the word is this vocabulary's word (wording-senses.ts); none: every use. */
  readonly sense?: SenseName;
  /** Only in the instrument's own title (USDOS: no "treaty" or "agreement" in an MoU's title). */
  readonly titleOnly?: boolean;
  /** The other vocabulary's formula is named in the message but not written by a fix: it does not replace the words one for one. */
  readonly noRewrite?: boolean;
  /** Why the words matter, for the finding's message where the drafting convention alone does not say it. */
  readonly why?: string;
  /** Where the row comes from (§A sources). */
  readonly source: string;
}

const fcdo = 'FCDO Treaties and MoUs Guidance (2021), Terminology';

export const wordingTable: readonly WordingEntry[] = [
  // ── Treaty words, flagged in an MoU ─────────────────────────────────────────────────────
  { id: 'shall', belongsTo: 'treaty', binding: true, sense: 'operative', forms: { shall: 'will' }, source: 'ANZ (Lundy 2017); FCDO; USDOS' },
  {
    id: 'enter-into-force',
    belongsTo: 'treaty',
    binding: true,
    sense: 'effect',
    forms: {
      'enter into force': 'come into effect',
      'enters into force': 'comes into effect',
      'entered into force': 'came into effect',
      'entering into force': 'coming into effect',
      'entry into force': 'coming into effect',
    },
    source: fcdo,
  },
  {
    id: 'continue-in-force',
    belongsTo: 'treaty',
    sense: 'effect',
    forms: {
      'continue in force': 'continue to have effect',
      'continues in force': 'continues to have effect',
      'remain in force': 'remain in effect',
      'remains in force': 'remains in effect',
    },
    source: fcdo,
  },
  {
    id: 'agree',
    belongsTo: 'treaty',
    forms: { agree: 'decide', agrees: 'decides', agreed: 'decided', agreeing: 'deciding' },
    // Only the signatories' own assent ("The Participants agree", "have agreed", "as agreed"):
    // a working group's mandate to "agree priorities" is not a statement of the instrument's status.
    onlyAfter: /\b(?:Part(?:y|ies)|Participants?|Signator(?:y|ies)|Sides?|States?|Governments?|both|each|they|we|have|has|had|hereby|mutually|jointly|as|duly)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
    source: 'DFAT ("agree(d)" is treaty wording); FCDO',
  },
  // "Agreement" as the name of this instrument; not consent ("by mutual agreement") nor another instrument.
  { id: 'agreement', belongsTo: 'treaty', negatable: true, sense: 'instrument', forms: { agreement: 'arrangement', agreements: 'arrangements' }, source: 'DFAT; USDOS (no "agreement" in the title)' },
  { id: 'treaty-title', belongsTo: 'treaty', titleOnly: true, forms: { treaty: 'memorandum' }, source: 'USDOS Guidance on Non-Binding Documents (title)' },
  {
    id: 'parties',
    belongsTo: 'treaty',
    capitalisedOnly: true,
    sense: 'signatories',
    forms: { party: 'participant', parties: 'participants', 'contracting party': 'participant', 'contracting parties': 'participants' },
    notAfter: /\b(?:third|working|political|interested)[\s-]+$/i,
    source: `${fcdo}; UK–Canada MoU (2012)`,
  },
  { id: 'article', belongsTo: 'treaty', capitalisedOnly: true, sense: 'division', forms: { article: 'paragraph', articles: 'paragraphs' }, source: fcdo },
  { id: 'clause', belongsTo: 'treaty', sense: 'division', forms: { clause: 'paragraph', clauses: 'paragraphs' }, source: fcdo },
  // No "preamble" row: MoUs have preambles as treaties do, and the word shows nothing about binding
  // intent. The row came from the FCDO terminology table, which was never read here; neither
  // verified source (DFAT's agree/agreed/agreement rows, USDOS on the title) names it (twenty-third
  // run: a 'Preamble' heading drew an error under mou-review).
  {
    id: 'obligations',
    belongsTo: 'treaty',
    negatable: true,
    sense: 'duties',
    forms: {
      obligation: 'commitment',
      obligations: 'commitments',
      'rights and obligations': 'benefits and commitments',
      'rights or obligations': 'benefits or commitments',
    },
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  { id: 'undertake-to', belongsTo: 'treaty', sense: 'operative', forms: { 'undertake to': 'will', 'undertakes to': 'will' }, source: fcdo },
  // Mandatory verbs other than "shall", as strong as it: "the competent authorities are obliged to
  // contact each other" (DE–NL tax-rulings MoU 2015, Art. 2(4); twenty-third run). DFAT (verified):
  // "non-mandatory language in less-than-treaty status instruments" — these are mandatory language
  // whatever the word. Negatable: "Neither Participant is obliged to …" is the MoU's own denial.
  {
    id: 'must',
    belongsTo: 'treaty',
    binding: true,
    negatable: true,
    sense: 'operative',
    forms: {
      must: 'will',
      'is obliged to': 'will',
      'are obliged to': 'will',
      'is obligated to': 'will',
      'are obligated to': 'will',
      'is required to': 'will',
      'are required to': 'will',
    },
    source: 'DFAT Guidance Note on less-than-treaty status instruments (non-mandatory language; verified)',
  },
  { id: 'undertake', belongsTo: 'treaty', forms: { undertake: 'carry out', undertakes: 'carries out', undertaken: 'carried out', undertook: 'carried out' }, source: fcdo },
  { id: 'undertakings', belongsTo: 'treaty', sense: 'enterprise-or-duties', forms: { undertakings: 'understandings' }, source: fcdo },
  { id: 'conditions', belongsTo: 'treaty', forms: { 'terms and conditions': 'provisions' }, source: fcdo },
  { id: 'done-at', belongsTo: 'treaty', forms: { 'done at': 'signed at' }, source: fcdo },
  { id: 'authentic', belongsTo: 'treaty', sense: 'text-status', forms: { authentic: 'valid' }, source: fcdo },

  // ── MoU words, flagged in a treaty ──────────────────────────────────────────────────────
  // Not here, because treaties use them too: "remain in effect" and "continue to have effect"
  // ("This Agreement shall remain in effect until terminated"; NATO SOFA Supplementary Agreement),
  // and "signed at" (treaties concluded by exchange of notes or opened for signature have no
  // "Done at" formula: "have signed this Agreement … opened for signature in Stockholm").
  {
    id: 'will',
    belongsTo: 'mou',
    sense: 'operative',
    forms: { will: 'shall' },
    // "the will of the Parties", "good will": the noun, not the auxiliary.
    notAfter: /\b(?:the|its|their|good|free|political|whose|of)\s+$/i,
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  { id: 'participants', belongsTo: 'mou', capitalisedOnly: true, sense: 'signatories', forms: { participant: 'party', participants: 'parties' }, source: fcdo },
  {
    id: 'come-into-effect',
    belongsTo: 'mou',
    sense: 'effect',
    forms: {
      'come into effect': 'enter into force',
      'comes into effect': 'enters into force',
      'came into effect': 'entered into force',
      'coming into effect': 'entry into force',
      'come into operation': 'enter into force',
      'comes into operation': 'enters into force',
    },
    // "This Agreement shall come into effect …" is treaty English: 'shall' gives it the treaty's
    // voice (ACS Agreement on natural disasters 1999, Art. 18, a binding treaty; sixteenth run).
    notAfter: /\bshall\s+(?:not\s+)?$/i,
    source: fcdo,
  },
  // What an MoU calls itself: "this note and the Embassy's note in reply shall constitute an
  // understanding between the two Governments" (NL–US notes on sentenced persons 1991, a binding
  // exchange; eighteenth real-instrument run). Said of the instrument, so every use counts.
  {
    id: 'constitute-an-understanding',
    belongsTo: 'mou',
    forms: {
      'constitute an understanding': 'constitute an agreement',
      'constitutes an understanding': 'constitutes an agreement',
      'constituted an understanding': 'constituted an agreement',
      'constituting an understanding': 'constituting an agreement',
    },
    why: 'is how a memorandum of understanding describes itself ("understanding" is the word of non-binding instruments in United States and United Kingdom practice), so in an instrument declared binding it is the first thing a reader weighs on its status',
    source: 'USDOS Guidance on Non-Binding Documents; FCDO Treaties and MoUs Guidance (2021), Terminology (not read)',
  },
  // The formula by which an exchange not meant to bind records itself, where a binding one
  // "constitutes an agreement": "this letter together with your reply … will place on record the
  // understanding of the competent authorities in this matter" (NL–UK letters 1986, binding; twentieth
  // run). "Constitute an agreement" does not fit what follows ("of the competent authorities"): no fix.
  {
    id: 'place-on-record-the-understanding',
    belongsTo: 'mou',
    sense: 'recorded-understanding',
    noRewrite: true,
    forms: { 'place on record the understanding': 'constitute an agreement', 'places on record the understanding': 'constitutes an agreement', 'placed on record the understanding': 'constituted an agreement', 'placing on record the understanding': 'constituting an agreement' },
    why: 'is how, in United Kingdom practice, an exchange of notes or letters not meant to bind records what was settled (older binding exchanges used it too), so in an instrument declared binding it is a word a reader weighs on its status',
    source: 'A. Aust, Modern Treaty Law and Practice, on MOUs (from memory, not re-read); practice read: NL–UK letters 1986 (BWBV0002523), NL–UK notes on customs facilities for consular officers (BWBV0004853)',
  },
  { id: 'this-understanding', belongsTo: 'mou', sense: 'self-description', forms: { 'this understanding': 'this agreement', 'the present understanding': 'the present agreement' }, why: 'calls the instrument an understanding, the word of non-binding instruments in United States and United Kingdom practice, so in an instrument declared binding it is a word a reader weighs on its status', source: 'USDOS Guidance on Non-Binding Documents; A. Aust, Modern Treaty Law and Practice (from memory, not re-read)' },
  { id: 'commitments', belongsTo: 'mou', sense: 'duties', forms: { commitment: 'obligation', commitments: 'obligations' }, source: fcdo },
  { id: 'understandings', belongsTo: 'mou', sense: 'duties', forms: { understandings: 'undertakings' }, source: fcdo },
  { id: 'equally-valid', belongsTo: 'mou', sense: 'validity-alone', forms: { 'equally valid': 'equally authentic' }, source: fcdo },
  { id: 'jointly-decided', belongsTo: 'mou', forms: { 'jointly decided': 'agreed', 'jointly determined': 'agreed' }, source: 'DFAT' },
];

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

function scanWording(text: string, belongsTo: Wording, context: ReferenceContext): WordingMatch[] {
  const vocabulary = compile(belongsTo);
  if (!hasWordStartMatch(text, vocabulary.any)) return [];
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
      const key = written.toLowerCase().replace(/\s+/g, ' ');
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
        for (const m of text.matchAll(/[.;:!?]/g)) boundaries.push(m.index);
      }
      if (!negations) {
        negations = { starts: [], ends: [] };
        for (const m of text.matchAll(new RegExp(negation.source, 'gi'))) {
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
