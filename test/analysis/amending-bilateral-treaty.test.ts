/**
 * treaty lawyer lr20, D5: VCLT Art. 40 governs "the amendment of multilateral treaties" (Art.
 * 40(1)) and Art. 41 agreements between "Two or more of the parties to a multilateral treaty"
 * (read: BWBV0003441); a treaty between two States is amended by their agreement (Art. 39).
 * Entente does not know whether the amended treaty is multilateral, so `amending-instrument-final-clauses`
 * states Arts. 40–41 only on that condition: an EE–FI protocol amending an agreement named by its
 * date (the lr20 probe) no longer reads as if that agreement had other parties. Near misses: the
 * treaty named as one between the text's own Parties keeps Art. 39 alone; a three-State protocol
 * keeps the condition too.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const protocol = (amends: string, parties = ['EE', 'FI']) => `protocol "Protocol amending the Agreement on police cooperation" {
  status binding
  languages English authentic
  amends "${amends}"
  done at "Tallinn" on 2015-03-01 in duplicate
  consent by ratification
  effect on first day of second month after last notification
  registration article-102
}
${parties.map((id) => `party ${id} "${id}" { kind state jurisdiction ${id} }\n`).join('')}clause Art1 "Article 1" """
  Article 3 of the Agreement shall be replaced by the following: "The Parties shall exchange information on cyber incidents."
"""
`;
const note = (text: string) => diagnose(text).filter((d) => d.code === 'amending-instrument-final-clauses');

describe('lr20, D5: Arts. 40–41 only for a multilateral amended treaty', () => {
  it('the EE–FI probe: Art. 40(1), (4) and Art. 41 only "If that treaty is multilateral"', () => {
    const [finding, ...rest] = note(protocol('Agreement on police cooperation of 12 May 2005'));
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /for the parties bound by this protocol\. If that treaty is multilateral, then, unless it provides otherwise, this protocol does not bind a party to that treaty that does not become a party to it \(Art\. 40\(1\), \(4\)\); and, concluded between some of that treaty's parties only/u);
    // No sentence states Art. 40 or 41 outside the condition.
    const beforeCondition = finding.message.split('If that treaty is multilateral')[0];
    assert.doesNotMatch(beforeCondition, /Art\. 4[01]/u);
  });

  it('near miss: three States amending a treaty not named as theirs: the same condition', () => {
    assert.match(note(protocol('Agreement on police cooperation of 12 May 2005', ['EE', 'FI', 'LV']))[0].message, /If that treaty is multilateral, then/u);
  });

  it('near miss: a treaty named as one between the text\'s own Parties: Art. 39 alone', () => {
    const [finding] = note(protocol('Agreement between the Republic of Estonia and the Republic of Finland on police cooperation of 12 May 2005').replace('party EE "EE"', 'party EE "the Republic of Estonia"').replace('party FI "FI"', 'party FI "the Republic of Finland"'));
    assert.match(finding.message, /made between that treaty's own parties, it amends it \(Art\. 39\)/u);
    assert.doesNotMatch(finding.message, /Art\. 4[01]|multilateral/u);
  });
});
