/**
 * Treaty wording versus MoU wording (drafting-rules.md §A) as data, and a matcher that finds the
 * words of one vocabulary in a piece of text and proposes the other vocabulary's equivalent.
 *
 * The matcher works on plain strings and offsets only; the rules map offsets onto document
 * ranges. It is deliberately conservative, because a wording warning on a harmless word teaches
 * drafters to ignore the check:
 * - Capitalised-only entries (`Party`, `Article`) leave ordinary lower-case uses alone ("a third
 *   party", "a newspaper article").
 * - `notAfter` / `notBefore` look at the words around a match to skip known innocent uses: "the
 *   will of the Participants", "Security Agreement", "Article 35 of the Budapest Convention".
 * - `negatable` entries are skipped in a sentence that negates them, because the standard MoU
 *   status clause says exactly that: "This Memorandum does not create legally binding obligations
 *   and is not an agreement under international law."
 * - A capitalised "Agreement" or "Treaty" after another capitalised word is the title of some
 *   other instrument ("the General Security Agreement") and is skipped.
 */
import type { Wording } from '../library/library-types';

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
  /** Skip the match when the text just after it matches (tested on up to 80 characters). */
  readonly notBefore?: RegExp;
  /** Match only when the text just before it matches (tested on up to 60 characters). */
  readonly onlyAfter?: RegExp;
  /** Only in the instrument's own title (USDOS: no "treaty" or "agreement" in an MoU's title). */
  readonly titleOnly?: boolean;
  /** Where the row comes from (§A sources). */
  readonly source: string;
}

const fcdo = 'FCDO Treaties and MoUs Guidance (2021), Terminology';

export const wordingTable: readonly WordingEntry[] = [
  // ── Treaty words, flagged in an MoU ─────────────────────────────────────────────────────
  { id: 'shall', belongsTo: 'treaty', binding: true, forms: { shall: 'will' }, source: 'ANZ (Lundy 2017); FCDO; USDOS' },
  {
    id: 'enter-into-force',
    belongsTo: 'treaty',
    binding: true,
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
  {
    id: 'agreement',
    belongsTo: 'treaty',
    negatable: true,
    forms: { agreement: 'arrangement', agreements: 'arrangements' },
    // A security agreement is a separate (binding) instrument the MoU may rightly refer to.
    notAfter: /(?:security|secrecy|security-of-information|assistance)[\s-]+$/i,
    source: 'DFAT; USDOS (no "agreement" in the title)',
  },
  { id: 'treaty-title', belongsTo: 'treaty', titleOnly: true, forms: { treaty: 'memorandum' }, source: 'USDOS Guidance on Non-Binding Documents (title)' },
  {
    id: 'parties',
    belongsTo: 'treaty',
    capitalisedOnly: true,
    forms: { party: 'participant', parties: 'participants', 'contracting party': 'participant', 'contracting parties': 'participants' },
    notAfter: /\b(?:third|working|political|interested)[\s-]+$/i,
    source: `${fcdo}; UK–Canada MoU (2012)`,
  },
  {
    id: 'article',
    belongsTo: 'treaty',
    capitalisedOnly: true,
    forms: { article: 'paragraph', articles: 'paragraphs' },
    // "Article 35 of the Budapest Convention", "Article 46(2)(a) GDPR" cite another instrument.
    notBefore: /^\s+\d+[\w().]*(?:\s*(?:,|and|or|to|-|–)\s*\d+[\w().]*)*\s+(?:(?:of|to)\s+(?:the\s+)?\p{Lu}|\p{Lu}{2,})/u,
    source: fcdo,
  },
  { id: 'clause', belongsTo: 'treaty', forms: { clause: 'paragraph', clauses: 'paragraphs' }, source: fcdo },
  { id: 'preamble', belongsTo: 'treaty', forms: { preamble: 'introduction' }, source: fcdo },
  {
    id: 'obligations',
    belongsTo: 'treaty',
    negatable: true,
    forms: {
      obligation: 'commitment',
      obligations: 'commitments',
      'rights and obligations': 'benefits and commitments',
      'rights or obligations': 'benefits or commitments',
    },
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  {
    id: 'undertake',
    belongsTo: 'treaty',
    forms: {
      'undertake to': 'will',
      'undertakes to': 'will',
      undertake: 'carry out',
      undertakes: 'carries out',
      undertaken: 'carried out',
      undertook: 'carried out',
      undertakings: 'understandings',
    },
    source: fcdo,
  },
  { id: 'conditions', belongsTo: 'treaty', forms: { 'terms and conditions': 'provisions' }, source: fcdo },
  { id: 'done-at', belongsTo: 'treaty', forms: { 'done at': 'signed at' }, source: fcdo },
  { id: 'authentic', belongsTo: 'treaty', forms: { authentic: 'valid' }, source: fcdo },

  // ── MoU words, flagged in a treaty ──────────────────────────────────────────────────────
  {
    id: 'will',
    belongsTo: 'mou',
    forms: { will: 'shall' },
    // "the will of the Parties", "good will": the noun, not the auxiliary.
    notAfter: /\b(?:the|its|their|good|free|political|whose|of)\s+$/i,
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  { id: 'participants', belongsTo: 'mou', capitalisedOnly: true, forms: { participant: 'party', participants: 'parties' }, source: fcdo },
  {
    id: 'come-into-effect',
    belongsTo: 'mou',
    forms: {
      'come into effect': 'enter into force',
      'comes into effect': 'enters into force',
      'came into effect': 'entered into force',
      'coming into effect': 'entry into force',
      'come into operation': 'enter into force',
      'comes into operation': 'enters into force',
    },
    source: fcdo,
  },
  {
    id: 'continue-to-have-effect',
    belongsTo: 'mou',
    forms: {
      'continue to have effect': 'continue in force',
      'continues to have effect': 'continues in force',
      'remain in effect': 'remain in force',
      'remains in effect': 'remains in force',
    },
    source: fcdo,
  },
  { id: 'commitments', belongsTo: 'mou', forms: { commitment: 'obligation', commitments: 'obligations' }, source: fcdo },
  { id: 'understandings', belongsTo: 'mou', forms: { understandings: 'undertakings' }, source: fcdo },
  // Only the testimonium ("Signed at Tallinn…"); "the Convention signed at Budapest" cites another text.
  { id: 'signed-at', belongsTo: 'mou', capitalisedOnly: true, forms: { 'signed at': 'done at' }, source: fcdo },
  { id: 'equally-valid', belongsTo: 'mou', forms: { 'equally valid': 'equally authentic' }, source: fcdo },
  { id: 'jointly-decided', belongsTo: 'mou', forms: { 'jointly decided': 'agreed', 'jointly determined': 'agreed' }, source: 'DFAT' },
];

export interface WordingMatch {
  readonly entry: WordingEntry;
  /** Offsets in the scanned string, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly written: string;
  /** The other vocabulary's equivalent, with the written capitalisation carried over. */
  readonly replacement: string;
}

const negation = /\b(?:not|no|nothing|neither|nor|never|without|none)\b|n't\b/i;
const smallWords = new Set(['a', 'an', 'and', 'at', 'in', 'into', 'of', 'or', 'the', 'to']);
const letter = '[\\p{L}\\p{N}_-]';

interface CompiledEntry {
  readonly entry: WordingEntry;
  readonly pattern: RegExp;
}

const compiled = new Map<Wording, CompiledEntry[]>();

function compile(belongsTo: Wording): CompiledEntry[] {
  let list = compiled.get(belongsTo);
  if (!list) {
    list = wordingTable
      .filter((e) => e.belongsTo === belongsTo)
      .map((entry) => {
        // Longest forms first, so "rights and obligations" wins over "obligations".
        const forms = Object.keys(entry.forms).sort((a, b) => b.length - a.length);
        const body = forms.map((f) => f.split(' ').map(escapeRegExp).join('\\s+')).join('|');
        return { entry, pattern: new RegExp(`(?<!${letter})(?:${body})(?!${letter})`, 'giu') };
      });
    compiled.set(belongsTo, list);
  }
  return list;
}

/**
 * Every word of `belongsTo`'s vocabulary in `text` (already masked: quoted passages and names the
 * drafter chose are blanked to spaces by the caller). Overlapping matches keep the longest.
 */
export function findWording(text: string, belongsTo: Wording, options: { title?: boolean } = {}): WordingMatch[] {
  const found: WordingMatch[] = [];
  for (const { entry, pattern } of compile(belongsTo)) {
    if (entry.titleOnly && !options.title) continue;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const written = match[0];
      const end = start + written.length;
      if (entry.capitalisedOnly && !isUpper(written[0])) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 80);
      if (entry.notAfter?.test(before) || entry.notBefore?.test(after)) continue;
      if (entry.onlyAfter && !entry.onlyAfter.test(before)) continue;
      if (entry.negatable && negation.test(sentenceBefore(text, start))) continue;
      // In the instrument's own title, "Agreement" names this instrument, never another.
      if (!options.title && isOtherInstrumentTitle(text, start, written, after)) continue;
      const key = written.toLowerCase().replace(/\s+/g, ' ');
      const replacement = entry.forms[key];
      if (replacement === undefined) continue;
      found.push({ entry, start, end, written, replacement: carryCase(written, replacement) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: WordingMatch[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

/** Carry the written capitalisation onto a replacement: `Parties`→`Participants`, `SHALL`→`WILL`, `Entry into Force`→`Coming into Effect`. */
export function carryCase(written: string, replacement: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const words = written.split(/\s+/);
  const titleCase = words.length > 1 && words.filter((w) => !smallWords.has(w.toLowerCase())).every((w) => isUpper(w[0]));
  if (titleCase) {
    return replacement
      .split(' ')
      .map((w, i) => (i > 0 && smallWords.has(w) ? w : capitalise(w)))
      .join(' ');
  }
  return isUpper(written[0]) ? capitalise(replacement) : replacement;
}

/** The sentence (or clause of a list) that precedes an offset. */
function sentenceBefore(text: string, offset: number): string {
  const head = text.slice(0, offset);
  const boundary = Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('!'), head.lastIndexOf('?'));
  return head.slice(boundary + 1);
}

/**
 * A capitalised "Agreement"/"Treaty" that names some other instrument: right after another
 * capitalised word ("General Security Agreement", "Paris Agreement"), or followed by its subject
 * ("the Agreement on the Security of Information"). "This Agreement" is the instrument itself.
 */
function isOtherInstrumentTitle(text: string, start: number, written: string, after: string): boolean {
  if (!/^(?:Agreements?|Treaty)$/.test(written)) return false;
  const previous = /(\p{L}+)[\s-]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (previous !== undefined && /^(?:this|present|such|said)$/i.test(previous)) return false;
  if (previous !== undefined && isUpper(previous[0]) && !/^(?:The|Each|Any|An|A|Under)$/.test(previous)) return true;
  return /^\s+(?:on|of|for|concerning|regarding)\s+(?:the\s+)?\p{Lu}/u.test(after);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
