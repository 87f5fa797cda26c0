/**
 * missing-registration on concluded texts says only what UN Charter Art. 102(1) says (treaty lawyer
 * lr17, D1; read: BWBV0004143): "Every treaty and every international agreement entered into by any
 * Member of the United Nations after the present Charter comes into force shall as soon as possible
 * be registered". A treaty concluded before the Charter was signed (26 June 1945) is not reached, and
 * the duty is put on each Party "that was a UN Member when it entered into the treaty" — Entente holds
 * no admission dates, and a State admitted later (a 1990 treaty with a State that joined in 2002) is
 * not bound by it for its earlier treaty.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (date: string, other = 'BE "the Kingdom of Belgium"') => `treaty "Agreement on fisheries" {
  status binding
  languages English
  done at "The Hague" on ${date} in duplicate
  effect on signature
  termination with notice of 6 months
  disputes by negotiation "Disputes shall be settled by negotiation."
}
party NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }
party ${other} { kind state jurisdiction ${other.slice(0, 2)} }
clause Art1 "Article 1" """
  The Parties shall cooperate on fisheries in the Scheldt.
"""
`;
const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration');

describe('lr17 D1: the duty to register reaches what Art. 102(1) reaches', () => {
  it('a treaty concluded in 1930 is not asked to be registered', () => {
    assert.deepEqual(registration(treaty('1930-05-01')), []);
  });
  it('near miss: the same treaty concluded in 1990 gets the note, with the Charter\'s condition', () => {
    const [finding] = registration(treaty('1990-05-01', 'CH "the Swiss Confederation"'));
    assert.equal(finding?.severity, 'info');
    assert.match(finding.message ?? '', /each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible/);
    assert.match(finding.message ?? '', /"entered into by any Member of the United Nations after the present Charter comes into force"/);
    assert.doesNotMatch(finding.message ?? '', /each Party that is a UN Member is bound/);
  });
  it('near miss: the day the Charter was signed is not before it', () => {
    // Consent undated against the admission days: the note stays, with the condition.
    assert.equal(registration(treaty('1945-06-26').replace('effect on signature', 'effect after last ratification')).length, 1);
    // Bound on signature that day, neither State was yet a Member (NL from 10 December 1945, BE from
    // 27 December 1945; eighty-fourth run, defect 2): Art. 102 binds neither for it.
    assert.equal(registration(treaty('1945-06-26')).length, 0);
    assert.equal(registration(treaty('1945-06-25')).length, 0);
  });
});
