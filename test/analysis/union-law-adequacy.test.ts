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

/**
 * lr14, D2: Israel's decision (2011/61/EU) is "with regard to automated processing of personal
 * data" and covers automated transfers and transfers further processed automatically in Israel
 * (recital 12): the note said transfers to Israel "rest on" it without that limit. The note now
 * says "so far as it covers them", what it covers, and that other transfers need another basis.
 * Near miss: New Zealand's decision, recorded with no such limit, is named as before.
 */
describe('lr14 D2: an adequacy decision that does not reach every transfer is named with its limits', () => {
  it('Israel: automated processing only, and the rest need safeguards or a derogation', () => {
    const il = note(recipientIn('IL'));
    assert.match(il, /Transfers to NZ \(in Israel\) under the GDPR rest on the Commission’s adequacy decision for it, so far as it covers them \(GDPR Art\. 45;/);
    assert.match(il, /For NZ, the decision covers only automated transfers, and transfers not automated whose data are then processed automatically in Israel \(Decision 2011\/61\/EU, .*recital 12\)\. Transfers the decision does not cover need appropriate safeguards \(GDPR Art\. 46\) or a derogation \(Art\. 49\)\./);
  });
  it('the Republic of Korea: the exclusions are named, with where they were read', () => {
    assert.match(note(recipientIn('KR')), /For NZ, the decision covers recipients subject to the Personal Information Protection Act/);
    assert.match(note(recipientIn('KR')), /not personal credit information sent to entities supervised by the Financial Services Commission, nor data sent to religious organisations or political parties \(exclusions from the Luxembourg CNPD's summary/);
  });
  it('near miss: New Zealand, with no recorded limit, rests on its decision without qualification', () => {
    const nzNote = note(nz);
    assert.match(nzNote, /rest on the Commission’s adequacy decision for it \(GDPR Art\. 45;/);
    assert.doesNotMatch(nzNote, /so far as it covers them|need appropriate safeguards/);
  });
});
