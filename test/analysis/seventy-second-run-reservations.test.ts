/**
 * Seventy-second run, defect 4: on a concluded treaty open to organisations, missing-reservations-clause
 * said "A reservation is made when a State signs, ratifies, accepts, approves or accedes" and left
 * out the organisation and its act of formal confirmation: "“reservation” means a unilateral
 * statement … made by a State or by an international organization when signing, ratifying, formally
 * confirming, accepting, approving or acceding to a treaty" (1986 Vienna Convention, Art. 2(1)(d);
 * Art. 2(1)(b bis); read: BWBV0002302). Near miss: among States only the sentence is as it was.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const treaty = `treaty "Convention on Cyber Incidents" {
  status binding
  done at "Geneva" on 2019-06-17
  consent by ratification, accession
}
party States "States members of the Economic Commission for Europe" {
  kind state
  class open
}
`;
const organisations = `party REIOs "Regional economic integration organizations" {
  kind international-organisation
  class open
}
`;
const finding = (text: string) => diagnose(text).find((d) => d.code === 'missing-reservations-clause');

describe('seventy-second run, defect 4: an organisation makes a reservation on formal confirmation too', () => {
  it('with organisations as parties: the sentence names the organisation and its formal confirmation, with the 1986 Convention', () => {
    const message = finding(treaty + organisations)?.message ?? '';
    assert.match(message, /A reservation is made when a State or an international organisation signs, ratifies \(a State\), formally confirms \(an organisation: the act corresponding to ratification\), accepts, approves or accedes to the treaty \(VCLT Arts\. 2\(1\)\(d\), 19; for an organisation, the 1986 Vienna Convention, Arts\. 2\(1\)\(b bis\), \(d\), 19\)/u);
    assert.match(message, /a State or an organisation that joins later may make one when it does/u);
  });

  it('the Water and Health Protocol (regional economic integration organisations, Art. 21) says so', () => {
    const message = finding(repoText('test/real-instruments/water-health-protocol-1999.entente'))?.message ?? '';
    assert.match(message, /formally confirms \(an organisation/u);
  });

  it('near miss: among States only, the sentence is the State\'s alone', () => {
    const message = finding(treaty)?.message ?? '';
    assert.match(message, /A reservation is made when a State signs, ratifies, accepts, approves or accedes to the treaty \(VCLT Arts\. 2\(1\)\(d\), 19\)/u);
    assert.doesNotMatch(message, /formally confirms/u);
  });
});
