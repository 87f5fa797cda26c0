/**
 * `missing-costs` on a concluded text is a note under every profile (NINETY-THIRD-RUN.md defect 1;
 * NINETIETH-RUN.md defect 1 and NINETY-FIRST-RUN.md defect 2 on the same rule): the Netherlands–Oman
 * Agreement of 1987 (BWBV0002678) sets up a Joint Committee that meets "alternately in the Sultanate of
 * Oman and the Kingdom of the Netherlands" (Art. 5) and says nothing on who pays. Nothing can be added
 * to the signed text, and without an allocation each side in practice bears what it spends: the finding says so
 * and stays, at info, as missing-amendment and missing-dispute-settlement do on the same text. Near
 * misses: the same text as a draft keeps the warning (an error under `strict`); a reviewer who names
 * the rule in the settings still decides its severity.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, wholeText } from '../helpers/fix-review';

const code = 'missing-costs';
const oman = wholeText('test/real-instruments/nl-om-economic-technological-cooperation-1987.entente');
const costs = (text: string, settings: Record<string, unknown> = {}) => diagnose(text, { settings }).filter((d) => d.code === code);
const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'];

const exercises = (done: string) => `memorandum "MoU on exercises" {
  status non-binding
  ${done}
}
participant EE "Estonia"
participant FI "Finland"
exercise Shield annually led by EE
`;

describe('missing-costs on a concluded text: a note under every profile (r93 defect 1)', () => {
  it('NL–Oman 1987: info under every profile, with the message that says what can still be done beside the text', () => {
    for (const profile of profiles) {
      const found = costs(oman, profile ? { profile } : {});
      assert.equal(found.length, 1, String(profile));
      assert.equal(found[0].severity, 'info', String(profile));
      // lr21, D5: no "add a clause" on the signed text; an allocation elsewhere is cited; the default with its reservation.
      assert.match(found[0].message, /^The text does not say who bears the costs of the meetings of body JointCommittee\. The text is concluded \(the signature date is 1987-09-19\): nothing is to be added to the signed text\. If another instrument allocates these costs \(an implementing arrangement, a protocol, an exchange of notes\), cite it in the review of this text; if an allocation is still wanted, the Parties can agree it in a later one\. Otherwise, unless the Parties have agreed otherwise elsewhere, in practice each usually bears what it spends, and the host of a meeting the cost of hosting it\.$/);
      assert.doesNotMatch(found[0].message, /add a clause/);
    }
  });

  it('the same amendment and disputes findings are notes there too (one level for the silences the law fills)', () => {
    const all = diagnose(oman, {}).filter((d) => ['missing-amendment', 'missing-dispute-settlement', 'missing-costs'].includes(d.code));
    assert.deepEqual(all.map((d) => `${d.code} ${d.severity}`).sort(), ['missing-amendment info', 'missing-costs info', 'missing-dispute-settlement info']);
  });

  it('near miss: the same text as a draft keeps the warning, an error under strict', () => {
    assert.equal(costs(draftOf(oman))[0]?.severity, 'warning');
    assert.equal(costs(draftOf(oman), { profile: 'strict' })[0]?.severity, 'error');
  });

  it('near miss: an undated memorandum with an exercise is a draft: a warning; signed, a note', () => {
    assert.equal(costs(exercises(''))[0]?.severity, 'warning');
    assert.equal(costs(exercises('done at "Tallinn" on 2019-05-01'))[0]?.severity, 'info');
  });

  it('near miss: a reviewer who names the rule decides its severity on a concluded text', () => {
    assert.equal(costs(oman, { rules: { [code]: 'warning' } })[0]?.severity, 'warning');
  });
});
