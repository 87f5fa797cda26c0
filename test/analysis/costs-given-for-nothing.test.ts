/**
 * `missing-costs` on a text that allocates its costs in words other than a costs clause
 * (EIGHTIETH-RUN.md defect 1, NL–US Weapons Production notes 1960, BWBV0005257): "will furnish
 * without cost … and will grant … a royalty-free license" (para. 7) is what one Party gives the
 * other for nothing, a cost it bears; "supplementary arrangements …, which will set forth the
 * nature and amounts of the contributions to be made by each Government" (para. 8) leaves the
 * allocation to the arrangements that carry the programme out; and "without the payment of
 * royalties or other compensation to others" (para. 7) is a condition of the licence, not a payment
 * between the Governments, and is not quoted as one. Near misses: a transfer its words leave
 * unpaid, a compensation the sentence does not rule out, a sentence that only welcomes contributions.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const code = 'missing-costs';
const costs = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'];

const agreement = (transfer: string, extra = '') => `treaty "Agreement on Defence Production" {
  status binding
}
party AA "State A" { kind state }
party BB "State B" { kind state }
technology-transfer Know from AA to BB {
  intellectual property """
    ${transfer}
  """
}
${extra}`;

const licenceCondition = 'State A will grant to State B a licence on inventions made under this Agreement, to the extent to which State A has the right so to do without the payment of royalties or other compensation to others.';

describe('missing-costs: costs given for nothing, contributions left to supplementary arrangements (r80 defect 1)', () => {
  it('NL–US 1960 notes: no finding under any profile', () => {
    const text = wholeText('test/real-instruments/nl-us-weapons-production-notes-1960.entente');
    for (const profile of profiles) assert.deepEqual(costs(text, profile), [], String(profile));
  });

  it('a transfer its own words give "without cost", or under a "royalty-free license", is allocated', () => {
    assert.deepEqual(costs(agreement('State A will furnish without cost to State B the technical information developed under this Agreement.')), []);
    assert.deepEqual(costs(agreement('State A will grant to State B a royalty-free license on inventions made under this Agreement.')), []);
    assert.deepEqual(costs(agreement('State A will provide the documentation free of charge.')), []);
  });

  it('contributions of each Government left to supplementary arrangements are the costs mechanism', () => {
    const clause = 'clause Projects "Projects" """\n  The two Governments will enter into supplementary arrangements covering the specific projects involved, which will set forth the nature and amounts of the contributions to be made by each Government.\n"""\n';
    assert.deepEqual(costs(agreement('State A will transfer the production know-how.', clause)), []);
    assert.deepEqual(costs(`${agreement('State A will transfer the production know-how.')}exercise Drill annually led by AA\n${clause}`), []);
  });

  it('near miss: a transfer whose words say nothing of its cost keeps the warning', () => {
    const [finding] = costs(agreement('State A will transfer the production know-how.'));
    assert.equal(finding?.severity, 'warning');
    assert.match(finding.message, /^Say who bears the costs of technology-transfer Know: add a clause about costs/);
  });

  it('near miss: "not free of charge" does not give it for nothing', () => {
    assert.equal(costs(agreement('The documentation is not free of charge.')).length, 1);
  });

  it('near miss: compensation ruled out "to others" is not quoted as a payment between the signatories, and the cost stays open', () => {
    const [finding] = costs(agreement(licenceCondition));
    assert.equal(finding?.severity, 'warning');
    assert.doesNotMatch(finding.message, /already allocates|"compensation"/);
    assert.match(finding.message, /^Say who bears the costs of technology-transfer Know: add a clause about costs/);
  });

  it('near miss: compensation one Party owes the other is still quoted', () => {
    const [finding] = costs(agreement('State A will transfer the production know-how.', 'clause Loss "Loss" """\n  State B shall owe State A compensation for any equipment lost in the transfer.\n"""\n'));
    assert.match(finding?.message ?? '', /The text already allocates some payments \("compensation"\)/);
  });

  it('near miss: contributions only welcomed, not left to arrangements, settle nothing', () => {
    const clause = 'clause Thanks "Thanks" """\n  The Parties welcome the contributions of each Party to the work of NATO.\n"""\n';
    assert.equal(costs(agreement('State A will transfer the production know-how.', clause)).length, 1);
  });
});
