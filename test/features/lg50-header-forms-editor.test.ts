/**
 * lg50: the editor on the two new header forms — completion offers their closed words where they may
 * be written, hover explains them, and formatting keeps them on their statement's line.
 * `renewable … for indefinite period` (NL–Egypt 1975 Art. VII(2)); `accession after
 * entry-into-force` (Hague Service Convention 1965, Art. 28).
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, completionLabels, hoverTextAt } from './feature-fixture';

const labels = completionLabels;
const hoverText = hoverTextAt;

describe('lg50: editor features on the new header forms', () => {
  it('completes `indefinite` after `renewable … for`, then `period`; `entry-into-force` after `accession after`', () => {
    assert.ok(labels('treaty "T" {\n  duration 10 years renewable tacitly for $0\n}\n').includes('indefinite'));
    assert.ok(labels('treaty "T" {\n  duration 10 years renewable tacitly for indefinite $0\n}\n').includes('period'));
    assert.deepEqual(labels('treaty "T" {\n  consent by ratification, accession after $0\n}\n'), ['entry-into-force']);
  });

  it('explains the closed words on hover', () => {
    assert.match(hoverText('treaty "T" {\n  duration 10 years renewable tacitly for indefi$0nite period\n}\n'), /indefinite period/u);
    assert.match(hoverText('treaty "T" {\n  consent by ratification, accession after entry-into-fo$0rce\n}\n'), /Art\. 28/u);
  });

  it('formatting keeps each form on its statement’s line', () => {
    const text = 'treaty "T" {\n    duration 10 years renewable tacitly   for indefinite   period\n  consent by ratification,   accession after entry-into-force\n}\n';
    const formatted = applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true }));
    assert.match(formatted, /\n  duration 10 years renewable tacitly +for indefinite +period\n  consent by ratification, +accession after entry-into-force\n/u);
  });
});
