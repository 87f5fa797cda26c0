/**
 * Whether a defined term the checker finds unused may be used in another form: a verb for the
 * noun ("disclosed in confidence" for "disclosure in confidence"), an ellipsis ("unauthorised
 * disclosure or use" for "unauthorised use"), lower case ("critical infrastructure/key
 * resources"). A lawyer reads those as uses (quick-fix review, item 15: the NATO technical
 * information Agreement 1970, Arts. II(A), III(A); Netherlands–US 2012, preamble). The finding
 * stays, since the exact term is not used; but deleting the definition would leave those words
 * without the meaning the parties gave them, so no deletion is offered.
 *
 * The reading is deliberately loose, and errs towards "maybe used": every content word of the
 * term, by its stem, in order, each within a few words of the one before in the same sentence,
 * in any case; not where the words state the definition itself ("7. Risk: …").
 */
import type { Declaration, Definition } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { matchesOf } from '../../util/all-matches';

const joiningWords = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'under', 'any', 'its', 'their']);
/** How many words may stand between two words of the term ("unauthorised disclosure or use": two). */
const gap = 3;

/** Whether the words at [start, end) of a text state a definition rather than use the term ("7. Risk: …"). */
export type DefiningAt = (text: string, start: number, end: number) => boolean;

export function maybeUsedInAnotherForm(model: SemanticModel, term: string, definition: Definition, definingAt: DefiningAt): boolean {
  const stems = (term.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !joiningWords.has(w)).map(stem);
  if (stems.length === 0) return false;
  const { texts, byPrefix } = wordIndexOf(model);
  // Only the words that begin like the term's first word are read further: asking for each
  // unused definition in turn stays linear in the prose, not its product with the definitions.
  for (const [t, i] of byPrefix.get(stems[0].slice(0, prefixLength)) ?? []) {
    const { source, owner, words } = texts[t];
    if (owner === definition || !words[i].word.startsWith(stems[0])) continue;
    const end = looseUseFrom(source, words, i, stems);
    if (end !== undefined && !definingAt(source, words[i].start, end)) return true;
  }
  return false;
}

/** The first ~60% of a word, at least four letters: "disclosure" and "disclosed" share "disclo". */
function stem(word: string): string {
  return word.slice(0, Math.min(word.length, Math.max(4, Math.ceil(word.length * 0.6))));
}

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

interface WordIndex {
  readonly texts: readonly { readonly source: string; readonly owner: Declaration; readonly words: readonly Word[] }[];
  /** Where each word starts with a given three letters (every stem has at least three): [text, word]. */
  readonly byPrefix: ReadonlyMap<string, [number, number][]>;
}

const prefixLength = 3;
/** The prose's words, in lower case, once per model. */
const wordIndexOf = oncePer(readWordIndex);

function readWordIndex(model: SemanticModel): WordIndex {
  const texts = model.prose().map(({ text, owner }) => {
    const source = model.proseSource(text);
    const words = matchesOf(source, /\p{L}+/gu).map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    return { source, owner, words };
  });
  const byPrefix = new Map<string, [number, number][]>();
  texts.forEach(({ words }, t) =>
    words.forEach(({ word }, i) => {
      if (word.length < prefixLength) return;
      const key = word.slice(0, prefixLength);
      const list = byPrefix.get(key);
      if (list) list.push([t, i]);
      else byPrefix.set(key, [[t, i]]);
    }),
  );
  return { texts, byPrefix };
}

/** Where the term's later stems follow word `i` closely, in the same sentence: the end offset, or undefined. */
function looseUseFrom(text: string, words: readonly Word[], i: number, stems: readonly string[]): number | undefined {
  let at = i;
  for (const next of stems.slice(1)) {
    // Within the same sentence or list item: "… a future disaster. This planning" is no use of "Disaster planning".
    const j = words.slice(at + 1, at + 2 + gap).findIndex((w) => w.word.startsWith(next) && !/[.;:!?]/.test(text.slice(words[at].end, w.start)));
    if (j < 0) return undefined;
    at += j + 1;
  }
  return words[at].end;
}
