/**
 * Eighty-first run (NL–British Virgin Islands TIEA 2009, BWBV0003536), item 3, rf83:
 * `treaty-mou-wording` reported "will" in "it is understood that the other Contracting Party will
 * agree to hold timely discussions" (Protocol Art. 5). After "it is understood that" a treaty
 * records an understanding of what will happen: "will" is its future, not the verb by which a
 * signatory commits itself, and "shall" would not fit there (model/wording-senses.ts,
 * `afterUnderstoodThat`). Near misses: "will" as the operative verb in the next sentence, after
 * "agree that", or before the understanding, is still told; "shall" after "it is understood that"
 * in a non-binding MoU is still reported (the reverse check is not touched).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (body: string) => `treaty "Agreement on the exchange of information with respect to taxes" {
  status binding
}
party NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }
party VG "the British Virgin Islands" { kind government jurisdiction VG }
clause P5 "Article 5" """
  ${body}
"""
`;
const wills = (body: string) => diagnose(treaty(body)).filter((d) => d.code === 'treaty-mou-wording' && /^'will'/u.test(d.message));

describe('eighty-first run, item 3: "will" after "it is understood that" in a treaty', () => {
  it('"it is understood that the other Contracting Party will agree …": not reported', () => {
    assert.deepEqual(wills('Either Contracting Party may wish to propose a variation. If so, it is understood that the other Contracting Party will agree to hold timely discussions.'), []);
  });

  it('"it being understood that" and "it is further understood that": not reported', () => {
    assert.deepEqual(wills('Each Contracting Party shall notify the other, it being understood that the requested Party will reply within a month.'), []);
    assert.deepEqual(wills('It is further understood that each Contracting Party will bear its own costs.'), []);
  });

  it('near miss: the operative "will" of the next sentence is still told', () => {
    assert.equal(wills('It is understood that the Contracting Parties will consult. Each Contracting Party will bear its own costs.').length, 1);
  });

  it('near miss: "will" after "agree that" and before the understanding is still told', () => {
    assert.equal(wills('The Contracting Parties agree that each Contracting Party will bear its own costs.').length, 1);
    assert.equal(wills('Each Contracting Party will bear its own costs, it being understood that the costs are small.').length, 1);
  });

  it('near miss: "shall" after "it is understood that" in a non-binding MoU is still reported', () => {
    const mou = `memorandum "Memorandum of Understanding" { status non-binding }
participant NL "the Netherlands" { kind state jurisdiction NL }
participant BE "Belgium" { kind state jurisdiction BE }
clause P1 "Paragraph 1" """
  It is understood that each Participant shall share indicators.
"""
`;
    assert.ok(diagnose(mou).some((d) => d.code === 'mou-binding-wording' && /^'shall'/u.test(d.message)));
  });
});
