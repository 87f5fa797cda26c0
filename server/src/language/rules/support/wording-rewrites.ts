/**
 * Where the wording checks may rewrite a word, and how much at once (quick-fix review, item 14).
 *
 * - Not in another author's text. A letter or note of an instrument that the exchange does not
 *   itself constitute (the DHS letter and the Council Presidency's reply beside the EU–US PNR
 *   Agreement of 2007) is a unilateral instrument of one party made in connexion with the treaty
 *   (VCLT Art. 31(2)(b)), not the treaty's voice: "the EU will take all necessary steps" there is
 *   the Presidency's word, and rewriting it misquotes it. The same holds for a letter's sections
 *   transcribed as clauses named after it (`clause DHSLetterX` after `letter DHSLetter`). The
 *   finding stays, as information; no rewrite is offered.
 * - Not half a sentence. Where one sentence uses the word twice ("the EU will be represented …,
 *   and DHS will be represented …"), a fix that rewrites one leaves the parties with asymmetric
 *   duties; each occurrence's fix rewrites every occurrence of that word in the sentence.
 */
import type { SemanticModel } from '../../model/semantic-model';
import type { ProseSpan } from './conflict-prose';
import { matchesOf } from '../../util/all-matches';

/** Whether the prose is another author's text, which no wording fix may rewrite. */
export function anotherAuthorsText(model: SemanticModel, span: ProseSpan): boolean {
  const owner = span.owner;
  if (!owner || model.isExchange) return false;
  if (owner.type === 'Note') return true;
  const id = owner.type === 'Clause' ? owner.id?.text : undefined;
  return id !== undefined && unilateralLetters(model).some((letter) => id.startsWith(letter) && id.length > letter.length);
}

/** The names of the notes of the instrument: clauses named after one transcribe that letter (`anotherAuthorsText`). */
export function unilateralLetters(model: SemanticModel): string[] {
  // A loop, not callbacks: asked on every analysis, of every declaration.
  const letters: string[] = [];
  for (const d of model.ast.declarations) if (d.type === 'Note' && d.id) letters.push(d.id.text);
  return letters;
}

/**
 * The sentence each offset of a text falls in, by number: a sentence ends at `.`, `!` or `?`
 * before a capital or the end, not after an abbreviation in capitals ("U.S. PNR policies").
 */
export function sentenceIndex(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (const match of matchesOf(text, /(?<![A-Z]\.[A-Z])[.!?](?=\s+[A-Z(]|\s*$)/g)) ends.push(match.index);
  return (offset) => {
    let n = 0;
    while (n < ends.length && ends[n] < offset) n++;
    return n;
  };
}
