/**
 * A defined term typed with a space at its end ("Data sharing ", a keystroke before the closing
 * quote) has an empty last word: its forms are still made, and the document is diagnosed (the
 * title-case form read the first letter of every word and threw, so no diagnostic came at all;
 * found by pg48's fast-check edits).
 */
import assert from 'node:assert/strict';
import { termForms } from '../../server/src/language/model/term-forms';
import { diagnose } from '../helpers/fixture';

describe('a defined term with an empty word', () => {
  it('has forms, and the document is diagnosed', () => {
    assert.ok(termForms('Data sharing ').includes('Data Sharing '));
    const text = `treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia"\ndefine "Data sharing " means "the exchange of indicators"\nclause C "C" """\n  Data sharing is good.\n"""\n`;
    assert.ok(!diagnose(text).some((d) => d.code === 'internal-error'));
  });
});
