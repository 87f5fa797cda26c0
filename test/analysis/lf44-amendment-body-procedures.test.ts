/**
 * lr26, D12: `treaty-amendment-by-decision` fell silent on "The Annexes to this Agreement may be amended
 * by decision of the Joint Committee, adopted in accordance with its internal procedures": the
 * Committee's internal procedures (its rules of procedure) were read as each Party's own act. The
 * procedures now count only where the words make them the Parties' (the Governments notify each other
 * of them, "their", "of each Party"), as in the cited models (NL–India 1983 Art. 8, BWBV0002676;
 * NL–Bhutan 1994 Art. VII(5), BWBV0001235). Near misses: the models' words, "their internal
 * procedures" and "constitutional requirements" still clear it.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

/** The lr26 probe amend.entente: a ratified treaty amended by decision of the Joint Committee, with an amendment clause in `words`. */
const probe = (words: string) =>
  `treaty "Agreement on technical cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n  amendment by decision of the Joint Committee\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty IN "The Government of the Republic of India" { kind government jurisdiction IN }\nclause Amend "Article 8" about amendment """\n  ${words}\n"""\n`;
const byDecision = (words: string) => diagnose(probe(words), { settings: { profile: 'treaty-review' } }).filter((d) => d.code === 'treaty-amendment-by-decision');

describe('treaty-amendment-by-decision: a joint body’s internal procedures are no act of a Party (lr26 D12)', () => {
  it('the probe: "adopted in accordance with its internal procedures" keeps the warning', () => {
    const [d, ...rest] = byDecision('The Annexes to this Agreement may be amended by decision of the Joint Committee, adopted in accordance with its internal procedures.');
    assert.deepEqual(rest, []);
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /decision of the Joint Committee/u);
  });

  it('the Committee’s necessary procedures, with nobody notifying, keep it too', () => {
    assert.equal(byDecision('The Annexes may be amended by decision of the Joint Committee once the necessary procedures have been completed.').length, 1);
  });

  describe('near misses: the Parties’ own procedures still clear it', () => {
    for (const words of [
      'The Annexes may be amended by decision of the Joint Committee, which shall take effect on the date on which the two Governments have notified each other in writing that the required procedures have been fulfilled.',
      'The Annexes may be amended by decision of the Joint Committee. Amendments shall take effect on the date on which the two Governments have given each other written notification that the legally required procedures have been fulfilled.',
      'The Annexes may be amended by decision of the Joint Committee, subject to the completion of their internal procedures.',
      'The Annexes may be amended by decision of the Joint Committee, subject to the constitutional requirements of the Parties.',
    ]) {
      it(words, () => assert.deepEqual(byDecision(words), []));
    }
  });
});
