/**
 * Finds many phrases (defined terms, protected names) in prose in one pass. It replaces one
 * regular expression that alternated every phrase — `(?<!\w)(?:Term A|Term B|…)(?:e?s)?(?!\w)` —
 * which the engine tries phrase by phrase at every position of the text: 2,000 defined terms
 * made that quadratic. Here the phrases share a character trie, and each position of the text
 * walks it once, no deeper than the longest phrase.
 *
 * The answer is the one the alternation gave: matches do not overlap, leftmost first; at one
 * position the phrase that comes first in the alternation's order (longest phrase first, then
 * as given) wins among those that match there, each phrase needing a word boundary before and
 * after it (a letter, digit or `_` next to it is part of another word). Options:
 * - `flexibleSpace`: a run of white space in a phrase matches any run of white space in the
 *   text, line breaks included (`\s+`);
 * - `plural`: a phrase also matches with `es` or `s` after it (`(?:e?s)?`).
 */
import { isWhiteSpaceCode } from './white-space';

export interface PhraseMatch {
  /** Offsets in the text, end exclusive (a plural ending included). */
  readonly start: number;
  readonly end: number;
  /** The phrase as given. */
  readonly phrase: string;
}

export interface PhraseMatcherOptions {
  readonly flexibleSpace?: boolean;
  readonly plural?: boolean;
  /** Whether `_` is part of a word for the boundaries (`[\p{L}\p{N}_]`, the default) or not (`[\p{L}\p{N}]`). */
  readonly underscoreInWords?: boolean;
  /** Phrases longer than this are not searched for (default `maxPhraseLength`); it bounds each position's walk. */
  readonly maxLength?: number;
}

/** Phrases longer than this are not searched for: no defined term or name is that long. */
export const maxPhraseLength = 100;

interface TrieNode {
  /** The children by code, made at the second child (most nodes have one: `onlyCode`, `onlyChild`). */
  next: Map<number, TrieNode> | undefined;
  /**
   * The code and node of the only child, when there is exactly one (`onlyCode` -1 otherwise):
   * below the first letters nearly every node has one, and a comparison costs a fraction of a
   * map lookup on the walk made at every word start of the prose.
   */
  onlyCode: number;
  onlyChild: TrieNode | undefined;
  /** A white-space run (flexible mode). */
  space: TrieNode | undefined;
  /** The best-ranked phrase ending here, by its rank in the alternation's order. */
  rank: number | undefined;
}

/** Every node made with every field, so that the walks read one object shape. */
function trieNode(): TrieNode {
  return { next: undefined, onlyCode: -1, onlyChild: undefined, space: undefined, rank: undefined };
}

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  if (node.onlyCode === code) return node.onlyChild;
  return node.onlyCode === -1 ? node.next?.get(code) : undefined;
}

function addChild(node: TrieNode, code: number): TrieNode {
  const child = trieNode();
  if (node.onlyChild === undefined && node.next === undefined) {
    node.onlyCode = code;
    node.onlyChild = child;
    return child;
  }
  if (node.next === undefined) node.next = new Map([[node.onlyCode, node.onlyChild!]]);
  node.next.set(code, child);
  node.onlyCode = -1;
  node.onlyChild = undefined;
  return child;
}

/** White space as `\s+` reads it (util/white-space.ts). */
const isSpace = isWhiteSpaceCode;

const wordCharacter = /[\p{L}\p{N}_]/u;

/** Whether a code point is part of a word: a letter, a digit, or `_` when `underscore` says so. */
function isWordCodePoint(code: number, underscore: boolean): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (underscore && code === 95);
  return wordCharacter.test(String.fromCodePoint(code));
}

/** Whether the code point that ends just before `offset` is part of a word. */
export function wordBefore(text: string, offset: number, underscore = true): boolean {
  if (offset <= 0) return false;
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return isWordCodePoint(text.codePointAt(start)!, underscore);
}

function wordAt(text: string, offset: number, underscore: boolean): boolean {
  return offset < text.length && isWordCodePoint(text.codePointAt(offset)!, underscore);
}

/**
 * Where the white-space run at `from` ends. Measured where a walk reaches it, with no table: a
 * run in prose is a space or a line break and its indentation, so scanning it again costs less
 * than a map per text (which was a tenth of what the matcher allocated in a full analysis). A run
 * is reached only by walks from the word starts of one phrase's length before it, so even a long
 * run is measured a bounded number of times (linear in the text).
 */
function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return end;
}

export class PhraseMatcher {
  private readonly root: TrieNode = trieNode();
  private readonly phrases: string[];
  private readonly flexible: boolean;
  private readonly plural: boolean;
  private readonly underscore: boolean;
  private readonly maxLength: number;

  constructor(phrases: Iterable<string>, options: PhraseMatcherOptions = {}) {
    this.flexible = options.flexibleSpace === true;
    this.plural = options.plural === true;
    this.underscore = options.underscoreInWords !== false;
    const maxLength = (this.maxLength = options.maxLength ?? maxPhraseLength);
    // The alternation's order: longest first; equal lengths keep the order given (a stable sort).
    this.phrases = [...phrases].filter((p) => p.length > 0 && p.length <= maxLength).sort((a, b) => b.length - a.length);
    this.phrases.forEach((phrase, rank) => {
      this.add(phrase, rank);
    });
    const anyStart = this.root.rank !== undefined || this.root.space !== undefined;
    for (let code = 0; code < 128; code++) if (anyStart || childOf(this.root, code) !== undefined) this.asciiStarts[code] = 1;
  }

  /** The ASCII characters a phrase may start with, by code (a lookup per position of the text). */
  private readonly asciiStarts = new Uint8Array(128);

  get size(): number {
    return this.phrases.length;
  }

  /** The phrases searched for, in the alternation's order (longest first), and the options they are searched with. */
  phraseList(): readonly string[] {
    return this.phrases;
  }

  get options(): Required<PhraseMatcherOptions> {
    return { flexibleSpace: this.flexible, plural: this.plural, underscoreInWords: this.underscore, maxLength: this.maxLength };
  }

  private add(phrase: string, rank: number): void {
    let node = this.root;
    const parts = this.flexible ? phrase.split(/\s+/u).filter((w) => w !== '') : [phrase];
    // A phrase that starts or ends with white space cannot match in flexible mode as the expression wrote it.
    if (this.flexible && (parts.length === 0 || /^\s|\s$/u.test(phrase))) return;
    parts.forEach((part, i) => {
      if (i > 0) node = node.space ??= trieNode();
      for (let j = 0; j < part.length; j++) {
        const code = part.charCodeAt(j);
        node = childOf(node, code) ?? addChild(node, code);
      }
    });
    if (node.rank === undefined || rank < node.rank) node.rank = rank;
  }

  /** Every match in `text`, in order, as the alternation finds them (no overlaps). */
  matches(text: string): PhraseMatch[] {
    const result: PhraseMatch[] = [];
    if (this.phrases.length === 0) return result;
    let position = 0;
    while (position < text.length) {
      const best = this.mayStartWith(text.charCodeAt(position)) && !wordBefore(text, position, this.underscore) ? this.bestAt(text, position) : undefined;
      if (best) {
        result.push(best);
        position = best.end;
      } else {
        position = this.nextPosition(text, position);
      }
    }
    return result;
  }

  /**
   * The position after `position` that may start a match. A phrase starts a word, so the rest
   * of an ASCII word is passed over in one tight loop (most of prose is the inside of words).
   */
  private nextPosition(text: string, position: number): number {
    if (!this.isAsciiWord(text.charCodeAt(position))) return position + 1;
    let next = position + 1;
    while (next < text.length && this.isAsciiWord(text.charCodeAt(next))) next++;
    return next;
  }

  private isAsciiWord(code: number): boolean {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code === 95 && this.underscore);
  }

  /** The match at `start` that the alternation takes: the best-ranked of `matchesAt`'s (the first of equal rank), without listing them. */
  private bestAt(text: string, start: number): PhraseMatch | undefined {
    // A phrase's rank is the rank of its node (a phrase given twice keeps its first), and ranks differ node by node.
    // The trie walk is matchesAt's, written out rather than shared through a callback, which
    // would allocate a closure at every word start of the prose (this is the matcher's hot path).
    let bestRank = -1;
    let bestEnd = 0;
    let node: TrieNode | undefined = this.root;
    let at = start;
    while (node) {
      if (node.rank !== undefined && (bestRank < 0 || node.rank < bestRank)) {
        const end = this.endingAt(text, at);
        if (end !== undefined) {
          bestRank = node.rank;
          bestEnd = end;
        }
      }
      if (at >= text.length) break;
      const code = text.charCodeAt(at);
      const child = childOf(node, code);
      if (child) {
        node = child;
        at++;
      } else if (node.space && isSpace(code)) {
        node = node.space;
        at = runEnd(text, at);
      } else {
        node = undefined;
      }
    }
    return bestRank < 0 ? undefined : { start, end: bestEnd, phrase: this.phrases[bestRank] };
  }

  /**
   * Every phrase that occurs in `text` as a whole word, overlaps included ("Incident" inside
   * "Incident Report" too): what a separate search per phrase would find, in one pass.
   */
  occurrences(text: string): PhraseMatch[] {
    const result: PhraseMatch[] = [];
    if (this.phrases.length === 0) return result;
    // Each start's matches go straight into the result: no list per word start the walk reaches.
    for (let position = 0; position < text.length; position = this.nextPosition(text, position))
      if (this.mayStartWith(text.charCodeAt(position)) && !wordBefore(text, position, this.underscore)) this.matchesAt(text, position, result);
    return result;
  }

  /** The phrases that occur at `start` as whole words: what `occurrences` finds there. */
  occurrencesAt(text: string, start: number): PhraseMatch[] {
    if (this.phrases.length === 0 || wordBefore(text, start, this.underscore)) return [];
    return this.matchesAt(text, start, []);
  }

  /** Whether `occurrencesAt(text, start)` finds anything, without listing (or allocating) the matches. */
  occursAt(text: string, start: number): boolean {
    if (this.phrases.length === 0 || wordBefore(text, start, this.underscore)) return false;
    return this.walk(text, start, undefined);
  }

  /**
   * Whether a phrase may match where the text has `code`: a phrase starts with a character of its
   * own (none starts with white space, none is empty), so most positions of prose are passed over
   * without walking the trie (the walk's array per position was most of the matcher's cost).
   */
  private mayStartWith(code: number): boolean {
    return code < 128 ? this.asciiStarts[code] === 1 : childOf(this.root, code) !== undefined || this.root.rank !== undefined || this.root.space !== undefined;
  }

  /** The phrases that match at `start`, each with a word boundary after it, added to `found` (which is returned). */
  private matchesAt(text: string, start: number, found: PhraseMatch[]): PhraseMatch[] {
    this.walk(text, start, found);
    return found;
  }

  /**
   * The one walk of the trie from `start`: with `found`, adds every phrase that matches there (and
   * returns whether any did); without it, stops at the first (occursAt: no list allocated).
   */
  private walk(text: string, start: number, found: PhraseMatch[] | undefined): boolean {
    let node: TrieNode | undefined = this.root;
    let at = start;
    let any = false;
    while (node) {
      if (node.rank !== undefined) {
        const end = this.endingAt(text, at);
        if (end !== undefined) {
          if (!found) return true;
          found.push({ start, end, phrase: this.phrases[node.rank] });
          any = true;
        }
      }
      if (at >= text.length) break;
      const code = text.charCodeAt(at);
      const child = childOf(node, code);
      if (child) {
        node = child;
        at++;
      } else if (node.space && isSpace(code)) {
        node = node.space;
        at = runEnd(text, at);
      } else {
        node = undefined;
      }
    }
    return any;
  }

  /** Where a phrase that ends at `at` ends with its plural ending, if a word boundary follows. */
  private endingAt(text: string, at: number): number | undefined {
    if (this.plural) {
      if (text.startsWith('es', at) && !wordAt(text, at + 2, this.underscore)) return at + 2;
      if (text.startsWith('s', at) && !wordAt(text, at + 1, this.underscore)) return at + 1;
    }
    return wordAt(text, at, this.underscore) ? undefined : at;
  }
}

/**
 * Matchers made lately, by their phrases (in order) and options: a matcher is a pure function of
 * those, and each analysis asks for the same few (the defined terms, the masked names, the
 * signatories) while they are unchanged. Made anew per model, they were built again on every
 * keystroke whose prose the memo had not seen (10k lines: ~0.2 ms for 62 names with flexible
 * spacing and plurals, several per keystroke). Bounded: a few documents' sets at a time.
 */
const recentMatchers = new Map<string, PhraseMatcher>();
const recentLimit = 8;

/** A matcher of `phrases` under `options`, the one made last for the same phrases and options if any. */
export function sharedPhraseMatcher(phrases: Iterable<string>, options: PhraseMatcherOptions = {}): PhraseMatcher {
  const list = [...phrases];
  // Each phrase after its length: no two lists share a key.
  let key = `${options.flexibleSpace === true ? 'f' : '-'}${options.plural === true ? 'p' : '-'}${options.underscoreInWords !== false ? 'u' : '-'}${options.maxLength ?? maxPhraseLength}`;
  for (const phrase of list) key += `\u0000${phrase.length}\u0001${phrase}`;
  let matcher = recentMatchers.get(key);
  if (matcher) {
    recentMatchers.delete(key);
    recentMatchers.set(key, matcher);
    return matcher;
  }
  matcher = new PhraseMatcher(list, options);
  recentMatchers.set(key, matcher);
  if (recentMatchers.size > recentLimit) recentMatchers.delete(recentMatchers.keys().next().value!);
  return matcher;
}
