/**
 * Eighty-fourth run (Benelux–Korea visa Agreement, Seoul 1970; read: BWBV0004193), defects 1, 2, 4.
 * 1. missing-consent-to-be-bound was a warning on a concluded text whose own header fixes entry into
 *    force on a date after signature ("shall enter into force on 1 June, 1970", Art. 10), with no
 *    act after signature: its message already says that this points to consent by signature (VCLT
 *    Arts. 12(1)(b), 24(1)); it is now a note under every profile. Near misses: the same draft, a
 *    fixed date before the signature, and an entry into force on notification.
 * 2. missing-registration said "BE, LU, NL, KR … UN Members, so Art. 102 … applies" of a 1970
 *    treaty; the Republic of Korea was not then a Member. It now names as bound only the Parties
 *    known to have been Members when they entered into it, says Art. 102 does not bind the others
 *    for it, states the condition where the date is not known, and raises nothing where no Party was
 *    a Member then (probe: KR–CH 1970).
 * 4. missing-relation-to-other-obligations called the text silent though its preamble names the
 *    agreement the Benelux Governments act under; it now quotes it and asks about the rest.
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const benelux = wholeText('test/real-instruments/benelux-korea-visas-1970.entente');
const only = (text: string, code: string, profile = 'default') => diagnose(text, { settings: { profile } }).filter((d) => d.code === code);
const profiles = ['default', 'strict', 'treaty-review', 'mou-review'];

const pair = (date: string, a: string, b: string, consent = 'consent by signature\n  effect on signature') =>
  `treaty "Agreement" {\n  status binding\n  done at "Bern" on ${date} in duplicate\n  ${consent}\n}\nparty ${a} "State ${a}" { kind state jurisdiction ${a} }\nparty ${b} "State ${b}" { kind state jurisdiction ${b} }\nclause Art1 "Article 1" """\n  The Parties shall cooperate.\n"""\n`;

describe('eighty-fourth run, defect 1: consent on a concluded text dated by its own entry into force', () => {
  it('Benelux–Korea 1970: a note under every profile, the message as it was', () => {
    for (const profile of profiles) {
      const [finding, ...rest] = only(benelux, 'missing-consent-to-be-bound', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /that points to consent by signature, with entry into force deferred \(Arts\. 12\(1\)\(b\), 24\(1\)\), unless the record shows a ratification or approval/u);
    }
  });

  it('near miss: a fixed date before the signature keeps the warning', () => {
    const text = replaced(benelux, '  effect on 1970-06-01\n', '  effect on 1970-03-01\n');
    assert.equal(only(text, 'missing-consent-to-be-bound')[0].severity, 'warning');
  });

  it('near miss: a draft with a fixed date keeps the rule’s severity', () => {
    const draft = 'treaty "Agreement" {\n  effect on 2027-05-01\n}\n';
    assert.equal(only(draft, 'missing-consent-to-be-bound')[0].severity, 'error');
  });
});

describe('eighty-fourth run, defect 2: Art. 102 binds only parties that were UN Members when they entered into the treaty', () => {
  it('Benelux–Korea 1970: BE, LU, NL named as Members then; Art. 102 does not bind KR for it', () => {
    const [finding] = only(benelux, 'missing-registration');
    assert.match(finding.message, /BE, LU, NL act for or in their States, UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.match(finding.message, /Art\. 102 does not bind KR for this treaty: its State was not a UN Member when it entered into it \(a UN Member from 17 September 1991\)/u);
    assert.doesNotMatch(finding.message, /KR act|, KR act|NL, KR/u);
  });

  it('probe: KR–CH signed 1970 with consent by signature: no finding, neither being a Member then', () => {
    assert.deepEqual(only(pair('1970-04-28', 'KR', 'CH'), 'missing-registration'), []);
  });

  it('treaty-registration-none (error) reads the same dates: KR–CH 1970 "registration none" is no breach of Art. 102; KR–CH 2005 still is', () => {
    const none = (date: string) => pair(date, 'KR', 'CH').replace('  effect on signature\n', '  effect on signature\n  registration none\n');
    assert.deepEqual(only(none('1970-04-28'), 'treaty-registration-none'), []);
    const [later] = only(none('2005-04-28'), 'treaty-registration-none');
    assert.equal(later?.severity, 'error');
  });

  it('near miss: KR–CH 2005: both Members then (KR admitted 17 September 1991: r109 D3)', () => {
    const [finding] = only(pair('2005-04-28', 'KR', 'CH'), 'missing-registration');
    assert.match(finding.message, /KR, CH were UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.doesNotMatch(finding.message, /binds KR if/u);
  });

  it('near miss: ID–CH 2005: CH a Member then; for ID, admission date not read, the condition', () => {
    const [finding] = only(pair('2005-04-28', 'ID', 'CH'), 'missing-registration');
    assert.match(finding.message, /CH was a UN Member on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.match(finding.message, /Art\. 102 of the UN Charter binds ID if it was a UN Member when it entered into the treaty\./u);
  });

  it('near miss: signed before admission, consent undated: the condition, not an assertion', () => {
    const [finding] = only(pair('2001-04-28', 'NL', 'CH', 'effect 30 days after last notification'), 'missing-registration');
    assert.match(finding.message, /NL was a UN Member on entering into the treaty/u);
    assert.match(finding.message, /binds CH if it was a UN Member when it entered into the treaty/u);
  });

  it('near miss: a draft names today’s Members', () => {
    const draft = 'treaty "Agreement" {\n  effect on signature\n}\nparty KR "Korea" { kind state jurisdiction KR }\nparty CH "Switzerland" { kind state jurisdiction CH }\n';
    assert.match(only(draft, 'missing-registration')[0].message, /KR, CH are UN Members, so Art\. 102 of the UN Charter applies\./u);
  });
});

describe('eighty-fourth run, defect 4: a preamble that names the agreement the parties act under', () => {
  it('Benelux–Korea 1970: the note quotes it and asks only about the rest, at info', () => {
    const [finding] = only(benelux, 'missing-relation-to-other-obligations');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^The treaty is not silent on every other agreement: its preamble names the agreement under which the parties act \("acting jointly under the Agreement between the Kingdom of Belgium/u);
    assert.match(finding.message, /beyond that agreement, it does not say how it relates to the parties’ other obligations/u);
  });

  it('near miss: a preamble that only mentions another agreement is silent as before', () => {
    const text = replaced(benelux, 'acting jointly under the Agreement', 'acting jointly, having regard to the Agreement');
    assert.match(only(text, 'missing-relation-to-other-obligations')[0].message, /^The treaty does not say how it relates/u);
  });
});
