/**
 * Hundred-and-fifth run (NL–Singapore economic cooperation 1972, BWBV0003393), probes P7 and P8:
 * - D4: "just compensation" for measures depriving nationals of their investments (Art. IX(c)) is what a
 *   State owes the investors, not a payment between the Parties: missing-costs does not quote it as one.
 *   Near misses: "each Party shall bear its own costs", costs "borne by" a Party, compensation a Party
 *   refunds the other, and members serving "without compensation" (NL–US education exchange 1972) still count.
 * - D6: consent to ICSID arbitration between a Party and the other's nationals (Art. XI) tagged
 *   `about investor-state-disputes` does not answer missing-dispute-settlement, which is about disputes
 *   between the Parties; tagged `about disputes`, it still does (the transcriber's word).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

const treaty = (clauses: string) => `treaty "Agreement on economic cooperation" {
  status binding
  done at "Singapore" on 1972-05-16 in duplicate
  consent by approval
  effect 30 days after last notification
  duration 5 years renewable tacitly for 5 years unless notice of at least 6 months
}
party NL "The Government of the Kingdom of the Netherlands" { kind government }
party SG "The Government of the Republic of Singapore" { kind government }
body JointCommittee "Joint Committee" members NL, SG meets on-request
${clauses}`;

const art9 = `clause ArtIX "Article IX" """
  Neither Contracting Party shall take any measures depriving, directly or indirectly, nationals of the other Contracting Party of their investments unless the following conditions are complied with:
  (a) the measures are taken in the public interest and under due process of law;
  (b) the measures are not discriminatory or contrary to any undertaking which the former Contracting Party may have given to the particular nationals concerned; and
  (c) the measures are accompanied by provisions for the payment of just compensation. Such compensation shall be paid and made transferable, without undue delay, to the country of the nationals affected and in the currency of that country.
"""
`;
const art11 = (tag: string) => `clause ArtXI "Article XI" ${tag}"""
  The Contracting Party in the territory of which nationals of the other Contracting Party make or intend to make investments, shall after the exhaustion of all local administrative and judicial remedies, agree to any demand on the part of such nationals to submit, for arbitration or conciliation, to the Centre established by the Convention of Washington of 18 March 1965 on the settlement of investment disputes between States and nationals of other States, any disputes that may arise in connection with the investments.
"""
`;
const clause = (words: string) => `clause Other "Article XX" """\n  ${words}\n"""\n`;
const of = (code: string, text: string) => diagnose(text).filter((d) => d.code === code);

describe('rf104: compensation for investments taken, and investor–State arbitration (r105 D4, D6)', () => {
  it('D4: Art. IX(c)\'s "just compensation" is not quoted as an allocation of payments', () => {
    const [finding] = of('missing-costs', treaty(art9));
    assert.ok(finding);
    assert.doesNotMatch(finding.message, /already allocates|"compensation"/u);
    assert.match(finding.message, /does not say who bears the costs of the meetings of body JointCommittee/u);
  });

  it('D4 near misses: a costs clause, costs borne by a Party, a refund between the Parties, members serving without compensation still count', () => {
    // Words on costs beside Art. IX: answered, or quoted as what the text already allocates.
    for (const words of ['Each Contracting Party shall bear its own costs.', 'Costs incurred by the Joint Committee shall be borne by the Contracting Party that incurs them.']) {
      const found = of('missing-costs', treaty(art9 + clause(words)));
      assert.ok(found.every((d) => /already allocates some payments \("bear its own costs"|borne/u.test(d.message)), `${words}: ${found.map((d) => d.message).join()}`);
    }
    for (const words of [
      'Where a Contracting Party has paid compensation for damage caused by the other, the other Contracting Party shall refund the amount of the compensation without delay.',
      'The members shall serve without compensation.',
      'The Government of the Kingdom of the Netherlands grants the full and free use, without taxation or other compensation, of the land required.',
    ]) {
      const [finding] = of('missing-costs', treaty(clause(words)));
      assert.match(finding?.message ?? '', /already allocates some payments/u, words);
    }
    // Compensation in a sentence that has the Parties share it still allocates, even for property taken.
    const [shared] = of('missing-costs', treaty(clause('Where investments are expropriated, the compensation shall be shared equally between the Contracting Parties.')));
    assert.match(shared?.message ?? '', /already allocates some payments/u);
  });

  it('D6: Art. XI tagged `about investor-state-disputes` leaves missing-dispute-settlement raised; tagged `about disputes` it does not', () => {
    const raised = of('missing-dispute-settlement', treaty(art11('about investor-state-disputes ')));
    assert.equal(raised.length, 1);
    assert.match(raised[0].message, /disputes between the Parties/u);
    assert.deepEqual(of('missing-dispute-settlement', treaty(art11('about disputes '))), []);
  });

  it('D6 near miss: a State–State clause beside it still answers the check', () => {
    const stateState = `clause ArtXV "Article XV" about disputes """\n  Any dispute between the Contracting Parties concerning the interpretation or application of the present Agreement shall be submitted to an arbitral tribunal.\n"""\n`;
    assert.deepEqual(of('missing-dispute-settlement', treaty(art11('about investor-state-disputes ') + stateState)), []);
  });
});
