/**
 * What a keystroke keeps from the last analysis must still be re-read when an edit elsewhere
 * changes it: the facts key of undefined-term and the wording checks (util/same-values.ts,
 * `keyOfParts`: the same string while its parts are the same) and the unresolved slot references
 * kept with the reference list (model/reference-list.ts). Each edit is one keystroke within one line
 * of another declaration, sent as an editor sends it (with its change), so that the patched paths
 * are taken; the diagnostics must equal a fresh service's for the same text.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import { unresolvedSlotReferences } from '../../server/src/language/model/reference-list';
import type { TextChange } from '../../server/src/language/syntax/text-changes';
import { keyOfParts } from '../../server/src/language/util/same-values';

const uri = 'file:///w/doc.entente';

const codesAndPlaces = (text: string) => {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service.diagnostics(uri).map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]);
};

/** Types `typed` at the first occurrence of `at` (after it), then deletes it again, one keystroke at a time; checks every version. */
function typeAndCheck(text: string, at: string, typed: string, expect: (codes: string[], step: string) => void): void {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  service.diagnostics(uri);
  let current = text;
  let version = 1;
  const offset = text.indexOf(at) + at.length;
  assert.ok(offset >= at.length, `'${at}' is in the text`);
  const apply = (change: TextChange, step: string) => {
    current = current.slice(0, change.start) + change.text + current.slice(change.end);
    service.update(uri, current, ++version, [change]);
    const diagnostics = service.diagnostics(uri);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      codesAndPlaces(current),
      `after ${step}: the same diagnostics as a fresh service`,
    );
    expect(diagnostics.map((d) => d.code), step);
  };
  for (let i = 0; i < typed.length; i++) apply({ start: offset + i, end: offset + i, text: typed[i] }, `typing '${typed.slice(0, i + 1)}'`);
  for (let i = typed.length; i > 0; i--) apply({ start: offset + i - 1, end: offset + i, text: '' }, `deleting back to '${typed.slice(0, i - 1)}'`);
}

describe('facts and reference lists kept across keystrokes', () => {
  it('a term defined in one declaration clears undefined-term in another, and deleting it brings it back', () => {
    const text = [
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'define "Sharing" means "the exchange of information between the Participants"',
      'channel Intel between EE, FI',
      'clause Platform """',
      '  The Participants will exchange information through the "Sharing Platform".',
      '"""',
      '',
    ].join('\n');
    // "Sharing" becomes "Sharing Platform" once ' Platform' is typed, and back.
    typeAndCheck(text, 'define "Sharing', ' Platform', (codes, step) => {
      const complete = step === "typing ' Platform'";
      assert.equal(codes.includes('undefined-term'), !complete, `${step}: undefined-term ${complete ? 'cleared' : 'reported'}`);
    });
  });

  it('a party renamed in its own declaration makes a channel member unknown, and renaming it back clears it', () => {
    const text = ['participant EE "Estonia"', 'participant FI "Finland"', 'channel Intel between EE, FI', 'clause Notice """Each Participant will report over Intel."""', ''].join('\n');
    typeAndCheck(text, 'participant FI', 'X', (codes, step) => {
      assert.equal(codes.includes('unknown-reference'), step === "typing 'X'", `${step}: unknown-reference on FI only while FI is FIX`);
    });
  });

  it('the unresolved slot references of a patched list are those a walk of the list finds', () => {
    const text = ['participant EE "Estonia"', 'participant FI "Finland"', 'channel Intel between EE, FI, SE', 'channel Other between EE, NO', 'clause Notice """Reported over Intel."""', ''].join('\n');
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, text, 1);
    const walk = (refs: ReturnType<typeof unresolvedSlotReferences>) => refs.map((r) => `${r.kind} ${r.name} ${r.range.start.line}:${r.range.start.character}`);
    assert.deepStrictEqual(walk(unresolvedSlotReferences(service.model(uri)!.references)), ['party SE 2:30', 'party NO 3:26']);
    // SE → SX in the first channel (a keystroke in it), then FI → FX in its party (FI unknown in the channel).
    let current = text;
    const edits: TextChange[] = [
      { start: text.indexOf('SE') + 1, end: text.indexOf('SE') + 2, text: 'X' },
      { start: text.indexOf('participant FI') + 13, end: text.indexOf('participant FI') + 14, text: 'X' },
    ];
    const expected = [['party SX 2:30', 'party NO 3:26'], ['party FI 2:26', 'party SX 2:30', 'party NO 3:26']];
    edits.forEach((change, i) => {
      current = current.slice(0, change.start) + change.text + current.slice(change.end);
      service.update(uri, current, i + 2, [change]);
      assert.deepStrictEqual(walk(unresolvedSlotReferences(service.model(uri)!.references)), expected[i], `after edit ${i + 1}`);
    });
  });

  it('keyOfParts gives the same string object for equal parts and a new one when a part changes', () => {
    const names = ['Incident', 'Party'];
    const first = keyOfParts('test-facts', ['terms', names]);
    assert.strictEqual(keyOfParts('test-facts', ['terms', [...names]]), first);
    assert.equal(first, JSON.stringify(['terms', names]));
    const changed = keyOfParts('test-facts', ['terms', ['Incident', 'Parties']]);
    assert.notEqual(changed, first);
    assert.equal(changed, JSON.stringify(['terms', ['Incident', 'Parties']]));
  });
});
