/**
 * Edits applied one after another in one service, as the editor sends them, each version's
 * diagnostics compared with a fresh service's for the same text (test/analysis/diagnostics-reuse*.test.ts).
 */
import assert from 'node:assert/strict';
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
