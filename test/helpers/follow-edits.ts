/**
 * Edits applied one after another in one service, as the editor sends them, each version's
 * diagnostics compared with a fresh service's for the same text (test/analysis/diagnostics-reuse*.test.ts).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';

export const uri = 'file:///w/doc.entente';

/** A memorandum with one defined term used once and a clause of prose to type in: where the term-use reuse tests start. */
export const termMemorandum = `memorandum "Memorandum of Understanding on Cyber Security" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
define "Incident" means "an event that compromises a system"
clause Report "Reporting" """
  Each Participant will report each Incident to the other.
"""
clause Meet "Meetings" """
  The Participants will meet.
"""
`;


export const diagnosticsOf = (service: EntenteService) => service.diagnostics(uri);

export function fresh(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return diagnosticsOf(service);
}

/**
 * Applies the edits one after another in one service, each version's diagnostics compared with a
 * fresh service's; gives what `observe` reads of each version's diagnostics.
 */
export function followEdits<T>(start: string, steps: readonly [string, (t: string) => string][], observe: (diagnostics: ReturnType<typeof fresh>) => T): T[] {
  const service = createEntenteService({ readFile: () => undefined });
  let text = start;
  service.open(uri, text, 1);
  assert.deepStrictEqual(diagnosticsOf(service), fresh(text));
  const seen: T[] = [];
  for (const [index, [what, edit]] of steps.entries()) {
    const next = edit(text);
    assert.notEqual(next, text, `${what}: the edit applies`);
    text = next;
    service.update(uri, text, index + 2);
    const after = diagnosticsOf(service);
    assert.deepStrictEqual(after, fresh(text), what);
    seen.push(observe(after));
  }
  return seen;
}

/** How many random edit sequences, from which seed, and how large each edit may be. */
export interface TypedPiecesRun {
  readonly seed: number;
  readonly numRuns: number;
  /** At most this many characters removed where a piece is typed (default 6). */
  readonly maxRemove?: number;
  /** At most this many edits in a sequence (default 6). */
  readonly maxEdits?: number;
}

/**
 * Random sequences of pieces typed at random places (each may replace a few characters), applied
 * one after another in one service: after each, the diagnostics equal a fresh service's for the
 * same text, and `alsoCheck` (if given) holds of the edited service. The pieces are those the
 * reuse under test turns on, besides characters that break lines, strings and blocks.
 */
export function assertFreshAfterTypedPieces(
  start: string,
  pieces: readonly string[],
  run: TypedPiecesRun,
  alsoCheck?: (service: EntenteService, what: string) => void,
): void {
  const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(run.maxRemove ?? 6)), piece: fc.nat({ max: pieces.length - 1 }) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: run.maxEdits ?? 6 }), (edits) => {
      const live = createEntenteService({ readFile: () => undefined });
      let text = start;
      live.open(uri, text, 1);
      diagnosticsOf(live);
      edits.forEach((e, i) => {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + pieces[e.piece] + text.slice(at + e.remove);
        live.update(uri, text, i + 2);
        const what = JSON.stringify(edits);
        alsoCheck?.(live, what);
        assert.deepStrictEqual(diagnosticsOf(live), fresh(text), what);
      });
    }),
    { seed: run.seed, numRuns: run.numRuns },
  );
}
