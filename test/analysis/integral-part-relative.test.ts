/**
 * integral-part-final-clauses, relative form (eighty-ninth run, defect 1; probes /tmp/r89/p1, p2):
 * the Additional Protocol to the European Agreement on the Exchange of Tissue-typing Reagents 1976
 * says in Art. 3 "No State may become a Contracting Party to the Agreement without at the same time
 * becoming a Contracting Party to this Additional Protocol, which forms an integral part of the
 * Agreement" (BWBV0004846). The reading took only the instrument as the subject of the sentence, so
 * the Protocol was asked for its own duration, exit (a warning), amendment and disputes. A party
 * leaves it by denouncing the Agreement (VCLT Art. 44(1): a right of denunciation "may be exercised
 * only with respect to the whole treaty unless the treaty otherwise provides").
 * Near misses: the relative said of a part of the instrument (its Annex, an Article of it), and of
 * the instrument itself ("this Protocol").
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const generic = ['missing-duration', 'missing-termination', 'missing-amendment', 'missing-dispute-settlement'];

function protocol(article3: string): string {
  return `protocol "Additional Protocol to the European Agreement on Cyber Incident Cooperation" {
  status binding
  consent by signature, ratification
  effect 30 days after last ratification by 3 States
  depositary "the Secretary General of the Council of Europe"
}
clause Art1 "Article 1" """
  Each State Party to this Additional Protocol shall notify significant cyber incidents to the other States Parties within 72 hours.
"""
clause Art3 "Article 3" """
  ${article3}
"""
`;
}

const codes = (text: string) => diagnose(text).map((d) => d.code);
const tie = 'No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to ';

describe('eighty-ninth run, defect 1: "this Additional Protocol, which forms an integral part of the Agreement"', () => {
  for (const relative of ['which forms', 'which shall form', 'which constitutes', 'which shall be', 'which is']) {
    it(`"…this Additional Protocol, ${relative} an integral part of the Agreement": the note alone, tied by participation`, () => {
      const found = diagnose(protocol(`${tie}this Additional Protocol, ${relative} an integral part of the Agreement.`));
      for (const code of generic) assert.ok(!found.some((d) => d.code === code), code);
      const notes = found.filter((d) => d.code === 'integral-part-final-clauses');
      assert.equal(notes.length, 1);
      assert.match(notes[0].message, /it lasts, ends and is amended with the Agreement, since no State may become a Party to the Agreement without becoming a Party to it/);
    });
  }

  it('the subject forms still count ("This Additional Protocol forms / constitutes an integral part of the Agreement")', () => {
    for (const sentence of ['This Additional Protocol forms an integral part of the Agreement.', 'This Additional Protocol constitutes an integral part of the Agreement.']) {
      const found = codes(protocol(`${sentence} ${tie}this Additional Protocol.`));
      assert.ok(found.includes('integral-part-final-clauses'), sentence);
      assert.ok(!found.includes('missing-termination'), sentence);
    }
  });

  it('near miss: the relative said of the Annex to this Protocol does not count', () => {
    const found = codes(protocol(`${tie}this Additional Protocol. The Annex to this Additional Protocol, which forms an integral part of the Agreement, lists the contact points.`));
    assert.ok(!found.includes('integral-part-final-clauses'));
    for (const code of generic) assert.ok(found.includes(code), code);
  });

  it('near miss: the relative said of an Article of this Protocol does not count', () => {
    const found = codes(protocol(`Article 1 of this Additional Protocol, which forms an integral part of the Agreement, applies from signature.`));
    assert.ok(!found.includes('integral-part-final-clauses'));
    assert.ok(found.includes('missing-termination'));
  });

  it('near miss: an annex of this instrument that forms an integral part of it does not count', () => {
    const found = codes(protocol(`The Annex, which forms an integral part of this Additional Protocol, lists the contact points.`));
    assert.ok(!found.includes('integral-part-final-clauses'));
    assert.ok(found.includes('missing-termination'));
  });

  it('near miss: "integral part" about something else (cooperation forming an integral part of the Agreement\'s aims)', () => {
    const found = codes(protocol(`This cooperation, which forms an integral part of the Agreement, shall be carried out by the competent authorities.`));
    assert.ok(!found.includes('integral-part-final-clauses'));
    assert.ok(found.includes('missing-termination'));
  });

  it('near miss: "this Protocol, which forms an integral part of this Protocol" names no other treaty', () => {
    const found = codes(protocol(`The list in the Annex to the Agreement and this Additional Protocol, which forms an integral part of this Additional Protocol, is kept by the Secretary General.`));
    assert.ok(!found.includes('integral-part-final-clauses'));
  });
});
