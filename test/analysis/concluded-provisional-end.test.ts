/**
 * `provisional-application-end` on a concluded text (EIGHTIETH-RUN.md defect 4, NL–US Weapons
 * Production notes 1960, BWBV0005257: "the parties to the present Agreement shall apply its
 * provisions from the date of Your Excellency's reply", with no stated end): a signed text takes no
 * clause on how provisional application ends, so the finding states the default rule (VCLT
 * Art. 25(2), read: BWBV0003441) as the law where the text is silent, says nothing is to be changed,
 * and stays a note under every profile. Near misses: the same text as a draft still asks the
 * drafter to say how it may end, and `strict` still makes that a warning; a stated end is not reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, wholeText } from '../helpers/fix-review';

const code = 'provisional-application-end';
const found = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const notes = wholeText('test/real-instruments/nl-us-weapons-production-notes-1960.entente');

const treaty = (dated: boolean, provisional = 'provisional application on signature') => `treaty "Agreement" {
  status binding
  ${dated ? 'done at "The Hague" on 2015-04-01 in duplicate' : ''}
  effect on first day of second month after last notification
  ${provisional}
}
party AA "State A" { kind state }
party BB "State B" { kind state }
`;

describe('provisional-application-end on a concluded text: the default rule, nothing to change (r80 defect 4)', () => {
  it('NL–US 1960 notes: a note under every profile that states the rule and says nothing is to be changed', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const [finding] = found(notes, profile);
      assert.equal(finding?.severity, 'info', String(profile));
      assert.match(finding.message, /^Provisional application ends on entry into force, and the text states no earlier end, so the default rule governs: it is terminated for a Party that notifies the others of its intention not to become a party, with no notice period \(VCLT Art\. 25\(2\), only so far as it states customary law/);
      assert.match(finding.message, /The text is concluded \(the date of the reply is 1960-03-24\): nothing in it is to be changed, and no clause is missing/);
      assert.doesNotMatch(finding.message, /say whether a Party may end it earlier/);
    }
  });

  it('a signed treaty of 2015: the same note, under strict too', () => {
    const [finding] = found(treaty(true), 'strict');
    assert.equal(finding?.severity, 'info');
    assert.match(finding.message, /nothing in it is to be changed/);
  });

  it('near miss: the same treaty as a draft asks how it may end, and strict makes that a warning', () => {
    const [finding] = found(treaty(false), 'strict');
    assert.equal(finding?.severity, 'warning');
    assert.match(finding.message, /say whether a Party may end it earlier and how/);
    assert.equal(found(treaty(false))[0]?.severity, 'info');
    const [draft] = found(draftOf(notes), 'strict');
    assert.match(draft?.message ?? '', /say whether a Party may end it earlier and how/);
  });

  it('near miss: a stated end (a notice period) is not reported, signed or not', () => {
    assert.deepEqual(found(treaty(true, 'provisional application on signature with notice of 30 days')), []);
    assert.deepEqual(found(treaty(false, 'provisional application on signature with notice of 30 days')), []);
  });
});
