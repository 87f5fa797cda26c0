/**
 * treaty lawyer lr20, D6: in "The arrangements referred to in this Protocol, which shall form an
 * integral part of the Agreement, shall be reviewed every five years" the antecedent of "which" is
 * the arrangements, not the Protocol: the name closes a longer noun phrase through a preposition. The
 * reading took the Protocol as part of the Agreement, and `missing-termination` fell to the
 * integral-part note. The relative counts only where the instrument's name stands as a noun phrase
 * of its own: after a verb, or as what a State becomes a Party to ("becoming a Contracting Party to
 * this Additional Protocol, which forms an integral part of the Agreement", Tissue-typing Additional
 * Protocol 1976, Art. 3; BWBV0004846; integral-part-relative.test.ts keeps that reading).
 * The EE–FI protocol is the lr20 probe, made up for it.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const protocol = (article3: string) => `protocol "Additional Protocol to the Agreement on police cooperation" {
  status binding
  languages English authentic
  done at "Tallinn" on 2015-03-01 in duplicate
  consent by ratification
  effect on first day of second month after last notification
  registration article-102
}
party EE "the Republic of Estonia" { kind state jurisdiction EE }
party FI "the Republic of Finland" { kind state jurisdiction FI }
clause Art1 "Article 1" """
  The Parties shall exchange information on cyber incidents through their national contact points.
"""
clause Art3 "Article 3" """
  ${article3}
"""
`;
const codes = (text: string) => diagnose(text).map((d) => `${d.code}:${d.severity}`);

describe('lr20, D6: the antecedent of ", which … an integral part of"', () => {
  for (const phrase of ['The arrangements referred to in this Protocol', 'The amendments contained in this Protocol', 'The measures provided for in this Protocol', 'The procedures set out in this Protocol', 'The cooperation under this Protocol']) {
    it(`"${phrase}, which shall form an integral part of the Agreement, …": said of what precedes, so missing-termination stays a warning`, () => {
      const found = codes(protocol(`${phrase}, which shall form an integral part of the Agreement, shall be reviewed every five years.`));
      assert.ok(found.includes('missing-termination:warning'), found.join());
      assert.ok(!found.some((c) => c.startsWith('integral-part-final-clauses')), found.join());
    });
  }

  it('near miss: the name after a verb ("The Parties consider this Protocol, which shall form …") is the antecedent: the note', () => {
    const found = codes(protocol('The Parties shall apply this Protocol, which shall form an integral part of the Agreement, from its entry into force.'));
    assert.ok(found.some((c) => c.startsWith('integral-part-final-clauses')), found.join());
    assert.ok(!found.includes('missing-termination:warning'), found.join());
  });

  it('near miss: "a Contracting Party to this Protocol, which forms …" (the Tissue-typing form) is the antecedent: the note', () => {
    const found = codes(protocol('No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to this Protocol, which forms an integral part of the Agreement.'));
    assert.ok(found.some((c) => c.startsWith('integral-part-final-clauses')), found.join());
    assert.ok(!found.includes('missing-termination:warning'), found.join());
  });
});
