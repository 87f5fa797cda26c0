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
import { rowOf } from '../../constructs/table';
import { declarationParts, sameWords } from '../../model/document-change';
import { matchesOf } from '../../util/all-matches';

const joiningWords = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'under', 'any', 'its', 'their']);
/** How many words may stand between two words of the term ("unauthorised disclosure or use": two). */
const gap = 3;

/** Whether the words at [start, end) of a text state a definition rather than use the term ("7. Risk: …"). */
export type DefiningAt = (text: string, start: number, end: number) => boolean;

export function maybeUsedInAnotherForm(model: SemanticModel, term: string, definition: Definition, definingAt: DefiningAt): boolean {
  const stems = (term.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !joiningWords.has(w)).map(stem);
  if (stems.length === 0) return false;
  const parts = declarationWords(model);
  const declarations = model.ast.declarations;
  const prefix = stems[0].slice(0, prefixLength);
  // Only the words that begin like the term's first word are read further: asking for each
  // unused definition in turn stays linear in the prose, not its product with the definitions.
  for (let d = 0; d < parts.length; d++) {
    if (declarations[d] === definition) continue;
    for (const { source, words, byPrefix } of parts[d]) {
      for (const i of byPrefix.get(prefix) ?? none) {
        if (!words[i].word.startsWith(stems[0])) continue;
        const end = looseUseFrom(source, words, i, stems);
        if (end !== undefined && !definingAt(source, words[i].start, end)) return true;
      }
    }
  }
  return false;
}

function stem(word: string): string {
  return word.slice(0, Math.min(word.length, Math.max(4, Math.ceil(word.length * 0.6))));
}

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** A prose text's words, and where each word starts with a given three letters (every stem has at least three). */
interface TextWords {
  readonly source: string;
  readonly words: readonly Word[];
  readonly byPrefix: ReadonlyMap<string, readonly number[]>;
}

const prefixLength = 3;
const none: readonly never[] = [];

/**
 * Per declaration, the words of its prose texts (`model.prose()` lists them declaration by
 * declaration): a function of the declaration's words, kept with its node (`declarationParts`;
 * a copy on other lines has the same words). A keystroke reads the edited declaration's prose
 * only: the whole document's prose indexed again on each keystroke, while some definition was
 * unused, was some 40 ms at 10k lines, ten times the rest of the analysis (issue #11).
 */
function declarationWords(model: SemanticModel): readonly (readonly TextWords[])[] {
  return declarationParts('loose-form-words', model, '', (d) => wordsOf(model, d), sameWords);
}

function wordsOf(model: SemanticModel, owner: Declaration): readonly TextWords[] {
  const texts: TextWords[] = [];
  for (const text of rowOf(owner).prose(owner)) {
    if (!text) continue;
    const source = model.proseSource(text);
    const words = matchesOf(source, /\p{L}+/gu).map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    const byPrefix = new Map<string, number[]>();
    words.forEach(({ word }, i) => {
      if (word.length < prefixLength) return;
      const key = word.slice(0, prefixLength);
      const list = byPrefix.get(key);
      if (list) list.push(i);
      else byPrefix.set(key, [i]);
    });
    texts.push({ source, words, byPrefix });
  }
  return texts.length === 0 ? none : texts;
}

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
