/**
 * lr9 (a treaty lawyer's check of the lf13/lf14/rt51–rt53 merges), defects 4–7: how
 * missing-union-law-clause dates the Union rules it names, and the Art. 35(1)(b) words for a
 * territory's Government.
 *
 * 4. Signed on 10 May 2016 with the sender's regime open: GDPR Art. 96 holds for GDPR processing,
 *    LED Art. 61 does not; the note says both, as possible-transfer-without-safeguards does.
 * 5. Signed on 5 May 2016 (LED only): not "before they took effect" (the Directive was in force),
 *    only the day Art. 61 names.
 * 6. HK (the Government of the HKSAR) is no "authority competent for criminal matters": its
 *    receiving authority is asked about.
 * 7. NL–HK 2002 (mutual legal assistance): signed before the Treaty of Lisbon, not asked today's
 *    competence check for the text as signed.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const turkey = repoText('test/real-instruments/nl-tr-double-taxation-1986.entente');
const cuba = repoText('test/real-instruments/nl-cu-sentenced-persons-2013.entente');
const hongKong = repoText('test/real-instruments/nl-hk-mutual-legal-assistance-2002.entente');
const messages = (text: string, code: string) => diagnose(text).filter((d) => d.code === code).map((d) => d.message);
const unionLaw = (text: string) => {
  const found = messages(text, 'missing-union-law-clause');
  assert.equal(found.length, 1);
  return found[0];
};
const turkeyOn = (iso: string) => replaced(turkey, 'done at "Ankara" on 1986-03-27', `done at "Ankara" on ${iso}`);
const cubaOn = (iso: string) => replaced(cuba, 'done at "Havana" on 2013-07-05', `done at "Havana" on ${iso}`);

describe('lr9: missing-union-law-clause dates each regime and each matter', () => {
  it('4: NL–TR dated 2016-05-10, regime open: Art. 96 for GDPR processing, Art. 61 not', () => {
    const text = turkeyOn('2016-05-10');
    const message = unionLaw(text);
    assert.match(message, /For processing under the GDPR, if the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 2016-05-10; consent follows it\), this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(GDPR Art\. 96\)\./);
    assert.match(message, /Art\. 61 of the Law Enforcement Directive does not, for processing under the Law Enforcement Directive: it names agreements concluded before 6 May 2016, and this one was signed on 2016-05-10 \(the signature date\)\./);
    // The same Art. 96 sentence as the transfer finding on the same file.
    assert.ok(messages(text, 'possible-transfer-without-safeguards').some((m) => m.includes('before 24 May 2016 (the signature date is 2016-05-10; consent follows it), this treaty remains in force')));
  });

  it('4, near misses: dated 2016-06-01 (both days passed) and 2016-05-01 (neither) say no partial sentence', () => {
    assert.doesNotMatch(unionLaw(turkeyOn('2016-06-01')), /For processing under|Art\. 96|Art\. 61/);
    const both = unionLaw(turkeyOn('2016-05-01'));
    assert.doesNotMatch(both, /For processing under the GDPR,|does not, for processing/);
    assert.match(both, /before 24 May 2016 \(GDPR Art\. 96\) and 6 May 2016 \(Art\. 61 of the Law Enforcement Directive\), the dates those articles name/);
  });

  it('5: NL–CU dated 2016-05-05: the day Art. 61 names, not "before they took effect"', () => {
    const message = unionLaw(cubaOn('2016-05-05'));
    assert.match(message, /but it was signed on 2016-05-05 \(the signature date\) before 6 May 2016, the date Art\. 61 of the Law Enforcement Directive names\./);
    assert.doesNotMatch(message, /took effect/);
  });

  it('5, near miss: a treaty before the Union still says the rules took effect later', () => {
    // Dated by consent to be bound since lr11 defect 8: the header dates no consent, so it is said conditionally.
    assert.match(unionLaw(turkey), /before they took effect; if NL consented to be bound before 1 November 1993, that was before the European Union existed/);
  });

  it('7 (as lr10, defect 10 corrects it): NL–HK 2002, signed before the Treaty of Lisbon, consent undated: dated conditionally', () => {
    const message = unionLaw(hongKong);
    assert.doesNotMatch(message, /^An EU Member State concludes this treaty/);
    assert.match(message, /As to mutual legal assistance in criminal matters: it was signed before the Treaty of Lisbon took effect on 1 December 2009; if NL consented to be bound before that day, judicial cooperation in criminal matters then fell under Title VI of the Treaty on European Union, and the check is for an instrument that amends or replaces it\./);
  });

  it('7, near miss: the same treaty dated 2010 is asked the check for mutual legal assistance, as of the day of consent', () => {
    const message = unionLaw(replaced(hongKong, 'on 2002-08-26 in duplicate', 'on 2010-08-26 in duplicate'));
    assert.match(message, /^An EU Member State made this treaty with a third country on matters Union rules cover \(mutual legal assistance in criminal matters\): whether the Union had competence, and whether a Council authorisation was needed, turn on the day the Member State consented to be bound/);
    assert.doesNotMatch(message, /Treaty of Lisbon/);
  });

  it('6: HK’s receiving authority, not HK, is asked to be competent for criminal matters', () => {
    const found = messages(hongKong, 'possible-transfer-without-safeguards').join('\n');
    assert.match(found, /which serves only if the authority of HK that receives the data is competent for criminal matters/);
    assert.doesNotMatch(found, /if HK is an authority/);
  });
});
