/**
 * After the forty-fourth run (lf7): `possible-transfer-without-safeguards` under `strict` on
 * concluded texts. "International agreements involving the transfer of personal data to third
 * countries or international organisations which were concluded by Member States prior to 24 May
 * 2016, and which comply with Union law as applicable prior to that date, shall remain in force
 * until amended, replaced or revoked" (GDPR Art. 96; the Law Enforcement Directive's Art. 61 alike,
 * from 6 May 2016): that comes first in the message, and no profile makes the finding an error, as
 * for missing-transfer-safeguards (forty-first run). A class of States that only may hold third
 * States (CETS 196, Macolin) makes the finding speculative: a warning under any profile. A text
 * concluded after the date stays as it is (near miss).
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const strict = (text: string) => diagnose(text, { settings: { profile: 'strict' } }).filter((d) => d.code === 'possible-transfer-without-safeguards');

const awCz = wholeText('test/real-instruments/aw-cz-tax-information-exchange-2015.entente');
const nlHk = wholeText('test/real-instruments/nl-hk-mutual-legal-assistance-2002.entente');
const cets196 = wholeText('test/real-instruments/coe-cets196-prevention-of-terrorism-2005.entente');
const macolin = wholeText('test/real-instruments/coe-macolin-sports-manipulation-2014.entente');

describe('after the forty-fourth run (lf7): possible-transfer-without-safeguards on texts concluded before 24 May 2016', () => {
  it('CZ–AW TIEA 2015 under strict: a warning that opens with GDPR Art. 96', () => {
    const [finding, ...rest] = strict(awCz);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 2015-06-29; consent follows it\), this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(GDPR Art\. 96\)\. AW has no EU adequacy decision/);
    assert.equal(finding.message.split('GDPR Art. 96').length - 1, 1, 'Art. 96 said once');
  });

  it('NL–HK MLA 2002 (a law-enforcement channel) under strict: a warning that opens with LED Art. 61', () => {
    const [finding] = strict(nlHk);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^If the Member State concluded it \(consented to be bound\) before 6 May 2016 .*\(Art\. 61 of the Law Enforcement Directive\)\. HK has no adequacy decision under the Law Enforcement Directive/);
  });

  it('near miss: the same TIEA dated after 24 May 2016 stays an error under strict, with no word of Art. 96', () => {
    const later = replaced(awCz, 'done at "The Hague" on 2015-06-29', 'done at "The Hague" on 2017-06-29');
    const [finding] = strict(later);
    assert.equal(finding.severity, 'error');
    assert.doesNotMatch(finding.message, /Art\. 96/);
    assert.match(finding.message, /^AW has no EU adequacy decision/);
  });
});

describe('after the forty-fourth run (lf7): a class of States that only "may hold" third States is speculative under any profile', () => {
  it('CETS 196 and Macolin (sender EC/EU) under strict: every finding a warning', () => {
    for (const text of [cets196, macolin]) {
      const findings = strict(text);
      assert.ok(findings.length > 0);
      assert.ok(findings.every((d) => d.severity === 'warning' && /(?:is a class|are classes) of States whose members Entente cannot list, and may hold States outside/.test(d.message)));
    }
  });

  it('so even dated after 2016: CETS 196 re-dated 2017 is still a warning under strict', () => {
    const later = replaced(cets196, 'done at "Warsaw" on 2005-05-16', 'done at "Warsaw" on 2017-05-16');
    const findings = strict(later);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((d) => d.severity === 'warning'));
  });
});

describe('after the sixtieth run (item 5): a concluded treaty whose consent is established before 24 May 2016 is a note', () => {
  // GDPR Art. 96 keeps in force agreements "concluded by Member States prior to 24 May 2016": where
  // the text establishes that consent came before that day, what is left is a review (whether it
  // complied with Union law then) and the basis for any amending instrument, not a warning.
  const nlUs1991 = wholeText('test/real-instruments/nl-us-sentenced-persons-notes-1991.entente');
  const nlBd1993 = wholeText('test/real-instruments/nl-bd-double-taxation-1993.entente');
  const findings = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'possible-transfer-without-safeguards');
  const note = /A note, not a warning: the text is concluded and (?:consent was given on|it entered into force on) .*, before 24 May 2016, so what is left is to review whether it complied with Union law as applicable then \(GDPR Art\. 96\) and to state the basis in any instrument that amends or replaces it\.$/;

  it('NL–US notes 1991 (consent by the reply of 11 July 1991): info under every profile, and says why', () => {
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding, ...rest] = findings(nlUs1991, profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /^Concluded by a Member State on 1991-07-11 \(the date of the reply\), before 24 May 2016/);
      assert.match(finding.message, note);
      assert.match(finding.message, /consent was given on 1991-07-11 \(the date of the reply\)/);
    }
  });

  it('a treaty signed subject to ratification whose entry into force is dated before the day: info', () => {
    const inForce = replaced(awCz, 'effect on first day of third month following last notification', 'effect on 2016-03-01');
    const [finding] = findings(inForce, 'strict');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /it entered into force on 2016-03-01, before 24 May 2016/);
  });

  it('near misses: consent not established (NL–Bangladesh 1993, CZ–AW 2015) stays a warning; so does an entry into force after the day', () => {
    for (const text of [nlBd1993, awCz, replaced(awCz, 'effect on first day of third month following last notification', 'effect on 2016-06-01')]) {
      const [finding] = findings(text);
      assert.equal(finding.severity, 'warning');
      assert.doesNotMatch(finding.message, /A note, not a warning/);
    }
  });
});
