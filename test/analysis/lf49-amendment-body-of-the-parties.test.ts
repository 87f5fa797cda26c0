/**
 * lr27, D6: "of the Parties" or "of each Party" anywhere in the sentence made a joint body's internal
 * procedures the Parties' own, so `treaty-amendment-by-decision` fell silent on "the Joint Committee of
 * the Parties, adopted in accordance with its internal procedures" (probe am7) and on "the Joint
 * Committee, composed of representatives of each Party, in accordance with its internal procedures"
 * (am9). Those words name the body; the procedures are the Parties' only where the words qualify the
 * procedures themselves. Near misses: "the internal procedures of each Party" and "each Party's
 * internal procedures" still clear it.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

/** The lr27 probes am1–am9: a ratified treaty amended by decision of the Joint Committee, with an amendment clause in `words`. */
const probe = (words: string) =>
  `treaty "Agreement on technical cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n  amendment by decision of the Joint Committee\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty IN "The Government of the Republic of India" { kind government jurisdiction IN }\nclause Amend "Article 8" about amendment """\n  ${words}\n"""\n`;
const byDecision = (words: string) => diagnose(probe(words), { settings: { profile: 'treaty-review' } }).filter((d) => d.code === 'treaty-amendment-by-decision');

describe('treaty-amendment-by-decision: a body "of the Parties" keeps its own procedures (lr27 D6)', () => {
  it('am7: "the Joint Committee of the Parties, adopted in accordance with its internal procedures" keeps the warning', () => {
    const [d, ...rest] = byDecision('The Annexes may be amended by decision of the Joint Committee of the Parties, adopted in accordance with its internal procedures.');
    assert.deepEqual(rest, []);
    assert.equal(d?.severity, 'warning');
  });

  it('am9: "composed of representatives of each Party, in accordance with its internal procedures" keeps it', () => {
    assert.equal(byDecision('The Annexes may be amended by decision of the Joint Committee, composed of representatives of each Party, in accordance with its internal procedures.').length, 1);
  });

  describe('near misses: procedures the words make each Party’s still clear it', () => {
    for (const words of [
      'The Annexes may be amended by decision of the Joint Committee, subject to the completion of the internal procedures of each Party.',
      'The Annexes may be amended by decision of the Joint Committee of the Parties, subject to the completion of the internal procedures required in each Party.',
      'The Annexes may be amended by decision of the Joint Committee, subject to the completion of each Party’s internal procedures.',
      'The Annexes may be amended by decision of the Joint Committee, adopted in accordance with their internal procedures.',
    ]) {
      it(words, () => assert.deepEqual(byDecision(words), []));
    }
  });
});
