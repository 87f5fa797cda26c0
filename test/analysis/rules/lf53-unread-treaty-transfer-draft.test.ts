/**
 * Treaty lawyer lr31, D3 (research/lr31/REPORT.md): since lr30 D11, naming any untranscribed treaty in
 * `implements` made `possible-transfer-without-safeguards` a note — on drafts too, so a draft
 * arrangement under a cultural agreement with no data clause lost the only finding that asks for its
 * Chapter V basis (GDPR Art. 44), and its strict error. The conditional sentence on the implemented
 * treaty (GDPR Art. 46(2)(a)) stays everywhere; the note only on a signed text, whose basis is a
 * present question and not an edit (as Benelux–BA 2013 and NL–OPCW 1998 on the corpus).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { replaced } from '../../helpers/replaced-once';

/** The lawyer's probe imp1g: a draft, NL under the GDPR sending personal data to CN under an untranscribed cultural agreement. */
const imp1g = `treaty "Implementing Arrangement on data exchange" {
  status binding
  consent by signature
  effect on signature
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
  implements "Agreement between the Kingdom of the Netherlands and the People's Republic of China on Cultural Cooperation"
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }
party CN "The People's Republic of China" { kind state jurisdiction CN }
channel Exchange between NL, CN {
  carries personal-data
  purpose "the promotion of cultural exchanges"
}
clause Art1 "Article 1" about purpose """
  The Parties shall exchange lists of participants in cultural exchanges.
"""
`;
const signed = replaced(imp1g, '  disputes by negotiation\n', '  disputes by negotiation\n  signed at "Beijing" on 2019-05-01\n');
const transfer = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'possible-transfer-without-safeguards');
const sentence = /This instrument implements “Agreement between the Kingdom of the Netherlands and the People's Republic of China on Cultural Cooperation”, which is not transcribed here/;

describe('lr31 D3: an untranscribed implemented treaty lowers the transfer finding on a signed text only', () => {
  for (const [profile, severity] of [[undefined, 'warning'], ['strict', 'error']] as const)
    it(`imp1g (a draft) under ${profile ?? 'default'}: ${severity}, with the sentence on the implemented treaty as a hint`, () => {
      const found = transfer(imp1g, profile);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, severity);
      assert.match(found[0].message, sentence);
    });

  it('near miss: the same signed in 2019 is a note under strict', () => {
    const found = transfer(signed, 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, sentence);
  });
});
