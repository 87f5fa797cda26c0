/**
 * The review of the quick fixes' legal effect (test/probes/fix-review/REPORT.md, class A): a
 * correction of a misspelt closed value is applied in bulk (fix all, fix on save) only when the
 * drafter's meaning is evident — the same word in another case or with other separators, or two
 * neighbouring letters swapped. The nearest word in the vocabulary is otherwise often another
 * word with another meaning (CLASSIFIED → UNCLASSIFIED, anyone → none, NIS → NIS2, TLP:AMBER+ →
 * TLP:AMBER), offered one by one as a legal change.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evidentTypo } from '../../server/src/language/rules/support/ordinary-helpers';
import { diagnose } from '../helpers/fixture';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** The effect of each fix offered for the word written, by the value-out-of-range findings on it. */
function effectsFor(text: string, written: string): string[] {
  const lines = text.split('\n');
  return diagnose(text)
    .filter((d) => d.code === 'value-out-of-range' && lines[d.range.start.line].slice(d.range.start.character, d.range.end.character) === written)
    .flatMap((d) => d.fixes.map((f) => `${f.edits[0].newText}:${f.effect}`));
}

describe('quick fixes of misspelt values (fix review, class A)', () => {
  it('never turns CLASSIFIED into UNCLASSIFIED, anyone into none, or NIS into NIS2 in bulk', () => {
    const classified = read('test/probes/fix-review/mech-classified-to-unclassified.entente');
    const effects = effectsFor(classified, 'CLASSIFIED');
    assert.ok(effects.length > 0, 'the near word is still offered');
    assert.ok(effects.every((e) => e.endsWith(':legal')), effects.join(', '));
    const batch = read('test/probes/fix-review/mech-near-misses-batch.entente');
    for (const word of ['anyone', 'UNRESTRICTED', 'TLP:AMBER+', 'TLP:GREEN+STRICT']) {
      const offered = effectsFor(batch, word);
      assert.ok(offered.length > 0 && offered.every((e) => e.endsWith(':legal')), `${word}: ${offered.join(', ')}`);
    }
    const nis = effectsFor(read('test/probes/fix-review/mech-typos-mou.entente'), 'NIS');
    assert.ok(nis.length > 0 && nis.every((e) => e.endsWith(':legal')), nis.join(', '));
  });

  it('still corrects an evident typo in bulk: TLP:AMBRE, a case or separator slip', () => {
    assert.deepEqual(effectsFor(read('samples/review-me.entente'), 'TLP:AMBRE'), ['TLP:AMBER:mechanical']);
    assert.ok(evidentTypo('tlp:amber', 'TLP:AMBER'));
    assert.ok(evidentTypo('working_days', 'working-days'));
    assert.ok(evidentTypo('TLP:AMBRE', 'TLP:AMBER'));
    assert.ok(!evidentTypo('CLASSIFIED', 'UNCLASSIFIED'));
    assert.ok(!evidentTypo('anyone', 'none'));
    assert.ok(!evidentTypo('NIS', 'NIS2'));
    assert.ok(!evidentTypo('TLP:AMBER+', 'TLP:AMBER'));
    assert.ok(evidentTypo('SECERT', 'SECRET'), 'a swap of neighbours is evident');
  });

  // Class C item 21: the placeholder reason the fix writes switched the suppression on.
  it('does not take the placeholder of the "Add a reason" fix for a reason', () => {
    const text = (reason: string) => `participant EE "Estonia"\nparticipant FI "Finland"\n// entente-disable-next-line missing-handling-marking -- ${reason}\nchannel Intel between EE, FI { carries indicators }\n`;
    const codes = (reason: string) => diagnose(text(reason)).map((d) => d.code);
    assert.ok(codes('why the finding does not apply').includes('missing-handling-marking'), 'the finding stays');
    assert.ok(codes('why the finding does not apply').includes('suppression-without-reason'));
    assert.ok(!codes('the channel carries public indicators only').includes('missing-handling-marking'), 'a real reason suppresses');
  });
});
