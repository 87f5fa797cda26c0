/**
 * Sixty-second run, D3: `missing-union-law-clause` on the NL–NZ Agreement on Social Security 1990
 * named Chapter V of the GDPR among the matters the treaty touches but not that New Zealand has an
 * adequacy decision, which the transfer rules know (no transfer finding there): a reader could take
 * the exchange to lack a Chapter V basis. The note now says that transfers to a recipient covered
 * by a general adequacy decision rest on it (GDPR Art. 45). Near misses: India (no decision) and the
 * United States (a decision scoped to certified organisations) are not said to be covered.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const nz = repoText('test/real-instruments/nl-nz-social-security-1990.entente');
const note = (text: string) => diagnose(text).filter((d) => d.code === 'missing-union-law-clause').map((d) => d.message ?? '').join(' ');
const recipientIn = (code: string) => nz.replace(/(party NZ "The Government of New Zealand" \{[^}]*?jurisdiction )NZ/s, `$1${code}`);

describe('r62 D3: missing-union-law-clause says when the third country has an adequacy decision', () => {
  it('New Zealand: transfers under the GDPR rest on the adequacy decision (Art. 45)', () => {
    assert.match(note(nz), /Transfers to New Zealand \(NZ\) under the GDPR rest on the Commission’s adequacy decision for it \(GDPR Art\. 45;/);
  });
  it('near misses: India and the United States are not said to be covered', () => {
    for (const code of ['IN', 'US']) {
      assert.notEqual(recipientIn(code), nz, 'the probe changed the jurisdiction');
      assert.doesNotMatch(note(recipientIn(code)), /adequacy decision/, code);
    }
  });
});
