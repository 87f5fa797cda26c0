/**
 * A model's own symbols are patched from the last model of the same document (model/local-symbols.ts):
 * the flat list and each kind's list must equal `collectDeclarations` of the new tree and its split
 * by kind, in order, after every edit — a keystroke in prose, a name changed, a declaration added,
 * removed, moved to other lines, or turned into another kind — and a kind the edit declared nothing
 * of keeps its very list (what makes the symbol index's check one identity comparison).
 */
import assert from 'node:assert/strict';
import { collectDeclarations } from '../../server/src/language/model/declared-symbols';
import { localSymbols } from '../../server/src/language/model/local-symbols';
import { createEntenteService } from '../../server/src/language/service';
import { assertFreshAfterTypedPieces, diagnosticsOf, fresh, uri } from '../helpers/follow-edits';

const start = `memorandum "MoU" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
define "Incident" means "an event that compromises a system"
channel Intel between EE, FI
protocol Major {
  notify FI within 24 hours via Intel
}
clause Meetings "Meetings" """
  The Participants will meet.
"""
clause Report "Reporting" """
  Each Participant will report each Incident to the other.
"""
`;

const byKind = (symbols: readonly { kind: string }[]) => {
  const split = new Map<string, unknown[]>();
  for (const s of symbols) (split.get(s.kind) ?? split.set(s.kind, []).get(s.kind)!).push(s);
  return split;
};

/** The model's symbols against a full collection of its tree; the kind lists against the split. */
function assertFullLists(service: ReturnType<typeof createEntenteService>, what: string) {
  const model = service.model(uri)!;
  const full = collectDeclarations(uri, model.ast, model);
  assert.deepStrictEqual(model.symbols, full, what);
  // The lists the constructor took, asked again of the same tree: the same, split by kind in order.
  const local = localSymbols(model, uri, model.ast);
  assert.equal(local.symbols, model.symbols, `${what}: the same tree gives the same list`);
  assert.deepStrictEqual(new Map([...local.byKind].map(([k, v]) => [k, [...v]])), byKind(full), `${what}: by kind`);
  for (let i = 0; i < full.length; i++) assert.equal(local.symbols[i], full[i], `${what}: symbol ${i} is the declaration's own`);
}

describe('local symbols patched from the last model', () => {
  it('keeps the lists of the kinds an edit declared nothing of, and patches the edited kind', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, start, 1);
    diagnosticsOf(service);
    const before = localSymbols(service.model(uri)!, uri, service.model(uri)!.ast);
    service.update(uri, start.replace('will meet.', 'will meet yearly.'), 2);
    diagnosticsOf(service);
    assertFullLists(service, 'prose typed');
    const after = localSymbols(service.model(uri)!, uri, service.model(uri)!.ast);
    assert.notEqual(after.symbols, before.symbols, 'a clause replaced: a new flat list');
    assert.notEqual(after.byKind.get('clause'), before.byKind.get('clause'), 'the clauses: a new list');
    for (const kind of ['party', 'channel', 'protocol', 'term'] as const) assert.equal(after.byKind.get(kind), before.byKind.get(kind), `${kind}: the very same list`);
    // Near miss: a name changed is a patch of the same kind, and resolves as a fresh service does.
    service.update(uri, start.replace('will meet.', 'will meet yearly.').replace('channel Intel ', 'channel Intelligence '), 3);
    assertFullLists(service, 'a channel renamed');
    assert.deepStrictEqual(diagnosticsOf(service), fresh(start.replace('will meet.', 'will meet yearly.').replace('channel Intel ', 'channel Intelligence ')));
  });

  const pieces = ['x', ' ', '\n', '"""', '}', 'Intel', 'channel Other between EE, FI\n', 'clause X "X" """\n  Text.\n"""\n', 'participant SE "Sweden"\n', 'define "Breach" means "a breach"\n', 'participant', 'clause', 'protocol'];

  it('lists what a full collection lists, and diagnoses as a fresh service, after random edits', function () {
    this.timeout(600000);
    assertFreshAfterTypedPieces(start, pieces, { seed: Number(process.env.KEYSTROKE_SEED ?? 48), numRuns: Number(process.env.KEYSTROKE_RUNS ?? 60), maxRemove: 12, maxEdits: 8 }, assertFullLists);
  });
});
