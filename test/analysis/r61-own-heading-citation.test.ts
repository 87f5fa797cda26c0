/**
 * Sixty-first run, defect 1: undefined-term and a heading of the text's own provision cited with
 * its number.
 *
 * NL–UK Mutual Agreement on Art. 25(5) arbitration 2008 (BWBV0003400), para. 18: "except for the
 * purposes of paragraphs 8 “Communication of information and confidentiality” and 13 “Costs”",
 * where paragraph 13 is headed "13. Costs": a cross-reference, not a term. The heading is written
 * with its number, so it is compared without it, and only where the number before the quotation is
 * that clause's. Near misses: the same words quoted with no number, or after another number, or
 * where no clause is so headed, are still terms.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const text = (heading: string, citing: string) => `mou "Arbitration Arrangement" {
  status non-binding
}

party NL "Netherlands" {
  kind government-agency
  jurisdiction NL
}

party GB "United Kingdom" {
  kind government-agency
  jurisdiction GB
}

clause P13 "${heading}" """
  Each Participant will bear its own costs.
"""

clause P18 "18. Final decision" """
  ${citing}
"""
`;

const terms = (t: string) => diagnose(t).filter((d) => d.code === 'undefined-term').map((d) => /^"([^"]+)"/u.exec(d.message ?? '')?.[1]);

describe('r61, defect 1: a quoted heading of the text\'s own numbered provision is not a term', () => {
  const cited = 'The decision is final, except for the purposes of paragraphs 8 and 13 “Costs”.';
  for (const heading of ['13. Costs', 'Article 13 – Costs', 'Paragraph 13: Costs', '13 Costs', 'Costs']) {
    it(`heading "${heading}": not reported`, () => {
      assert.deepEqual(terms(text(heading, cited)), []);
    });
  }

  it('"Article 13 (“Costs”)" and "paragraph 13, “Costs”": not reported', () => {
    assert.deepEqual(terms(text('Article 13 – Costs', 'The decision is final, except for Article 13 (“Costs”).')), []);
    assert.deepEqual(terms(text('13. Costs', 'The decision is final, except for paragraph 13, “Costs”.')), []);
  });

  it('near misses: no number, another number, another heading — still a term', () => {
    assert.deepEqual(terms(text('13. Costs', 'The decision is final, except for the “Costs”.')), ['Costs']);
    assert.deepEqual(terms(text('13. Costs', 'The decision is final, except for paragraph 12 “Costs”.')), ['Costs']);
    assert.deepEqual(terms(text('13. Expenses', 'The decision is final, except for paragraph 13 “Costs”.')), ['Costs']);
  });
});
