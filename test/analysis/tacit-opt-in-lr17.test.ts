/**
 * treaty-amendment-by-decision: a notification of acceptance is consent, not tacit acceptance
 * (treaty lawyer lr17, D4; rules/support/tacit-acceptance.ts). OSPAR 1992 Art. 19(3) binds a Party
 * that has "not within that period notified the Depositary Government in writing that they are
 * unable to accept that amendment" (read: BWBV0001119): silence binds, an opt-out. The reverse —
 * "not binding on those Parties which … have not within that period notified the Depositary in
 * writing that they accept it" — binds only a Party that notifies its acceptance (VCLT Art. 40(4),
 * read: BWBV0003441): no Party is bound without an act of its own, and a note saying "an amendment
 * takes effect for each Party that has not objected" would state the opposite of the text.
 */
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/fix-review';
import { tacitTrack } from '../../server/src/language/rules/support/tacit-acceptance';

const convention = (procedure: string) => `treaty "Convention on cyber resilience" {
  status binding
  languages English
  consent by ratification, acceptance, approval, accession
  amendment by ${procedure}
}
party EE "the Republic of Estonia" { kind state jurisdiction EE }
party FI "the Republic of Finland" { kind state jurisdiction FI }
party LV "the Republic of Latvia" { kind state jurisdiction LV }
clause Art1 "Article 1" """
  The Parties shall cooperate on cyber resilience.
"""
`;
const opening = 'proposal of any Party, adoption by the Meeting of the Parties by a three-quarters majority of the Parties bound by the Annex, entering into force ninety days after adoption';

describe('lr17 D4: a notification of acceptance is not tacit acceptance', () => {
  it('"have not … notified … that they accept it": no tacit track, no note', () => {
    const procedure = `${opening}, but not binding on those Parties which are bound by that Annex and have not within that period notified the Depositary in writing that they accept it`;
    assert.equal(tacitTrack(procedure), undefined);
    assert.deepEqual(findingsOf(convention(procedure), 'treaty-amendment-by-decision'), []);
  });

  it('"has not notified its acceptance" and "have not submitted their instrument of acceptance": no tacit track', () => {
    assert.equal(tacitTrack('amendments shall not be in force for a Party that is a member and has not notified its acceptance'), undefined);
    assert.equal(tacitTrack('amendments shall enter into force for all Parties except for those that have not submitted their instrument of acceptance'), undefined);
  });

  it('near miss: OSPAR\'s "notified … that they are unable to accept" stays an opt-out', () => {
    const procedure = `${opening} for those Parties which are bound by that Annex and have not within that period notified the Depositary in writing that they are unable to accept that amendment`;
    assert.equal(tacitTrack(procedure)?.mechanism, 'each-for-itself');
    assert.equal(findingsOf(convention(procedure), 'treaty-amendment-by-decision').length, 1);
  });

  it('near miss: a notification named by its paragraph (Helsinki 1992 Art. 26(4)(c)) stays an opt-out', () => {
    assert.equal(tacitTrack('the amendment shall become effective for those Parties to this Convention which have not submitted a notification in accordance with paragraph 4(b)')?.mechanism, 'each-for-itself');
  });

  it('near miss: "have not notified … that they do not accept it" stays an opt-out', () => {
    assert.equal(tacitTrack('the amendment shall enter into force for those Parties which have not notified the Depositary that they do not accept it')?.mechanism, 'each-for-itself');
  });
});
