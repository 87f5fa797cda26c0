/**
 * Fifty-fifth run, item 2: `missing-dispute-settlement` on a concluded multilateral treaty said "a
 * procedure can be added by amendment under the treaty's own procedure" of the Hague Intercountry
 * Adoption Convention 1993 and ETS 116 (1983), which have none (`missing-amendment` stands beside
 * it). Where the text states no amendment procedure, the message says so and that a procedure comes
 * only by a new agreement of the Parties (VCLT Art. 39: "A treaty may be amended by agreement
 * between the parties"; Art. 40(2), (4); read: BWBV0003441). Near misses keep "its own procedure"
 * (a header procedure, a clause on amendment), say where only a part has one, and say nothing
 * either way where a part left out is declared to be about amendment.
 *
 * Sixty-third run, defect 3 (ETS 27, 1958): the message went from disputes to "no procedure for
 * amending the treaty" without the step between; it now says that a dispute-settlement procedure
 * can be added only by amending the treaty, then that the text has no amendment procedure.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const adoption = repoText('test/real-instruments/hcch-intercountry-adoption-1993.entente');
const ets116 = repoText('test/real-instruments/coe-ets116-compensation-violent-crimes-1983.entente');

function message(text: string): string {
  const found = findingsOf(text, 'missing-dispute-settlement');
  assert.equal(found.length, 1, `expected one missing-dispute-settlement, got ${found.length}`);
  return found[0].message;
}

const onlyByNewAgreement = /a dispute-settlement procedure can be added only by amending the treaty, and the text states no procedure for amending it, so only by a new agreement: one amending the treaty, open to all the Parties and binding only those that become party to it, or one among some of the Parties modifying it between themselves alone \(VCLT Arts\. 39–41/;
const ownProcedure = /a dispute-settlement procedure can be added by amendment under the treaty's own procedure/;

describe('missing-dispute-settlement on a concluded multilateral treaty with no amendment procedure (fifty-fifth run, item 2)', () => {
  it('Hague Intercountry Adoption 1993: no "treaty\'s own procedure"; only a new agreement of the Parties', () => {
    const said = message(adoption);
    assert.match(said, onlyByNewAgreement);
    assert.match(said, /The text is concluded \([^)]*\): a dispute-settlement procedure can be added only by amending the treaty/);
    assert.doesNotMatch(said, /own procedure|under its own amendment/);
    // The finding it stands beside says the same of the text.
    assert.equal(findingsOf(adoption, 'missing-amendment').length, 1);
  });

  it('ETS 116 (1983): the same', () => {
    const said = message(ets116);
    assert.match(said, onlyByNewAgreement);
    assert.doesNotMatch(said, /own procedure/);
  });

  it('near miss: the same Convention with an amendment procedure in the header keeps "the treaty\'s own procedure"', () => {
    const text = replaced(adoption, '  reservations none\n', '  reservations none\n  amendment by "proposal through the depositary, adopted by two thirds of the Contracting States"\n');
    const said = message(text);
    assert.match(said, ownProcedure);
    assert.doesNotMatch(said, /states no procedure for amending/);
  });

  it('near miss: a clause on amending the Convention counts as its own procedure', () => {
    const text = `${adoption}\nclause Art99 "Article 99" about amendment """\n  Any Contracting State may propose an amendment to this Convention; an amendment adopted by two thirds of the Contracting States shall enter into force for those that ratify it.\n"""\n`;
    assert.match(message(text), ownProcedure);
  });

  it('a procedure for an annex only: the message says the treaty as a whole has none', () => {
    const text = `${ets116}\nclause Art99 "Article 99" about amendment """\n  The annex may be amended by a decision of the Committee of Ministers.\n"""\n`;
    assert.match(message(text), /a dispute-settlement procedure can be added only by amending the treaty, and the text states no procedure for amending it as a whole \(only for its annex\), so only by a new agreement/);
  });

  it('near miss: a part left out declared about amendment — nothing said either way (Hague Child Support 2007)', () => {
    const said = message(repoText('test/real-instruments/hcch-child-support-recovery-convention-2007.entente'));
    assert.match(said, /a dispute-settlement procedure can be added by an agreement amending the treaty, under its own amendment procedure if the omitted "Articles 41 to 57" provides one/);
    assert.doesNotMatch(said, /states no procedure for amending|can be added only by/);
  });
});
