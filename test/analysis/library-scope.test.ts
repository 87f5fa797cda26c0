/**
 * library-clause-scope (eighteenth red team item 7): a library clause written for two parties in
 * an instrument of three or more, and one written for a multilateral treaty in an instrument of
 * two, as the probes baltic-three-states-bilateral-clauses and
 * nlch-2007-bilateral-reservations-depositary-clauses insert them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { applyCodeFix } from '../helpers/edits';
import { draftOf } from '../helpers/fix-review';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';

const read = (name: string) => readFileSync(`test/probes/eighteenth/${name}.entente`, 'utf8');
const scope = (text: string) => diagnose(text).filter((d) => d.code === 'library-clause-scope');
const word = (text: string, d: { range: { start: { line: number; character: number }; end: { character: number } } }) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);

describe('library-clause-scope', () => {
  it('a three-State convention: the bilateral incident-notification, purpose and termination clauses, each with its multilateral variant', () => {
    const text = read('baltic-three-states-bilateral-clauses');
    const found = scope(text);
    assert.deepEqual(found.map((d) => word(text, d)), ['"incident-notification/treaty"', '"purpose/treaty"', '"termination/treaty"']);
    assert.ok(found.every((d) => d.severity === 'warning'));
    assert.match(found[0].message, /is written for two parties, but this instrument is multilateral \(3 parties are declared; its entry into force needs 3 consents\)\. Take "incident-notification\/treaty-multilateral" instead\./);
    assert.deepEqual(found[2].fixes.map((f) => f.title), ['Take "termination/treaty-denunciation" instead (Denunciation)']);
    let fixed = text;
    for (const d of found) fixed = applyCodeFix(fixed, scope(fixed).find((f) => f.range.start.line === d.range.start.line)!.fixes[0]);
    assert.deepEqual(scope(fixed), []);
    assert.match(fixed, /clause T from library "termination\/treaty-denunciation"/);
  });

  it('a bilateral treaty: reservations and a depositary have no place, and the fix removes the clause (as CF07 and CF08 for the header)', () => {
    // As the draft it was: the removal changes the text, and the probe is dated 2007 (concluded).
    const text = draftOf(read('nlch-2007-bilateral-reservations-depositary-clauses'));
    const found = scope(text);
    assert.deepEqual(found.map((d) => word(text, d)), ['"reservations/treaty-permitted"', '"depositary/treaty"']);
    assert.match(found[0].message, /Remove it: a reservation to a bilateral treaty is a new offer to negotiate/);
    assert.match(found[1].message, /Remove it: a bilateral treaty rarely has a depositary: the two Parties usually exchange instruments and notifications directly; keep a depositary only if the Parties mean to designate one \(VCLT Arts\. 16\(a\), 76\(1\), 78\(a\)/);
    assert.doesNotMatch(found[1].message, /has no depositary/);
    for (const d of found) {
      assert.equal(d.fixes.length, 1);
      assert.equal(d.fixes[0].preferred, true);
      assert.equal(d.fixes[0].effect, 'legal');
      assert.ok(!applyCodeFix(text, d.fixes[0]).includes(`from library ${word(text, d)}`), d.fixes[0].title);
    }
  });

  it('a multilateral clause with a bilateral variant in a bilateral treaty is offered the variant, a copy replaced by the reference', () => {
    const text = 'treaty "Agreement" { status binding }\nparty EE "Estonia"\nparty FI "Finland"\nclause Notification from library "incident-notification/treaty-multilateral" """\n  Copied text.\n"""\n';
    const [d] = scope(text);
    assert.deepEqual(d.fixes.map((f) => f.title), ['Take "incident-notification/treaty" instead (Notification of incidents)']);
    assert.equal(applyCodeFix(text, d.fixes[0]), 'treaty "Agreement" { status binding }\nparty EE "Estonia"\nparty FI "Finland"\nclause Notification from library "incident-notification/treaty"\n');
  });

  it('near misses: the right variant, a clause for any number, an unknown form, a clause of the other wording (library-clause-wording\'s)', () => {
    const three = 'treaty "Convention" { status binding }\nparty EE "Estonia"\nparty LV "Latvia"\nparty LT "Lithuania"\n';
    checkNoDiagnostics(`${three}clause N from library "incident-notification/treaty-multilateral"\nclause C from library "costs/treaty"\n`, ['library-clause-scope']);
    checkNoDiagnostics('treaty "T" { status binding }\nparty EE "Estonia"\nclause N from library "incident-notification/treaty"\n', ['library-clause-scope']);
    const mou = 'memorandum "M" { status non-binding }\nparticipant EE "Estonia"\nparticipant LV "Latvia"\nparticipant LT "Lithuania"\nclause Claims from library "liability/treaty"\n';
    assert.deepEqual(diagnose(mou).filter((d) => d.code.startsWith('library-clause-')).map((d) => d.code), ['library-clause-wording']);
  });

  it('reservations/treaty-permitted names no articles of its own: the provisions are a visible blank', () => {
    const provisions = builtInLibrary().get('reservations/treaty-permitted')!.placeholders.find((p) => p.name === 'provisions')!;
    assert.match(provisions.default!, /^\[.*\]$/);
    assert.doesNotMatch(provisions.default!, /Articles 4 and 6/);
  });
});
