/**
 * HUNDRED-AND-TWENTIETH-RUN.md defect 4: on the NL–UN and ten organisations technical assistance
 * Agreement (1967; BWBV0004484) `undefined-term` read as an undefined term the words of Art. II(1):
 * "the provisions set forth in Annex I to Resolution 222 A (IX) of the Economic and Social Council
 * under the heading “Participation of Requesting Governments”" — the heading of a part of a cited
 * resolution, quoted as a heading, no term of the Agreement. "headed “…”" and "captioned “…”" read
 * the same. Near misses: the same words quoted without the heading, used as the text's own term, are
 * still reported; "headed by the “…”" says who leads and is no heading.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';
import { replaced } from '../../helpers/replaced-once';

const code = 'undefined-term';
const agreement = repoText('test/real-instruments/nl-un-organizations-technical-assistance-1967.entente');
const heading = 'under the heading "Participation of Requesting Governments".';
const terms = (text: string) => findingsOf(text, code).map((d) => /^"([^"]+)"/u.exec(d.message ?? '')?.[1]);

const draft = (words: string) => `treaty "Agreement" {
  status binding
}
party AA "State A" { kind state }
party BB "State B" { kind state }
clause Art1 "Article 1" """
  ${words}
"""
`;
const draftTerms = (words: string) => diagnose(draft(words)).filter((d) => d.code === code).map((d) => /^"([^"]+)"/u.exec(d.message ?? '')?.[1]);

describe('rf120 D4: a heading quoted as a heading is no undefined term', () => {
  it('NL–UN organisations 1967, Art. II(1): "under the heading “Participation of Requesting Governments”" — no finding', () => {
    assert.ok(agreement.includes(heading));
    assert.deepEqual(terms(agreement), []);
  });

  it('"headed “…”", "captioned “…”", "its heading “…”" in a draft: no finding', () => {
    for (const words of [
      'The Parties shall apply the provisions of Annex I to the Resolution headed "Participation of Requesting Governments".',
      'The Parties shall apply the section of the Guidelines captioned "Participation of Requesting Governments".',
      'The Parties shall apply Chapter 2 of the Guidelines and its heading "Participation of Requesting Governments".',
    ]) assert.deepEqual(draftTerms(words), [], words);
  });

  it('near miss: the same words used as the text\'s own term, with no heading, are still reported', () => {
    const used = replaced(agreement, heading, 'on "Participation of Requesting Governments".');
    assert.deepEqual(terms(used), ['Participation of Requesting Governments']);
    assert.deepEqual(draftTerms('The Parties shall ensure the "Participation of Requesting Governments" in every project.'), ['Participation of Requesting Governments']);
  });

  it('near miss: "headed by the “…”" names who leads, not a heading', () => {
    assert.deepEqual(draftTerms('Each delegation shall be headed by the "Senior Liaison Officer".'), ['Senior Liaison Officer']);
  });
});
