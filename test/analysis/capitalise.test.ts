/**
 * util/capitalise.ts, the one helper the export's sentences (render/) and the constructs' share
 * (the eleventh session's second reading: constructs/consent-by-party-sentence.ts had its own).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalise } from '../../server/src/language/util/capitalise';

describe('capitalise: the first letter in upper case, nothing else changed', () => {
  it('names and sentences', () => {
    assert.equal(capitalise('the Republic of Estonia'), 'The Republic of Estonia');
    assert.equal(capitalise('eIDAS'), 'EIDAS');
    assert.equal(capitalise('CERT-EE'), 'CERT-EE');
    assert.equal(capitalise(''), '');
  });
  it('property: only the first character can change', () =>
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = capitalise(text);
        assert.equal(out.slice(1), text.slice(1));
        assert.equal(out.charAt(0), text.charAt(0).toUpperCase());
      }),
    ));
});
