/**
 * lr19, D1, D3, D9 and D10: the two registration rules read Art. 102 of the UN Charter (read:
 * BWBV0004143) — "Every treaty … entered into by any Member of the United Nations after the present
 * Charter comes into force shall as soon as possible be registered" — from one home
 * (rules/support/un-membership-then.ts), the same way.
 *
 * D1: `treaty-registration-none` was an error on a Swiss–Korean agreement of 1990, Switzerland
 * admitted on 10 September 2002 (GA/10041) and Korea's admission date not read (data/un-admissions.ts),
 * and its message said "CH, KR are UN Members", while `missing-registration` said that Art. 102 does
 * not bind CH. An error only where a Party is known to have been a Member when it entered into the
 * treaty; otherwise a note stating the condition, naming nobody as a Member.
 *
 * D3: a State enters into a treaty when it consents to be bound (VCLT Arts. 2(1)(b), 14(1), read:
 * BWBV0003441): the Charter cut-off is compared with the consent as the header dates it, not with
 * the signature (model/conclusion.ts, `consentRelativeTo`).
 *
 * D9: where no Party is known to have been a Member then, `missing-registration` opens with the
 * condition, not with the duty.
 *
 * The probe was KR–CH 1990. Korea's admission date has since been read (17 September 1991;
 * data/un-admissions.ts, r109 D3), which settles that probe (neither a Member in 1990), so the tests of
 * a Party whose admission date Entente has not read use Indonesia (ID), left out of that list on purpose.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const pair = (date: string, a: string, b: string, consent = '  consent by signature\n  effect on signature\n', none = true) =>
  `treaty "Agreement on the abolition of visas" {\n  status binding\n  languages English authentic\n  done at "Seoul" on ${date}\n${consent}${none ? '  registration none\n' : ''}}\n` +
  `party ${a} "State ${a}" {\n  kind state\n  jurisdiction ${a}\n}\nparty ${b} "State ${b}" {\n  kind state\n  jurisdiction ${b}\n}\n` +
  'clause Visas "Article 1" """\n  Nationals of either Party shall not require a visa for stays of up to ninety days.\n"""\n';
const only = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

describe('lr19, D1: treaty-registration-none is an error only where a Party was a UN Member when it entered into the treaty', () => {
  it('ID–CH 1990 (the probe): a note under every profile, CH not called a Member, the condition for ID', () => {
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding, ...rest] = only(pair('1990-03-01', 'CH', 'ID'), 'treaty-registration-none', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /^`registration none` is right only if ID was not a UN Member when it entered into the treaty: UN Charter Art\. 102\(1\) obliges each Party that was a Member then/u);
      assert.match(finding.message, /Art\. 102 does not bind CH for this treaty: it was not a UN Member when it entered into it \(a UN Member from 10 September 2002\)\./u);
      assert.doesNotMatch(finding.message, /\bare UN Members\b|CH, ID|CH was a UN Member|CH is a UN Member/u);
    }
  });
  it('the note and this finding read the same facts: both say Art. 102 does not bind CH, both state the condition for ID', () => {
    const [note] = only(pair('1990-03-01', 'CH', 'ID', undefined, false), 'missing-registration');
    const [none] = only(pair('1990-03-01', 'CH', 'ID'), 'treaty-registration-none');
    for (const message of [note.message, none.message]) assert.match(message, /Art\. 102 does not bind CH for this treaty/u);
    assert.match(note.message, /Art\. 102 of the UN Charter binds ID if it was a UN Member when it entered into the treaty\./u);
    assert.match(none.message, /only if ID was not a UN Member when it entered into the treaty/u);
  });
  it('near miss: NL–CH 2005, both Members then: the error, naming both as Members on entering into it', () => {
    const [finding] = only(pair('2005-04-28', 'NL', 'CH'), 'treaty-registration-none');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^NL, CH were UN Members on entering into the treaty: UN Charter Art\. 102\(1\) obliges each of them to have it registered/u);
  });
  it('near miss: ID–CH 2005: the error for CH, a Member then; the condition for ID, never called one', () => {
    const [finding] = only(pair('2005-04-28', 'ID', 'CH'), 'treaty-registration-none');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^CH was a UN Member on entering into the treaty: UN Charter Art\. 102\(1\) obliges it to have it registered/u);
    assert.match(finding.message, /Art\. 102 of the UN Charter binds ID if it was a UN Member when it entered into the treaty\./u);
  });
  it('near miss: KR–CH 1970, neither a Member then (KR admitted 17 September 1991, CH 2002): nothing', () => {
    assert.deepEqual(only(pair('1970-04-28', 'KR', 'CH'), 'treaty-registration-none'), []);
  });
  it('near miss: a draft between today\'s Members keeps the error and its fix', () => {
    const draft = pair('1990-03-01', 'CH', 'KR').replace('  done at "Seoul" on 1990-03-01\n', '');
    const [finding] = only(draft, 'treaty-registration-none');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^CH, KR are UN Members: UN Charter Art\. 102\(1\) obliges them to register this treaty/u);
    assert.equal(finding.fixes?.length, 1);
  });
});

describe('lr19, D3: the Charter cut-off is compared with the consent to be bound, not the signature', () => {
  const ratified = '  consent by ratification\n  effect 30 days after last ratification\n';
  it('NL–BE signed 10 July 1945, ratified on undated days (the probe): the note with the Charter condition, not silence', () => {
    const [finding] = only(pair('1945-07-10', 'NL', 'BE', ratified), 'treaty-registration-none');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /only if none of NL, BE was a UN Member when it entered into the treaty/u);
    assert.match(finding.message, /The header dates the signature 1945-07-10, before the Charter came into force on 24 October 1945, but not the consents to be bound/u);
    const [note] = only(pair('1945-07-10', 'NL', 'BE', ratified, false), 'missing-registration');
    assert.match(note.message, /The header dates the signature 1945-07-10, before the Charter came into force/u);
  });
  it('near miss: bound on signature on 10 July 1945: nothing, from either rule', () => {
    assert.deepEqual(only(pair('1945-07-10', 'NL', 'BE'), 'treaty-registration-none'), []);
    assert.deepEqual(only(pair('1945-07-10', 'NL', 'BE', undefined, false), 'missing-registration'), []);
  });
  it('near miss: an entry into force fixed before 24 October 1945 dates the consents before it: nothing', () => {
    assert.deepEqual(only(pair('1945-07-10', 'NL', 'BE', '  consent by ratification\n  effect on 1945-10-01\n'), 'treaty-registration-none'), []);
  });
  it('near miss: signed in January 1946, after both admissions, subject to ratification: consent came later still, the error', () => {
    const [finding] = only(pair('1946-01-15', 'NL', 'BE', ratified), 'treaty-registration-none');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^NL, BE were UN Members on entering into the treaty/u);
  });
});

describe('lr19, D9: missing-registration opens with the condition where no Party is known to have been a Member then', () => {
  it('ID–CH 1990: "if a Party was a UN Member when it entered into it, it is to be registered"', () => {
    const [note] = only(pair('1990-03-01', 'CH', 'ID', undefined, false), 'missing-registration');
    assert.match(note.message, /^The text does not say who registers the treaty; if a Party was a UN Member when it entered into it, it is to be registered with the UN Secretariat \(it entered into force on signature\)\. Art\. 102 does not bind CH/u);
  });
  it('near miss: NL–CH 2005, both Members then: the duty stated as such', () => {
    const [note] = only(pair('2005-04-28', 'NL', 'CH', undefined, false), 'missing-registration');
    assert.match(note.message, /^The text does not say who registers the treaty; it is to be registered with the UN Secretariat \(it entered into force on signature\): NL, CH were UN Members on entering into the treaty/u);
  });
});
