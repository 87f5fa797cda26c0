/**
 * `missing-costs` where the only payments a text allocates are an arbitration's (closing note of issue
 * 11, "Known and left": "missing-costs after an arbitrators' sentence still quotes "bear the cost" as an
 * allocation the text makes"). NL–Singapore 1972 Art. XV(8) (read: BWBV0003393): "Each Contracting
 * Party shall bear the cost of its own arbitrator and of its representatives in the arbitral
 * proceedings. The cost of the chairman and the remaining costs shall be borne in equal parts by the
 * Contracting Parties." NL–Sudan 1970 Art. XVII(7) (read: BWBV0004242): "Each Contracting Party shall
 * bear the costs of its own arbitrator and of its counsel in the arbitral proceedings; …". Those are
 * the tribunal's costs, not the Joint Committee's or the Mixed Commission's: the finding stays, quotes
 * them as a dispute's, and no longer says "The text already allocates some payments ("bear the
 * cost")". The transcriptions tag those articles `about disputes, costs`, which answers the check; the
 * tests read them as a transcriber who left the tag at `disputes` would have written them.
 *
 * Near misses: a payment of the cooperation beside the arbitration's is still quoted as one, and a
 * sentence that says who bears the cooperation's costs still answers the check.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { draftOf, repoText } from '../../helpers/fix-review';

const costs = (text: string) => diagnose(text).filter((d) => d.code === 'missing-costs');
/** A transcription with its arbitration article tagged `about disputes` only. */
const untagged = (path: string) => {
  const text = repoText(path);
  const without = text.replace(/about disputes, costs """/u, 'about disputes """');
  assert.notEqual(without, text, `${path}: the arbitration article's tag`);
  return without;
};
const singapore = 'test/real-instruments/nl-singapore-economic-cooperation-1972.entente';
const sudan = 'test/real-instruments/nl-sudan-economic-cooperation-1970.entente';

describe('le48: missing-costs does not quote an arbitration\'s costs as payments of the cooperation', () => {
  it('NL–Singapore 1972: the arbitrators\' sentence is quoted as the dispute\'s; a note on the signed text', () => {
    const [finding, ...rest] = costs(untagged(singapore));
    assert.equal(rest.length, 0);
    assert.equal(finding?.severity, 'info');
    assert.doesNotMatch(finding.message, /already allocates/u);
    assert.match(
      finding.message,
      /^The text says who pays only for the settlement of a dispute or legal proceedings \("Each Contracting Party shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings"\), not who bears the costs of the meetings of body JointCommittee\. The text is concluded/u,
    );
  });

  it('NL–Sudan 1970: the same, with the share after a semicolon', () => {
    const [finding] = costs(untagged(sudan));
    assert.doesNotMatch(finding?.message ?? '', /already allocates/u);
    assert.match(finding.message, /only for the settlement of a dispute or legal proceedings \("Each Contracting Party shall bear the costs of its own arbitrator and of its counsel in the arbitral proceedings"\), not who bears the costs of the meetings of body MixedCommission/u);
  });

  it('as a draft: still a warning that asks for a costs clause beside the arbitration\'s', () => {
    const [finding] = costs(draftOf(untagged(singapore)));
    assert.equal(finding?.severity, 'warning');
    assert.match(finding.message, /: say so in a clause about costs \(each of the Parties bears its own costs, or a cost share\), in terms that leave a dispute's costs as the text allocates them/u);
  });

  it('the transcriptions as written: the tagged article answers the check, as before', () => {
    assert.deepEqual(costs(repoText(singapore)), []);
    assert.deepEqual(costs(repoText(sudan)), []);
  });

  it('a sentence that goes on with the tribunal\'s costs is the dispute\'s too ("The cost of the chairman …" after the arbitrators\')', () => {
    const text = untagged(singapore).replace(
      'The cost of the chairman and the remaining costs shall be borne in equal parts by the Contracting Parties.',
      'The cost of the chairman shall be shared equally between the Contracting Parties.',
    );
    const [finding] = costs(text);
    assert.doesNotMatch(finding?.message ?? '', /already allocates/u);
    assert.match(finding.message, /\("Each Contracting Party shall bear the cost of its own arbitrator [^"]*" and "The cost of the chairman shall be shared equally between the Contracting Parties"\)/u);
  });

  describe('near misses', () => {
    it('a payment of the cooperation beside the arbitration\'s is quoted, and the arbitration\'s is not', () => {
      const text = untagged(singapore).replace(
        /^clause ArtXVI "Article XVI" """\n/mu,
        'clause Travel "Article XV bis" """\n  The travel expenses of the members of the Joint Committee shall be refunded by the host Contracting Party.\n"""\n\nclause ArtXVI "Article XVI" """\n',
      );
      const [finding] = costs(text);
      assert.match(finding?.message ?? '', /^The text already allocates some payments \("refunded"\) but not who bears the costs of the meetings of body JointCommittee\./u);
      assert.doesNotMatch(finding.message, /arbitrator/u);
    });

    it('a sentence that says who bears the cooperation\'s costs answers the check, the arbitration\'s beside it', () => {
      const text = untagged(singapore).replace(
        /^clause ArtXVI "Article XVI" """\n/mu,
        'clause Costs "Article XV bis" """\n  Each Contracting Party shall bear its own costs of the meetings of the Joint Committee.\n"""\n\nclause ArtXVI "Article XVI" """\n',
      );
      assert.deepEqual(costs(text), []);
    });
  });
});
