/**
 * A drafted exchange of notes or letters whose proposal carries the agreement's terms
 * (`note Proposal … with terms`): the provisions the header, the declarations and the drafter's
 * clauses state are printed inside that note, numbered as its paragraphs — "1. Capacity
 * building", "2. Costs" … — after its opening paragraph ("… has the honour to propose … the
 * following terms:") and before the rest ("If this proposal is acceptable …, this Note and the
 * reply shall constitute an agreement …"). The proposal is then one complete note that can be
 * signed, and the reply accepts it; nothing is printed beside the notes (export review 2,
 * "Consequence to note").
 *
 * Only the note the drafter marks carries terms: a transcribed exchange prints its notes as
 * written (render/exchange.ts), and what its header states beyond them stays outside the text.
 */
import type { Note } from '../ast/nodes';
import type { ListItem, Paragraph } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { resolveReferences } from './inline';
import type { Placed } from './drafter-order';

/** The note that carries the terms, in an exchange (`with terms`); the first one if several say so. */
export function termsNote(model: SemanticModel): Note | undefined {
  return model.ast.notes.find((n) => n.carries?.value === 'terms');
}

/**
 * What each term is cited as: "paragraph 3", its number in the proposal — in the terms, in the
 * notes' own paragraphs and in the reply ("the channel referred to in paragraph 3", a drafter's
 * `§Costs`).
 */
export function termCitations(terms: readonly Placed[]): Map<string, string> {
  const citations = new Map<string, string>();
  terms.forEach(({ article }, index) => article.establishes?.forEach((key) => citations.set(key, `paragraph ${index + 1}`)));
  return citations;
}

/** The proposal note with the terms inside it, and the terms' cross-references cited by their paragraph numbers. */
export function withTerms(note: Placed, terms: readonly Placed[]): Placed {
  const citations = termCitations(terms);
  const resolve = (text: string) => resolveReferences(text, (key) => citations.get(key));
  // The note's own paragraphs are the drafter's, unnumbered as written.
  const own = note.article.paragraphs.map(asWritten);
  const numbered = terms.flatMap(({ article }, index) => term(index + 1, article.heading, article.paragraphs, resolve));
  const at = openingEnd(own);
  return { role: note.role, article: { ...note.article, paragraphs: [...own.slice(0, at), ...numbered, ...own.slice(at)] } };
}

/**
 * Where the terms go: after the paragraph that opens the proposal ("… has the honour to propose …
 * on the following terms:"), which a letter's salutation ("Dear Colleague,", "Excellency,") may
 * precede (export review 3, item 7); after the first paragraph where none ends with a colon.
 */
function openingEnd(own: readonly Paragraph[]): number {
  const colon = own.findIndex((p) => typeof p !== 'string' && p.text.trim().endsWith(':'));
  return colon >= 0 ? colon + 1 : Math.min(1, own.length);
}

/** One term: its number and heading, then its paragraphs, each as written or unnumbered. */
function term(number: number, heading: string, paragraphs: readonly Paragraph[], resolve: (text: string) => string): Paragraph[] {
  const body = paragraphs.map((p) => inTerm(p, resolve));
  if (heading.trim() === '') return body.length === 0 ? [] : [{ ...body[0], label: `${number}.` }, ...body.slice(1)];
  return [{ text: resolve(heading), label: `${number}.` }, ...body];
}

/** A paragraph of a term: the drafter's keeps its own label; a generated one is unnumbered, its list lettered. */
function inTerm(p: Paragraph, resolve: (text: string) => string): Exclude<Paragraph, string> {
  // A generated article that speaks of itself ("exchanged under this Article") is now a paragraph of the note.
  if (typeof p === 'string') return { text: resolve(p).replace(/\bthis Article\b/g, 'this paragraph'), label: '' };
  const item = (i: ListItem, index: number): ListItem => ({ label: i.label || `(${String.fromCharCode(97 + index)})`, text: resolve(i.text), ...(i.items ? { items: i.items.map(item) } : {}) });
  return { ...p, text: resolve(p.text), label: p.label ?? '', ...(p.items ? { items: p.items.map(item) } : {}), ...(p.wrapUp !== undefined ? { wrapUp: resolve(p.wrapUp) } : {}) };
}

function asWritten(p: Paragraph): Paragraph {
  return typeof p === 'string' ? { text: p, label: '' } : { ...p, label: p.label ?? '' };
}
