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
    assert.match(il, /For NZ, the decision covers only automated transfers, and others whose data are then processed automatically in Israel \(Decision 2011\/61\/EU, .*recital 12\)\. Transfers the decision does not cover need appropriate safeguards \(GDPR Art\. 46\) or a derogation \(Art\. 49; a public authority exercising its public powers may use only Art\. 49\(1\)\(d\)–\(g\): Art\. 49\(3\)\)\./);
  });
  it('the Republic of Korea: the exclusions are named, with where they were read', () => {
    assert.match(note(recipientIn('KR')), /For NZ, the decision covers recipients subject to the Personal Information Protection Act/);
    // lr15, D6: the exclusions are kinds of processing, not every transfer to those recipients.
    assert.match(note(recipientIn('KR')), /except processing for missionary activities by religious organisations, processing for the nomination of candidates by political parties, and processing of personal credit information under the Credit Information Act by controllers subject to oversight by the Financial Services Commission \(Decision \(EU\) 2022\/254, Art\. 1; its text not read here\)/);
    assert.doesNotMatch(note(recipientIn('KR')), /data sent to religious organisations|CNPD/);
  });
  it('lr15 D7: the United Kingdom: the immigration exclusion is cited to the decision, not to guidance', () => {
    // A treaty of 2022: the United Kingdom is then a third country (in 1990, the NL–NZ date, it was a Member State).
    const gb = note(`treaty "Agreement between the Netherlands and the United Kingdom on Cyber Incident Cooperation" {
  status binding
  languages English authentic
  signed at "The Hague" on 2022-05-01
  consent by signature
  effect on signature
  duration indefinite
  denunciation with notice of 6 months
  amendment by written decision
  disputes by negotiation
  registration article-102
}
party NL "Kingdom of the Netherlands" {
  jurisdiction NL
}
party GB "the United Kingdom" {
  jurisdiction GB
}
channel Exchange between NL, GB {
  carries incident-reports, personal-data
  purpose "handling of cyber incidents"
}
`);
    assert.match(gb, /does not cover personal data transferred for purposes of United Kingdom immigration control or otherwise within the immigration exemption of paragraph 4\(1\) of Schedule 2 to the Data Protection Act 2018 \(Decision \(EU\) 2021\/1772, Art\. 1\(2\); its text not read here; whether the renewal keeps that exclusion was not read\)/);
    assert.doesNotMatch(gb, /Information Commissioner/);
    assert.match(gb, /a public authority exercising its public powers may use only Art\. 49\(1\)\(d\)–\(g\): Art\. 49\(3\)/);
  });
  it('near miss: New Zealand, with no recorded limit, rests on its decision without qualification', () => {
    const nzNote = note(nz);
    assert.match(nzNote, /rest on the Commission’s adequacy decision for it \(GDPR Art\. 45;/);
    assert.doesNotMatch(nzNote, /so far as it covers them|need appropriate safeguards/);
  });
});
