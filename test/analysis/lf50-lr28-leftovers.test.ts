/**
 * Treaty lawyer lr28 (/work/research/lr28/REPORT.md), its LOW leftovers D7, D9 and D10, each with the
 * probe's words and a near miss that must still be said.
 *
 * D7: a Party that signs on the very day of its admission to the UN was called a UN Member "on
 * entering into the treaty". The General Assembly admitted the two Koreas on 17 September 1991, the
 * first day of its session; a signature that day may have been given before the admission, and Art.
 * 102(1) reaches only a treaty "entered into by any Member". On the admission day the condition is
 * stated, with the day (rules/support/un-membership-then.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

function messageOf(text: string, code: string): string {
  const found = diagnose(text).filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${found.length}`);
  return found[0].message;
}

/** lr28's probes/reg.entente: a definitive signature at The Hague on 17 September 1991. */
const sameDay = `treaty "Agreement on economic cooperation" {
  status binding
  consent by signature
  effect on signature
  done at "The Hague" on 1991-09-17
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party XX "The other State" { kind state jurisdiction KR }
`;

describe('lr28 D7: a Party admitted to the UN on the day the treaty is dated', () => {
  it('KR signing on 17 September 1991: the condition, with the day, not "UN Members on entering into the treaty"', () => {
    const message = messageOf(sameDay, 'missing-registration');
    assert.doesNotMatch(message, /NL, XX were UN Members on entering into the treaty/u);
    assert.match(message, /NL was a UN Member on entering into the treaty, so Art\. 102 of the UN Charter applies\. Art\. 102 of the UN Charter binds XX if it was a UN Member when it entered into the treaty \(admitted on 17 September 1991, the day of signature\)\./u);
  });

  it('`registration none` on that text: NL named as bound, XX under the same condition', () => {
    const message = messageOf(replaced(sameDay, '  disputes by negotiation\n', '  disputes by negotiation\n  registration none\n'), 'treaty-registration-none');
    assert.match(message, /^NL was a UN Member on entering into the treaty: UN Charter Art\. 102\(1\) obliges it/u);
    assert.match(message, /binds XX if it was a UN Member when it entered into the treaty \(admitted on 17 September 1991, the day of signature\)\./u);
  });

  it('`registration none` with no Party known to have been a Member then: the condition on KR carries the day', () => {
    const withSwitzerland = replaced(replaced(sameDay, 'jurisdiction NL }', 'jurisdiction CH }'), '  disputes by negotiation\n', '  disputes by negotiation\n  registration none\n');
    const message = messageOf(withSwitzerland, 'treaty-registration-none');
    assert.match(message, /^`registration none` is right only if XX was not a UN Member when it entered into the treaty \(admitted on 17 September 1991, the day of signature\): /u);
    assert.match(message, /Art\. 102 does not bind NL for this treaty: it was not a UN Member when it entered into it \(a UN Member from 10 September 2002\)\./u);
  });

  it('signed subject to ratification on the admission day: consent follows, but may still fall on that day — the condition too', () => {
    const ratified = replaced(replaced(sameDay, 'consent by signature', 'consent by ratification'), 'effect on signature', 'effect 30 days after last ratification');
    assert.match(messageOf(ratified, 'missing-registration'), /binds XX if it was a UN Member when it entered into the treaty \(admitted on 17 September 1991, the day of signature\)/u);
  });

  it('with another Party whose membership then is unknown: each named, the day said of KR alone', () => {
    const two = replaced(sameDay, 'jurisdiction NL }', 'jurisdiction LT }');
    assert.match(messageOf(two, 'missing-registration'), /binds each of NL, XX that was a UN Member when it entered into the treaty \(XX: admitted on 17 September 1991, the day of signature\)\./u);
  });

  it('an original Member on the day of its ratification of the Charter is not said to have been admitted', () => {
    const belgium = replaced(replaced(sameDay, 'on 1991-09-17', 'on 1945-12-27'), 'jurisdiction KR }', 'jurisdiction BE }');
    assert.match(messageOf(belgium, 'missing-registration'), /binds XX if it was a UN Member when it entered into the treaty \(a UN Member from 27 December 1945, the day of signature\)\./u);
  });

  it('near miss: the day after, KR is named as bound; the day before, as not bound', () => {
    const after = messageOf(replaced(sameDay, 'on 1991-09-17', 'on 1991-09-18'), 'missing-registration');
    assert.match(after, /NL, XX were UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.doesNotMatch(after, /binds XX if|the day of signature/u);
    const before = messageOf(replaced(sameDay, 'on 1991-09-17', 'on 1991-09-16'), 'missing-registration');
    assert.match(before, /Art\. 102 does not bind XX for this treaty: it was not a UN Member when it entered into it \(a UN Member from 17 September 1991\)\./u);
  });
});

/**
 * D9: SU on a text dated 22 to 25 December 1991 was said to be "after the USSR ceased to exist
 * (Alma-Ata Declaration, 21 December 1991)". The Union's organs acted until its formal end: its
 * President resigned on 25 December, and the Soviet of the Republics recognised its end by a
 * declaration of 26 December 1991 (read: archontology.org, citing Vedomosti 1991, No. 52). Those four
 * days are left to be checked, with no fix either way (rules/support/former-code-advice.ts).
 */
describe('lr28 D9: SU on a text dated between the Alma-Ata Declaration and the USSR\'s formal end', () => {
  const withSu = (date: string) => replaced(replaced(sameDay, 'jurisdiction KR }', 'jurisdiction SU }'), 'on 1991-09-17', `on ${date}`);
  const finding = (date: string) => diagnose(withSu(date)).find((d) => d.code === 'unknown-jurisdiction')!;

  it('dated 1991-12-23 (the probe): the date falls between the two, the party is to be checked, no fix', () => {
    const f = finding('1991-12-23');
    assert.doesNotMatch(f.message, /after the USSR ceased to exist|so it was not the party/u);
    assert.match(f.message, /The text is dated 1991-12-23, between the Alma-Ata Declaration of 21 December 1991, which says that the USSR "ceases to exist", and the Union's formal end on 26 December 1991, the day after its President resigned: the date does not show whether the USSR was the party\. Check the text's names: write SUHH if the USSR concluded it, or the code of the State that did: RU names the Russian Federation/u);
    assert.deepEqual(f.fixes ?? [], []);
  });

  it('the first and last days of the window: 22 and 25 December 1991', () => {
    for (const date of ['1991-12-22', '1991-12-25']) {
      assert.match(finding(date).message, /the date does not show whether the USSR was the party/u, date);
      assert.deepEqual(finding(date).fixes ?? [], [], date);
    }
  });

  it('near miss: from 26 December 1991 the USSR was not the party, RU named, no fix', () => {
    const f = finding('1991-12-26');
    assert.match(f.message, /The text is dated 1991-12-26, when the USSR had ceased to exist \(the Alma-Ata Declaration of 21 December 1991; its formal end on 26 December 1991\), so it was not the party\. RU names the Russian Federation/u);
    assert.deepEqual(f.fixes ?? [], []);
  });

  it('near miss: on 21 December 1991 the SUHH fix stays', () => {
    const f = finding('1991-12-21');
    assert.match(f.message, /Write SUHH, the code of the USSR itself, for a text the USSR entered into\./u);
    assert.deepEqual((f.fixes ?? []).map((x) => x.edits[0]?.newText), ['SUHH']);
  });
});

/**
 * D10: a convention subject to ratification, its ratifications undated, dated only by its final
 * formula ("DONE at Strasbourg, this first day of June 1990"). The formula dates the text's signature,
 * not NL's consent, which may have come after the Treaty of Lisbon took effect on 1 December 2009,
 * under Union law: the words say "when this treaty was signed" only, and that the header does not
 * date consent, as they already did for Austria (rules/support/union-membership.ts).
 */
describe('lr28 D10: a text dated only by its final formula dates no Party\'s consent', () => {
  /** lr28's probes/multi.entente, its entry into force written as the grammar has it. */
  const multi = `treaty "Convention on Cyber Cooperation" {
  status binding
  consent by ratification
  effect after last ratification
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party AT "The Republic of Austria" { kind state jurisdiction AT }
party KR "The Republic of Korea" { kind state jurisdiction KR }
clause Art1 "Article 1" about purpose """
  The Parties shall cooperate in the prevention of cyber incidents.
"""
clause FinalFormula "Final formula" """
  IN WITNESS WHEREOF the undersigned, duly authorised thereto, have signed this Convention.
  DONE at Strasbourg, this first day of June 1990, in the English language, in a single original.
  For the Kingdom of the Netherlands: (sd.) X
"""
`;

  it('NL: "when this treaty was signed (1990-06-01)", not "and consented to", and the undated consent said; AT as before', () => {
    const message = messageOf(multi, 'missing-relation-to-other-obligations');
    assert.doesNotMatch(message, /and consented to, bound by Community law then/u);
    assert.match(message, /NL was a Member State of the European Communities when this treaty was signed \(1990-06-01\), bound by Community law then, and by Union law when consent to be bound was given, if that was on or after 1 December 2009 \(the header does not date consent\); /u);
    assert.match(message, /AT is an EU Member State since 1 January 1995, bound by Union law now but not when this treaty was signed \(1990-06-01\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/u);
  });

  it('near miss: consent by signature — the formula\'s day is the day of consent, "concluded" as before', () => {
    const definitive = replaced(replaced(multi, 'consent by ratification', 'consent by signature'), 'effect after last ratification', 'effect on signature');
    assert.match(messageOf(definitive, 'missing-relation-to-other-obligations'), /NL was a Member State of the European Communities when this treaty was concluded \(1990-06-01\), bound by Community law then;/u);
  });

  // lr30 D7: a header's signature date does not date consent either: the signature's day is what is said.
  it('the header dates the signature: "signed (…)", not "and consented to", and no Union-law hedge', () => {
    const dated = replaced(multi, '  consent by ratification\n', '  consent by ratification\n  signed at "Strasbourg" on 1990-06-01\n');
    const message = messageOf(dated, 'missing-relation-to-other-obligations');
    assert.match(message, /NL was a Member State of the European Communities when this treaty was signed \(1990-06-01\), bound by Community law then;/u);
    assert.doesNotMatch(message, /consented to/u);
  });
});
