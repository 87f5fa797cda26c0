/**
 * Random edits for the property tests that hold what a service keeps across versions (semantic
 * tokens, references) equal to what a fresh service computes: typing, new lines, a new defined
 * term and its use, and pieces that break the syntax.
 */
import assert from 'node:assert/strict';
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

/**
 * For each file, random edits applied one after another to one service, as an editor sends
 * them; after each, `answer` of that service must deep-equal `fresh` (what a new service
 * computes for the same text). Returns how many edits stayed within a line (those that let a
 * service keep what it computed for the other declarations), so a caller can assert there were
 * enough of them.
 */
interface EditedService {
  open(uri: string, text: string, version: number): void;
  update(uri: string, text: string, version: number): void;
}

export function assertEqualToFreshAfterRandomEdits<S extends EditedService, T>(
  files: readonly { name: string; text: string }[],
  service: () => S,
  uri: string,
  answer: (s: S) => T,
  fresh: (text: string) => T,
  run: { seed: number; numRuns: number },
): number {
  let withinLine = 0;
  for (const file of files) {
    fc.assert(
      fc.property(fc.array(randomEdit, { minLength: 1, maxLength: 5 }), (edits) => {
        const live = service();
        let text = file.text;
        live.open(uri, text, 1);
        answer(live);
        edits.forEach((e, i) => {
          text = applyRandomEdit(text, e);
          live.update(uri, text, i + 2);
          if (!/\n/.test(pieceOf(e))) withinLine++;
          assert.deepStrictEqual(answer(live), fresh(text), `${file.name} after ${JSON.stringify(edits)}`);
        });
      }),
      run,
    );
  }
  return withinLine;
}
