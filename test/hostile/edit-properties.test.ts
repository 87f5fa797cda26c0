/**
 * Seeded property tests over random edits of every sample and fixture (issue 12 items 5 and 6):
 * on valid and broken documents alike, nothing throws, every range lies inside the document,
 * formatting is idempotent and lossless, and every quick fix offered for a diagnostic yields a
 * document that parses no worse and no longer carries that diagnostic (edit-properties.ts). A
 * failing case is shrunk by fast-check to the fewest, smallest edits. The long run (100,000
 * edits) is `npm run bench -- --long`.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyRandomEdits, checkDocument, corpus, editArb } from './edit-properties';

describe('random edits of every sample and fixture: the properties hold', function () {
  this.timeout(240_000);
  const documents = corpus();
  let actions = 0;

  it('has the samples and fixtures to edit', () => {
    assert.ok(documents.length >= 40, String(documents.length));
  });

  it('every unedited document keeps every property', () => {
    const failures = documents.flatMap((d) => checkDocument(d.text, 60).failures.map((f) => `${d.name}: ${f}`));
    assert.deepEqual(failures, []);
  });

  it('120 seeded runs of up to four random edits each keep every property (shrunk on failure)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(editArb, { minLength: 1, maxLength: 4 }), (index, edits) => {
        const outcome = checkDocument(applyRandomEdits(documents[index % documents.length].text, edits), 25);
        actions += outcome.actions;
        assert.deepEqual(outcome.failures, [], documents[index % documents.length].name);
      }),
      { numRuns: 120, seed: 20261202 },
    );
    // The quick-fix property is not vacuous: the runs offered and tried hundreds of fixes.
    assert.ok(actions >= 300, `only ${actions} quick fixes tried`);
  });

  it('the quick-fix check fails for a fix that does not remove its diagnostic', () => {
    const unapplied = checkDocument('participant EE "Estonia"\nchannel C between EE, XX\n', 5, (text) => text);
    assert.ok(unapplied.actions > 0);
    assert.ok(unapplied.failures.some((f) => /the diagnostic is still there/.test(f)), JSON.stringify(unapplied));
    const breaking = checkDocument('participant EE "Estonia"\nchannel C between EE, XX\n', 5, (text) => `${text}}}} {{`);
    assert.ok(breaking.failures.some((f) => /more syntax problems/.test(f)), JSON.stringify(breaking));
  });
});
