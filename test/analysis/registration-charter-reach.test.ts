/**
 * missing-registration on concluded texts says only what UN Charter Art. 102(1) says (treaty lawyer
 * lr17, D1; read: BWBV0004143): "Every treaty and every international agreement entered into by any
 * Member of the United Nations after the present Charter comes into force shall as soon as possible
 * be registered". A treaty concluded before the Charter came into force (24 October 1945) is not reached, and
 * the duty is put on each Party "that was a UN Member when it entered into the treaty" — a State
 * admitted later (a 1990 treaty with a State that joined in 2002) is not bound by it for its earlier
 * treaty (data/un-admissions.ts holds the dates read; eighty-fourth run).
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
  it('after the Charter came into force, before either State was admitted: the condition where consent is undated, nothing where it is dated', () => {
    // Consent undated against the admission days: the note stays, with the condition.
    assert.equal(registration(treaty('1945-11-26').replace('effect on signature', 'effect after last ratification')).length, 1);
    // Bound on signature that day, neither State was yet a Member (NL from 10 December 1945, BE from
    // 27 December 1945; eighty-fourth run, defect 2): Art. 102 binds neither for it.
    assert.equal(registration(treaty('1945-11-26')).length, 0);
  });
  it('the day the Charter came into force is not before it; the day before, and the day of its signature, are (lr18, D4)', () => {
    // France a Member from 24 October 1945 (the Yearbook rosters): bound for a treaty it entered into that day.
    assert.equal(registration(treaty('1945-10-24', 'FR "the French Republic"')).length, 1);
    assert.equal(registration(treaty('1945-10-23', 'FR "the French Republic"')).length, 0);
    // Bound on signature before the Charter came into force: outside Art. 102, with or without a Member-to-be.
    assert.equal(registration(treaty('1945-06-26', 'FR "the French Republic"')).length, 0);
    assert.equal(registration(treaty('1945-06-26')).length, 0);
  });
  it('signed before the Charter came into force, ratified on a day the header does not give: the condition, not silence (lr19, D3)', () => {
    // A State enters into a treaty when it consents to be bound (VCLT Arts. 2(1)(b), 14(1)): a
    // ratification after 24 October 1945 by a Member would bring the treaty under Art. 102.
    for (const other of ['FR "the French Republic"', 'BE "the Kingdom of Belgium"']) {
      const [finding, ...rest] = registration(treaty('1945-06-26', other).replace('effect on signature', 'effect after last ratification'));
      assert.deepEqual(rest, []);
      assert.equal(finding?.severity, 'info');
      assert.match(finding.message ?? '', /^The text does not say who registers the treaty; if a Party was a UN Member when it entered into it, registration with the UN Secretariat falls to the Parties once it is in force\./u);
      assert.match(finding.message ?? '', /The header dates the signature 1945-06-26, before the Charter came into force on 24 October 1945, but not the consents to be bound: a Party entered into the treaty when it consented, and Art\. 102 reaches it only if it was a UN Member then\./u);
      assert.doesNotMatch(finding.message ?? '', /were UN Members on entering into the treaty/u);
    }
  });
  it('near miss: an entry into force the header fixes before 24 October 1945 dates the consents before it: nothing', () => {
    assert.deepEqual(registration(treaty('1945-06-26', 'FR "the French Republic"').replace('effect on signature', 'effect on 1945-09-01')), []);
  });
});
