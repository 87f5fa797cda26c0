/**
 * Whether some key occurs twice among the keys of every declaration, kept as a count per key
 * and patched from the last count of the same document (issue #11). Each declaration's keys are
 * one string (`declarationParts`, model/document-change.ts), each key followed by a NUL. A name
 * holding a NUL splits into pieces, but two equal keys split alike, so a repeated key is never
 * missed (at worst a repeated piece sends the caller to look closer, which finds nothing).
 *
 * Telling whether a key repeats by putting every key in a set costs a pass over every symbol of
 * the document; after a keystroke in a declaration's name the parts differ, so the set was made
 * again on every such keystroke (10k lines: ~0.2 ms, the costliest rule of a name being typed).
 * Here the count is the last count with the places whose part differs uncounted and counted
 * again: a function of the last parts and the new ones alone, so it is the count a walk over the
 * new parts would give whatever edit came between (a test breaks the patch on purpose:
 * test/analysis/duplicate-declaration-reuse.test.ts).
 */
import { LastStates } from './last-states';

interface KeyCount {
  /** The parts the count is of. */
  parts: readonly string[];
  /** How often each key occurs in `parts`. */
  readonly counts: Map<string, number>;
  /** How many keys occur more than once. */
  repeated: number;
}

/** Per name, per document and service: the count of the newest parts, updated in place. */
const lastCounts = new Map<string, LastStates<KeyCount>>();
const countedDocuments = 8;

/** Whether some key occurs more than once in `parts` (one string of NUL-ended keys per declaration). */
export function someKeyRepeatedIn(name: string, model: { readonly uri: string }, parts: readonly string[]): boolean {
  let byDocument = lastCounts.get(name);
  if (!byDocument) lastCounts.set(name, (byDocument = new LastStates(countedDocuments)));
  const last = byDocument.get(model, model.uri);
  if (last && last.parts === parts) return last.repeated > 0;
  if (last && last.parts.length === parts.length) {
    // Only the places whose keys differ (a string compared by value: a part that reads the same counts the same).
    const before = last.parts;
    for (let i = 0; i < parts.length; i++) {
      if (before[i] === parts[i]) continue;
      add(last, before[i], -1);
      add(last, parts[i], 1);
    }
    last.parts = parts;
    return last.repeated > 0;
  }
  const fresh: KeyCount = { parts, counts: new Map(), repeated: 0 };
  for (const part of parts) add(fresh, part, 1);
  byDocument.set(model, model.uri, fresh);
  return fresh.repeated > 0;
}

/** Counts each key of `part` `by` more (1) or less (-1). */
function add(count: KeyCount, part: string, by: 1 | -1): void {
  if (part === '') return;
  for (const key of part.split('\u0000')) {
    if (key === '') continue;
    const before = count.counts.get(key) ?? 0;
    const after = before + by;
    if (after === 0) count.counts.delete(key);
    else count.counts.set(key, after);
    if (before < 2 && after >= 2) count.repeated++;
    else if (before >= 2 && after < 2) count.repeated--;
  }
}
