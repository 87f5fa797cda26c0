/**
 * Random edits for the property tests that hold what a service keeps across versions (semantic
 * tokens, references) equal to what a fresh service computes: typing, new lines, a new defined
 * term and its use, and pieces that break the syntax.
 */
import fc from 'fast-check';

export const editPieces = ['x', ' ', 'Incident', '\n', '\n\n', 'define "Incident" means "an event"\n', 'define "Data" means "information"\n', '"', '}', '{', 'party'];

export const randomEdit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(4)), piece: fc.nat() });

export type RandomEdit = { at: number; remove: number; piece: number };

export function applyRandomEdit(text: string, e: RandomEdit): string {
  const at = e.at % (text.length + 1);
  const piece = pieceOf(e);
  // A declaration starts a line: put it at the start of the next one.
  if (piece.startsWith('define')) {
    const lineStart = text.indexOf('\n', at) + 1;
    return text.slice(0, lineStart) + piece + text.slice(lineStart);
  }
  return text.slice(0, at) + piece + text.slice(at + e.remove);
}

/** The piece an edit inserts. */
export function pieceOf(e: RandomEdit): string {
  return editPieces[e.piece % editPieces.length];
}
