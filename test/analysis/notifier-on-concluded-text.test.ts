/**
 * The sixty-fifth real-instrument run, item 4: notifier-not-a-party was a warning on MARPOL 1973,
 * a concluded text whose own words put the duty to report on "the Master or other person having
 * charge of any ship involved in an incident" (Protocol I Art. I(1), BWBV0003241) and oblige the
 * Parties to give it effect ("Parties … shall issue, or cause to be issued, regulations or
 * instructions", Art. V(2)). On a signed text the words stand as signed: the finding is a note on
 * their reading, under every profile. Near miss: the same words in a draft stay a warning (never
 * an error). The citation for a private actor stays VCLT Art. 26 ("Every treaty in force is
 * binding upon the parties to it"): Art. 34 is on third States, and a private person is none
 * (Art. 2(1)(h)).
 */
import assert from 'node:assert/strict';
import { draftOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const marpol = repoText('test/real-instruments/marpol-1973.entente');
const notifier = (text: string, profile?: 'strict' | 'treaty-review') =>
  diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'notifier-not-a-party');

describe('notifier-not-a-party on a concluded text', () => {
  for (const profile of [undefined, 'treaty-review', 'strict'] as const) {
    it(`MARPOL 1973, the Master named by the text: info${profile ? ` under ${profile}` : ''}`, () => {
      const [finding, ...rest] = notifier(marpol, profile);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /names a private actor as the one who notifies; only a party is bound \(VCLT Art\. 26/);
      assert.doesNotMatch(finding.message, /Art\. 34/);
      assert.match(finding.message, /where the text itself names the private actor, a Party binds it only through its own law/);
    });
  }

  it('near miss: the same words in a draft stay a warning, and strict makes them no error', () => {
    const draft = draftOf(marpol);
    assert.equal(notifier(draft)[0]?.severity, 'warning');
    assert.equal(notifier(draft, 'strict')[0]?.severity, 'warning');
  });
});
