/**
 * Fifty-second real-instrument run (test/real-instruments/FIFTY-SECOND-RUN.md), on the
 * Netherlands–Nigeria (1991, BWBV0002481) and Netherlands–Turkey (1986, BWBV0002810) double-taxation
 * agreements.
 *
 * 1. missing-union-law-clause dates the Union rules it names: a treaty concluded before the day GDPR
 *    Art. 96 (LED Art. 61) names, or before the Union existed, is not asked to check the Union's
 *    competence and a Council authorisation; the note says what is true today (Art. 96 keeps it in
 *    force until amended, replaced or revoked) and stays a note under `strict`. Near misses: the same
 *    text dated 2020, and dated 10 May 2016 with the sender's regime open (Art. 61's day passed,
 *    Art. 96's not).
 * 2. missing-relation-to-other-obligations is no longer silenced by a sentence placing a part of the
 *    instrument inside it: the Turkish Protocol's "the following provisions shall form an integral
 *    part of the Agreement" (probe p7e), or a TIEA's "This Protocol shall form an integral part of the
 *    Agreement between …" transcribed with its Agreement (rules/support/part-of-another-treaty.ts).
 *    Near misses: a protocol in its own file that forms part of the Treaty it amends, and a real
 *    savings clause, keep the suppression.
 */
import assert from 'node:assert/strict';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const nigeria = repoText('test/real-instruments/nl-ng-double-taxation-1991.entente');
const turkey = repoText('test/real-instruments/nl-tr-double-taxation-1986.entente');
const hongKong = repoText('test/real-instruments/nl-hk-mutual-legal-assistance-2002.entente');

function unionLaw(text: string, settings: AnalysisSettings = {}): { message: string; severity: string } {
  const found = diagnose(text, { settings }).filter((d) => d.code === 'missing-union-law-clause');
  assert.equal(found.length, 1);
  return { message: found[0].message, severity: found[0].severity };
}

const nigeriaOn = (iso: string) => replaced(nigeria, 'done at "Lagos" on 1991-12-11', `done at "Lagos" on ${iso}`);
const competenceNow = /^An EU Member State made this treaty with a third country on matters Union rules cover \(transfers of personal data/;

describe('fifty-second run: the Union rules a note names are dated (item 1)', () => {
  it('Nigeria 1991: no check of competence or authorisation for the text as signed; Art. 96 says what is true today', () => {
    const { message, severity } = unionLaw(nigeria);
    assert.equal(severity, 'info');
    assert.doesNotMatch(message, competenceNow);
    assert.match(message, /^Union rules now cover what this treaty with a third country deals with \(transfers of personal data to a third country \(Chapter V of the GDPR or of the Law Enforcement Directive/);
    // Dated by consent to be bound since lr11 defect 8 (the header dates no consent: said conditionally).
    assert.match(message, /but it was signed on 1991-12-11 \(the signature date\) before they took effect; if NL consented to be bound before 1 November 1993, that was before the European Union existed \(the Treaty on European Union took effect on that day\)\./);
    assert.match(message, /If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 1991-12-11; consent follows it\), this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(GDPR Art\. 96\)\./);
    assert.match(message, /Art\. 61 of the Law Enforcement Directive says the same of agreements concluded before 6 May 2016/);
    assert.match(message, /An instrument that amends or replaces it is concluded under those rules: check the Union’s competence and any Council authorisation for it/);
  });

  it('Turkey 1986: the same, and a note under strict (it says the text stands)', () => {
    assert.match(unionLaw(turkey).message, /signed on 1986-03-27 \(the signature date\) before they took effect; if NL consented to be bound before 1 November 1993, that was before the European Union existed/);
    assert.equal(unionLaw(turkey, { profile: 'strict' }).severity, 'info');
    assert.equal(unionLaw(nigeria, { profile: 'strict' }).severity, 'info');
  });

  it('a text of 2009 predates the GDPR, not the Union: Art. 96 without the Union’s founding', () => {
    const { message } = unionLaw(nigeriaOn('2009-12-11'));
    assert.match(message, /signed on 2009-12-11 \(the signature date\) before 24 May 2016 \(GDPR Art\. 96\) and 6 May 2016 \(Art\. 61 of the Law Enforcement Directive\), the dates those articles name\. If the Member State/);
    assert.doesNotMatch(message, /European Union existed/);
  });

  it('near miss: the same text dated 2020 is asked for the check, as a warning under strict', () => {
    const { message } = unionLaw(nigeriaOn('2020-12-11'));
    assert.match(message, competenceNow);
    assert.doesNotMatch(message, /Art\. 96|took effect/);
    assert.equal(unionLaw(nigeriaOn('2020-12-11'), { profile: 'strict' }).severity, 'warning');
  });

  it('near miss: 10 May 2016 with the regime open (Art. 61’s day passed) keeps the check; with `regimes GDPR` it is dated', () => {
    assert.match(unionLaw(nigeriaOn('2016-05-10')).message, competenceNow);
    const gdpr = replaced(nigeriaOn('2016-05-10'), '  kind government\n  jurisdiction NL\n', '  kind government\n  jurisdiction NL\n  regimes GDPR\n');
    const { message } = unionLaw(gdpr);
    assert.match(message, /^Union rules now cover what this treaty with a third country deals with \(transfers of personal data to a third country \(GDPR Chapter V\)\), but it was signed on 2016-05-10/);
    assert.doesNotMatch(message, /Law Enforcement Directive/);
  });

  it('a treaty on another matter too: that matter is asked for, the predated transfers dated in a sentence of their own (NL–Hong Kong 2002)', () => {
    // Dated 2010, after the Treaty of Lisbon (lr9, defect 7: in 2002 mutual legal assistance was the third pillar).
    const later = unionLaw(replaced(hongKong, 'on 2002-08-26 in duplicate', 'on 2010-08-26 in duplicate')).message;
    assert.match(later, /on matters Union rules cover \(mutual legal assistance in criminal matters\): whether the Union had competence/);
    assert.match(later, /As to transfers of personal data to a third country \(Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\)\), it was signed on 2010-08-26 \(the signature date\) before 6 May 2016, the date Art\. 61 of the Law Enforcement Directive names\. If the Member State concluded it/);
  });
});

const relationRaised = (text: string) => diagnose(text).some((d) => d.code === 'missing-relation-to-other-obligations');
const turkishOpening = 'the undersigned have agreed that the following provisions shall form an integral part of the Agreement.';

const amendingProtocol = (sentence: string) => `protocol "Protocol amending the Treaty between the Kingdom of the Netherlands and the Republic of Turkey on the exchange of information" {
  status binding
  done at "Ankara" on 2010-03-27
  consent by signature
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party TR "The Republic of Turkey" { kind state jurisdiction TR }
clause Final "Final article" """
  ${sentence}
"""
`;

describe('fifty-second run: a part of the instrument said to be integral to it says nothing on other treaties (item 2)', () => {
  it('Turkey 1986: the Protocol’s opening no longer silences the note', () => {
    assert.ok(relationRaised(turkey));
    assert.ok(relationRaised(replaced(turkey, turkishOpening, 'the undersigned have agreed as follows.')), 'the same without the sentence');
  });

  it('a TIEA’s "This Protocol shall form an integral part of the Agreement between …", transcribed with the Agreement, does not either', () => {
    assert.ok(relationRaised(repoText('test/real-instruments/nl-ws-tax-information-exchange-2009.entente')));
  });

  it('near miss: a protocol in its own file that forms part of the Treaty it amends keeps the suppression', () => {
    assert.ok(!relationRaised(amendingProtocol('This Protocol shall form an integral part of the Treaty.')));
    assert.ok(relationRaised(amendingProtocol('This Protocol shall enter into force on signature.')), 'without the sentence the note is raised');
    assert.ok(relationRaised(amendingProtocol('The Annex to this Protocol shall form an integral part of the Treaty.')), 'a part of the protocol, not the protocol');
  });

  it('near miss: a real relation clause in the Turkish Protocol keeps the suppression', () => {
    const saved = replaced(turkey, turkishOpening, `${turkishOpening} This Agreement shall not affect the rights and obligations of the States under other international agreements.`);
    assert.ok(!relationRaised(saved));
  });
});
