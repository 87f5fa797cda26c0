/**
 * `missing-costs` on an open multilateral convention whose only costly things are its bodies'
 * meetings (SEVENTY-THIRD-RUN.md defect 3, Istanbul Convention Art. 67(2); SEVENTY-FOURTH-RUN.md
 * defect 2, Protocol on Water and Health Art. 17(1)): the message names the usual answers (the
 * convening organisation's budget, the Parties' decision on financial arrangements) and quotes
 * what ties the meetings to an organisation; on the concluded text it is a note under every
 * profile, on a draft a warning that asks for a clause saying which. Near misses: a bilateral
 * agreement, a closed three-State agreement and a convention that also sets up an exercise keep
 * the ordinary finding.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, wholeText } from '../helpers/fix-review';

const code = 'missing-costs';
const real = (name: string) => wholeText(`test/real-instruments/${name}.entente`);
const istanbul = real('istanbul-convention-2011');
const water = real('water-health-protocol-1999');
const costs = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'];

const small = (parties: string, extra = '') => `treaty "Agreement on Cooperation" {
  status binding
  done at "The Hague" on 2010-05-01 in duplicate
}
${parties}
body JointCommittee "Joint Committee" members AA, BB meets annually
${extra}`;
const two = 'party AA "State A" { kind state }\nparty BB "State B" { kind state }';
const three = `${two}\nparty CC "State C" { kind state }`;

describe('missing-costs on the bodies of an open multilateral convention (r73 defect 3, r74 defect 2)', () => {
  it('Istanbul: a note under every profile, naming the Council of Europe tie (Art. 67(2)) and the usual answers, no default', () => {
    for (const profile of profiles) {
      const [finding] = costs(istanbul, profile);
      assert.equal(finding.severity, 'info', String(profile));
      assert.match(
        finding.message,
        /^Say who bears the costs of the meetings and visits of body GREVIO and the meetings of body CommitteeOfTheParties: in a multilateral convention the usual answers are the budget of the organisation that convenes the meetings \(here "The Committee of the Parties shall be convened by the Secretary General of the Council of Europe" \(Article 67\)\), or the financial arrangements \(financial rules, a budget, a trust fund\) the Parties decide at their meeting\. The text is concluded/,
      );
      assert.doesNotMatch(finding.message, /each then bears|cost share|Add a clause/);
      assert.deepEqual(finding.fixes, []);
    }
  });

  it('Water and Health: a note, quoting the secretariat of the ECE and WHO (Art. 17(1)) up to its list', () => {
    const [finding] = costs(water);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /\(here "The Executive Secretary of the Economic Commission for Europe and the Regional Director of the Regional Office for Europe of the World Health Organization shall carry out the following secretariat functions for this Protocol" \(Article 17\)\)/);
    assert.match(finding.message, /record it in a later agreement only if neither settles it\.$/);
    // The delegations' own participation, as the draft message names it (treaty lawyer lr17, wording point).
    assert.match(finding.message, /the costs of each Party's own delegation, such as its travel, that Party bears in practice\)/);
  });

  it('the same convention as a draft: a warning that asks for a clause saying which (Budapest Art. 46(4)) or each Party its own', () => {
    const [finding] = costs(draftOf(istanbul));
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /Add a clause saying which \("Except where assumed by the Council of Europe, expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in the manner to be determined by them", Budapest Convention Art\. 46\(4\)\), or that each of the Parties bears its own costs\.$/);
  });

  it('near miss: a concluded bilateral agreement with a joint committee, silent on costs, keeps the ordinary message (a note there, as every concluded text: ninety-third run, defect 1)', () => {
    const [finding] = costs(small(two));
    assert.equal(finding.severity, 'info');
    assert.equal(
      finding.message,
      // lr21, D5: on the signed text no clause is asked for, and the default is said with its reservation.
      'The text does not say who bears the costs of the meetings of body JointCommittee. The text is concluded (the signature date is 2010-05-01): nothing is to be added to the signed text. If another instrument allocates these costs (an implementing arrangement, a protocol, an exchange of notes), cite it in the review of this text; if an allocation is still wanted, the Parties can agree it in a later one. Otherwise, unless the Parties have agreed otherwise elsewhere, in practice each usually bears what it spends, and the host of a meeting the cost of hosting it.',
    );
  });

  it('near miss: a closed agreement of three States keeps it too, a warning on the draft', () => {
    const [finding] = costs(small(three));
    assert.equal(finding.severity, 'info');
    assert.equal(costs(draftOf(small(three)))[0]?.severity, 'warning');
    assert.match(finding.message, /^The text does not say who bears the costs of the meetings of body JointCommittee\. .*unless the Parties have agreed otherwise elsewhere, in practice each usually bears what it spends, and the host of a meeting the cost of hosting it\.$/);
    assert.match(costs(draftOf(small(three)))[0]?.message ?? '', /add a clause about costs \(each of the Parties bears its own costs, or a cost share\)/);
  });

  it('near miss: Istanbul with an exercise of the Parties beside its bodies keeps the ordinary message (a warning on the draft)', () => {
    const [finding] = costs(`${istanbul}\nexercise Drill every 12 months led by CoE-Members\n`);
    assert.equal(finding.severity, 'info');
    assert.equal(costs(draftOf(`${istanbul}\nexercise Drill every 12 months led by CoE-Members\n`))[0]?.severity, 'warning');
    assert.match(finding.message, /^The text does not say who bears the costs of exercise Drill, the meetings and visits of body GREVIO and the meetings of body CommitteeOfTheParties\. /);
    assert.match(costs(draftOf(`${istanbul}\nexercise Drill every 12 months led by CoE-Members\n`))[0]?.message ?? '', /^Say who bears the costs of exercise Drill, the meetings and visits of body GREVIO and the meetings of body CommitteeOfTheParties: add a clause about costs/);
  });
});
