/**
 * The costs notes name what the text's body does and only the answers the text provides for
 * (EIGHTIETH-RUN.md defect 3, CPT 1987, BWBV0002785): the Committee "shall, by means of visits,
 * examine the treatment of persons deprived of their liberty" (Art. 1) and "shall meet in camera"
 * (Art. 6(1)), so its costs are those of its meetings and visits; the CPT has no meeting of the
 * Parties, so "the financial arrangements … the Parties decide at their meeting" is not offered; and
 * Art. 6(3) is cited as the text numbers it ("Article 6"), not by the transcription's id ("Art6").
 * Near misses: Istanbul's Committee of the Parties keeps the Parties' decision; a body whose words
 * say nothing of visits keeps "the meetings"; a body that only visits is named by its visits.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, wholeText } from '../helpers/fix-review';

const costs = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-costs');
const cpt = wholeText('test/real-instruments/coe-cpt-torture-prevention-1987.entente');

const convention = (body: string, clause = '') => `treaty "Convention on Inspections" {
  status binding
  done at "Geneva" on 2001-03-01 in single copy deposited with "the Secretary-General of the United Nations"
  opened for signature
  consent by ratification
}
party States "The States Parties" {
  kind state
  class open
}
${body}
${clause}`;

describe('missing-costs names what the body does, and only the answers the text provides for (r80 defect 3)', () => {
  it('CPT: the meetings and visits of the Committee, the Council of Europe secretariat cited as "Article 6", no meeting of the Parties', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const [finding] = costs(cpt, profile);
      assert.equal(finding?.severity, 'info', String(profile));
      assert.match(
        finding.message,
        /^Say who bears the costs of the meetings and visits of body Committee: in a multilateral convention the usual answer is the budget of the organisation that provides the secretariat \(here "The Secretariat of the Committee shall be provided by the Secretary General of the Council of Europe" \(Article 6\)\)\. The text is concluded/,
      );
      assert.match(finding.message, /\(the budget of the organisation that provides the secretariat\); record it in a later agreement only if it does not settle it\.$/);
      assert.doesNotMatch(finding.message, /\(Art6\)|at their meeting|decision of the Parties/);
      // Its members serve in their individual capacity and the Parties do not meet: no delegations (lr17's wording point applies where they do).
      assert.doesNotMatch(finding.message, /own delegation/);
    }
  });

  it('the CPT as a draft: the same answers, and a clause saying which', () => {
    const [finding] = costs(draftOf(cpt));
    assert.equal(finding?.severity, 'warning');
    assert.match(finding.message, /the meetings and visits of body Committee: in a multilateral convention the usual answer is the budget of the organisation that provides the secretariat/);
    assert.doesNotMatch(finding.message, /at their meeting/);
  });

  it('near miss: a body of the Parties in the text keeps their decision among the answers', () => {
    const [finding] = costs(convention('body COP "Conference of the Parties" members States meets annually'));
    assert.match(finding?.message ?? '', /the meetings of body COP: in a multilateral convention the usual answers are the budget of the organisation that convenes the meetings or provides the secretariat, or the financial arrangements \(financial rules, a budget, a trust fund\) the Parties decide at their meeting\./);
  });

  it('near miss: with no organisation and no meeting of the Parties, both usual answers in general terms; a body that only visits is named by its visits', () => {
    const [finding] = costs(convention('body Team "Inspection Team" mandate "The Team shall carry out visits to the places designated by each State Party."'));
    assert.match(finding?.message ?? '', /^Say who bears the costs of the visits of body Team: in a multilateral convention the usual answers are the budget of the organisation that convenes the meetings or provides the secretariat, or financial arrangements the Parties agree among themselves\./);
    assert.match(finding.message, /\(the budget of the organisation that convenes the meetings or provides the secretariat, or an agreement of the Parties on the financial arrangements\); record it in a later agreement only if neither settles it\.$/);
  });

  it('near miss: a body whose words say nothing of visits keeps "the meetings"; a heading without a number is quoted whole', () => {
    const clause = 'clause Secretariat "Secretariat" """\n  The secretariat of the Board shall be provided by the United Nations.\n"""';
    const [finding] = costs(convention('body Board "Board" members States', clause));
    assert.match(finding?.message ?? '', /^Say who bears the costs of the meetings of body Board: in a multilateral convention the usual answer is the budget of the organisation that provides the secretariat \(here "The secretariat of the Board shall be provided by the United Nations" \(Secretariat\)\)\./);
  });
});
