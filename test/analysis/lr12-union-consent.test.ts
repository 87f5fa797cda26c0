/**
 * Treaty lawyer lr12, defects 8–10: Union membership and TFEU Art. 351 dated by consent to be bound,
 * not by a signature subject to ratification (VCLT Art. 14(1), read: BWBV0003441; Art. 351 protects
 * agreements "voor de toetredende staten, vóór de datum van hun toetreding gesloten", read:
 * BWBV0001506), as the Lisbon and pre-Union branches already were; the rationale's claim that such
 * a signature "undertakes no obligation" (Art. 18(a) says otherwise); and a pre-Union text with
 * consent undated keeps the Lisbon condition for criminal matters. Probes /tmp/lr12/d1, d2, d4.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';
import { missingUnionLawClause } from '../../server/src/language/rules/checks/missing-legal-framework';

const treaty = (title: string, done: string, a: [string, string], b: [string, string], channel: string) => `treaty "${title}" {
  status binding
  done at "Zagreb" on ${done} in duplicate
  consent by ratification
  effect 30 days after last notification
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party ${a[0]} "${a[1]}" {
  kind state
  jurisdiction ${a[0]}
}
party ${b[0]} "${b[1]}" {
  kind state
  jurisdiction ${b[0]}
}
${channel}
clause Art1 "Article 1" """
  The Parties shall cooperate.
"""
`;
const data = (a: string, b: string) => `channel Exchange between ${a}, ${b} {\n  carries personal-data, "personal data on suspects"\n  purpose "the prevention of crime"\n}`;
const evidence = 'channel Evidence between NL, US {\n  carries electronic-evidence, "evidence in criminal matters"\n  purpose "criminal proceedings"\n}';

/** d1: Croatia–Serbia, signed 2012, consent by ratification. */
const d1 = treaty('Agreement on police cooperation', '2012-05-10', ['HR', 'The Republic of Croatia'], ['RS', 'The Republic of Serbia'], data('HR', 'RS'));
/** d2: United Kingdom–Serbia, signed 2019, consent by ratification. */
const d2 = treaty('Agreement on police cooperation', '2019-12-10', ['GB', 'The United Kingdom of Great Britain and Northern Ireland'], ['RS', 'The Republic of Serbia'], data('GB', 'RS'));
/** d4: Netherlands–United States, signed 1992, consent by ratification. */
const d4 = replaced(treaty('Treaty on mutual assistance', '1992-06-01', ['NL', 'The Kingdom of the Netherlands'], ['US', 'The United States of America'], evidence), '30 days after last notification', '30 days after last ratification');

const messages = (text: string, code: string) => diagnose(text).filter((d) => d.code === code).map((d) => d.message ?? '');
const union = (text: string) => messages(text, 'missing-union-law-clause');
const relation = (text: string) => messages(text, 'missing-relation-to-other-obligations');
const bySignature = (text: string) => replaced(replaced(text, '  consent by ratification\n', '  consent by signature\n'), /  effect 30 days after last \w+\n/u, '  effect on signature\n');

describe('lr12, defect 8: Art. 351 and membership dated by consent, not signature', () => {
  it('d1: HR signed before accession, consent undated: Art. 351 said conditionally, with the other branch', () => {
    const [m] = union(d1);
    assert.match(m, /HR \(a Member State since 1 July 2013\) signed this treaty with a third country on 2012-05-10, before its accession to the Union/u);
    assert.match(m, /the header does not date its consent to be bound \(VCLT Art\. 14\(1\)\)\. If HR consented to be bound before 1 July 2013, the Treaties do not affect the rights and obligations under it/u);
    assert.match(m, /if on or after that day, it assumed the obligations as a Member State: check the Union’s competence and any Council authorisation as of that day/u);
    assert.doesNotMatch(m, /concluded this treaty/u);
    const [r] = relation(d1);
    assert.match(r, /HR is an EU Member State since 1 July 2013, bound by Union law now but not when this treaty was signed \(2012-05-10\), nor when consent to be bound was given if that was before accession/u);
  });

  it('near miss: consent by signature before accession: Art. 351 outright, "concluded"', () => {
    const text = bySignature(d1);
    const [m] = union(text);
    assert.match(m, /^HR \(a Member State since 1 July 2013\) concluded this treaty with a third country on 2012-05-10, before its accession to the Union, .*\(TFEU Art\. 351\) — check it against Union law/u);
    assert.doesNotMatch(m, /If HR consented/u);
    const [r] = relation(text);
    assert.match(r, /not when this treaty was concluded \(2012-05-10\)\)/u);
  });

  it('near miss: consent by ratification, entry into force fixed before accession: outright, "signed … and consented to"', () => {
    const text = replaced(d1, 'effect 30 days after last notification', 'effect on 2013-01-01');
    const [m] = union(text);
    assert.match(m, /^HR \(a Member State since 1 July 2013\) signed this treaty with a third country on 2012-05-10 and consented to be bound by it, before its accession/u);
    assert.doesNotMatch(m, /If HR consented/u);
    assert.match(relation(text)[0]!, /not when this treaty was signed \(2012-05-10\) or consented to\)/u);
  });

  it('near miss: signed after accession: no Art. 351, the Member State branch', () => {
    const text = replaced(d1, 'on 2012-05-10 in duplicate', 'on 2013-08-01 in duplicate');
    for (const m of union(text)) assert.doesNotMatch(m, /Art\. 351|before its accession/u);
    assert.match(relation(text)[0]!, /HR is an EU Member State bound by Union law/u);
  });

  it('d2: GB signed in 2019, consent undated: "signed", and whether it was still a Member State when it consented is open', () => {
    const [r] = relation(d2);
    assert.match(r, /GB was a Member State of the European Union when this treaty was signed \(2019-12-10\), bound by Union law then \(withdrawn from the Union on 31 January 2020; whether it still was one when it consented to be bound, the header does not say\)/u);
    assert.doesNotMatch(r, /when this treaty was concluded/u);
  });

  it('near misses for GB: consent by signature; an entry into force fixed before withdrawal; signed after it', () => {
    assert.match(relation(bySignature(d2))[0]!, /GB was a Member State of the European Union when this treaty was concluded \(2019-12-10\), bound by Union law then \(withdrawn from the Union on 31 January 2020\)\)/u);
    assert.match(relation(replaced(d2, 'effect 30 days after last notification', 'effect on 2020-01-15'))[0]!, /when this treaty was signed \(2019-12-10\) and consented to, bound by Union law then \(withdrawn from the Union on 31 January 2020\)\)/u);
    for (const r of relation(replaced(d2, 'on 2019-12-10 in duplicate', 'on 2020-03-10 in duplicate'))) assert.doesNotMatch(r, /GB/u);
  });
});

describe('lr12, defect 9: the rationale does not say that a signature subject to ratification undertakes no obligation', () => {
  it('cites Art. 14(1) for consent and Art. 18(a) for the signatory\'s obligation', () => {
    assert.doesNotMatch(missingUnionLawClause.rationale, /undertakes no obligation/u);
    assert.match(missingUnionLawClause.rationale, /does not express consent to be bound \(VCLT Art\. 14\(1\)\) and obliges the signatory only to refrain from acts that would defeat the object and purpose of the treaty \(Art\. 18\(a\)\)/u);
  });
});

describe('lr12, defect 10: a pre-Union text with consent undated keeps the Lisbon condition for criminal matters', () => {
  it('d4: NL–US 1992, ratification, undated: the Lisbon conditional, with the pre-Union case in it', () => {
    const [m] = union(d4);
    assert.match(m, /it was signed before the Treaty of Lisbon took effect on 1 December 2009; if NL consented to be bound before that day, judicial cooperation in criminal matters then fell under Title VI of the Treaty on European Union \(before 1 November 1993, under no Union rule: the European Union did not yet exist\)/u);
    assert.doesNotMatch(m, /^Union rules now cover/u);
  });

  it('near miss: consent by signature in 1992: predated outright, no condition', () => {
    const [m] = union(bySignature(d4));
    assert.match(m, /^Union rules now cover .* and before the European Union existed/u);
    assert.doesNotMatch(m, /if NL consented/u);
  });

  it('near miss: entry into force fixed in 1993: predated outright', () => {
    const [m] = union(replaced(d4, 'effect 30 days after last ratification', 'effect on 1993-06-01'));
    assert.match(m, /^Union rules now cover .* and before the European Union existed/u);
    assert.doesNotMatch(m, /if NL consented/u);
  });

  it('near miss: entry into force fixed in 1995 (after the Union, before Lisbon): predated as criminal matters of the third pillar', () => {
    const [m] = union(replaced(d4, 'effect 30 days after last ratification', 'effect on 1995-06-01'));
    assert.doesNotMatch(m, /if NL consented to be bound before that day, judicial cooperation/u);
    assert.match(m, /before they took effect; if the Member State consented to be bound before 1 November 1993/u);
  });

  it('near miss: signed in 2008, undated: the Lisbon conditional without the pre-Union words', () => {
    const [m] = union(replaced(d4, 'on 1992-06-01 in duplicate', 'on 2008-06-01 in duplicate'));
    assert.match(m, /if NL consented to be bound before that day, judicial cooperation in criminal matters then fell under Title VI of the Treaty on European Union, and the check/u);
  });
});
