/**
 * A class of States as a recipient of personal data (twenty-fourth real-instrument run, probe 5
 * and "After the run" item 10): "All States" certainly holds third countries, most of which no
 * adequacy decision covers, so a sender declared under the GDPR or the Law Enforcement Directive
 * that shares personal data with it transfers under Chapter V to those of its members (GDPR Art.
 * 44; LED Art. 35(1)). Which members, the checker cannot tell: the finding is the conditional
 * `possible-transfer-without-safeguards`, as for a named third State whose coverage is unknown,
 * and the convention itself is named as the possible basis (GDPR Art. 46(2)(a); LED Art. 37(1)(a))
 * and, for one opened for signature before the cutoff, as kept in force if the Member State
 * concluded it before that date and it complied with Union law then (GDPR Art. 96; LED Art. 61).
 * Near misses: the class alone (no sender whose regime is known: every class-party convention of
 * the harness), a sender outside Union law, a class of the Union's own Member States. A sender whose
 * regime is not declared was a near miss until the thirty-eighth run (item 5): it is now asked with
 * both conditions stated (test/analysis/firearms-cfe-notes.test.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const financing = repoText('test/real-instruments/un-financing-of-terrorism-convention-1999.entente');
const transfers = (text: string) => diagnose(text).filter((d) => /transfer/.test(d.code));

/** The Financing Convention with the Netherlands beside the class on the Art. 18(3) channel. */
const withNetherlands = (declaration: string, text = financing) =>
  text
    .replace('party States "All States" {', `party NL "Kingdom of the Netherlands" { kind state jurisdiction NL${declaration} }\nparty States "All States" {`)
    .replace('channel Prevention between States {', 'channel Prevention between NL, States {');

describe('a class of States as the recipient of personal data (twenty-fourth run, item 10)', () => {
  it('raises nothing on the Convention as transcribed: the class is the only member, and no sender is known', () => {
    assert.deepEqual(transfers(financing), []);
  });

  it('a sender declared under the Directive: a conditional warning, the Convention as the possible basis, Art. 61 conditionally', () => {
    const found = transfers(withNetherlands(' regimes LED'));
    assert.deepEqual(found.map((d) => `${d.code}:${d.severity}`), ['possible-transfer-without-safeguards:warning']);
    const [d] = found;
    const line = withNetherlands(' regimes LED').split('\n')[d.range.start.line];
    assert.equal(line, 'channel Prevention between NL, States {');
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'States');
    // Art. 61 opens the message (lf7, after the forty-fourth run); the class's condition follows it.
    assert.match(d.message, /\(Art\. 61 of the Law Enforcement Directive\)\. States is a class of States whose members Entente cannot list, and may hold States outside the EU\/EEA and Switzerland that no adequacy decision under the Law Enforcement Directive covers \(the only one is for the United Kingdom\); for any it holds, no Law Enforcement Directive \(Directive \(EU\) 2016\/680, Chapter V\) basis is stated for personal data from NL other than the instrument itself: /);
    assert.match(d.message, /^If the Member State concluded it \(consented to be bound\) before 6 May 2016 \(the header gives no date of conclusion; the treaty was opened for signature on 2000-01-10\), this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(Art\. 61 of the Law Enforcement Directive\)/);
    assert.match(d.message, /this treaty may itself provide the appropriate safeguards of Chapter V of the Directive, as a legally binding instrument, if it states them/);
    assert.doesNotMatch(d.message, /is a third country|concluded by a Member State on/i);
  });

  it('a sender declared under the GDPR: the same, with Art. 46(2)(a) and Art. 96', () => {
    const [d, ...rest] = transfers(withNetherlands(' regimes GDPR'));
    assert.deepEqual(rest, []);
    assert.equal(`${d.code}:${d.severity}`, 'possible-transfer-without-safeguards:warning');
    assert.match(d.message, /^If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the header gives no date of conclusion; the treaty was opened for signature on 2000-01-10\), .*\(GDPR Art\. 96\)\. States is a class of States whose members Entente cannot list, and may hold States outside the EU\/EEA that no EU adequacy decision known to Entente as of [A-Z][a-z]+ \d{4} covers; for any it holds, no GDPR Chapter V basis is stated/);
    assert.match(d.message, /"legally binding and enforceable instrument between public authorities or bodies" of GDPR Art\. 46\(2\)\(a\)/);
  });

  it('says nothing of Art. 96 or Art. 61 for a convention opened after the cutoff, or for a State that acceded after the opening', () => {
    const later = withNetherlands(' regimes GDPR', financing.replace('on 2000-01-10 until 2001-12-31', 'on 2017-01-10 until 2018-12-31'));
    const [d] = transfers(later);
    assert.equal(d.code, 'possible-transfer-without-safeguards');
    assert.doesNotMatch(d.message, /Art\. 96|opened for signature/);
    const croatia = withNetherlands(' regimes GDPR').replace('party NL "Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }', 'party NL "Republic of Croatia" { kind state jurisdiction HR regimes GDPR }');
    const [hr] = transfers(croatia);
    assert.equal(hr.code, 'possible-transfer-without-safeguards');
    assert.doesNotMatch(hr.message, /Art\. 96|opened for signature/, 'Croatia joined the Union in 2013: who concluded it depends on when it consented');
  });

  it('near misses: a sender outside Union law, a class of the Union’s Member States', () => {
    assert.deepEqual(transfers(withNetherlands(' regimes outside-union-law')), []);
    const union = withNetherlands(' regimes LED').replace('party States "All States" {', 'party States "The Member States of the European Union" {');
    assert.deepEqual(transfers(union), []);
  });

  it('keeps a named third State beside the class as it was: its own finding, on its own name', () => {
    const text = withNetherlands(' regimes LED')
      .replace('party States "All States" {', 'party US "United States of America" { kind state jurisdiction US }\nparty States "All States" {')
      .replace('channel Prevention between NL, States {', 'channel Prevention between NL, US, States {');
    const found = transfers(text);
    const lines = text.split('\n');
    assert.deepEqual(
      found.map((d) => `${d.code}:${lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`),
      ['possible-transfer-without-safeguards:US', 'possible-transfer-without-safeguards:States'],
    );
    assert.match(found[0].message, /^If the Member State concluded it \(consented to be bound\) before 6 May 2016 .*\(Art\. 61 of the Law Enforcement Directive\)\. US has no adequacy decision under the Law Enforcement Directive/);
  });
});
