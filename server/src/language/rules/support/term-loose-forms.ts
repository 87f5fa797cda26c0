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
import type { Definition } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';

const joiningWords = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'under', 'any', 'its', 'their']);
/** How many words may stand between two words of the term ("unauthorised disclosure or use": two). */
const gap = 3;

/** Whether the words at [start, end) of a text state a definition rather than use the term ("7. Risk: …"). */
export type DefiningAt = (text: string, start: number, end: number) => boolean;

export function maybeUsedInAnotherForm(model: SemanticModel, term: string, definition: Definition, definingAt: DefiningAt): boolean {
  const stems = (term.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !joiningWords.has(w)).map(stem);
  if (stems.length === 0) return false;
  return model.prose().some(({ text, owner }) => {
    if (owner === definition) return false;
    const source = model.proseSource(text);
    return looseUses(source, stems).some(([start, end]) => !definingAt(source, start, end));
  });
}

/** The first ~60% of a word, at least four letters: "disclosure" and "disclosed" share "disclo". */
function stem(word: string): string {
  return word.slice(0, Math.min(word.length, Math.max(4, Math.ceil(word.length * 0.6))));
}

/** Where the stems follow each other in the text, as [start, end) offsets. */
function looseUses(text: string, stems: readonly string[]): [number, number][] {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const found: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].word.startsWith(stems[0])) continue;
    let at = i;
    for (const next of stems.slice(1)) {
      // Within the same sentence or list item: "… a future disaster. This planning" is no use of "Disaster planning".
      const j = words.slice(at + 1, at + 2 + gap).findIndex((w) => w.word.startsWith(next) && !/[.;:!?]/.test(text.slice(words[at].end, w.start)));
      if (j < 0) {
        at = -1;
        break;
      }
      at += j + 1;
    }
    if (at >= 0) found.push([words[i].start, words[at].end]);
  }
  return found;
}
