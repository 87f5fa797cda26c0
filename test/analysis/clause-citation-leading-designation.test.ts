/**
 * Treaty lawyer lr19, D6: a clause's heading that names another provision after its own designation
 * ("Article 20 – Protection of personal data transmitted under Article 5") was cited by that other
 * provision ("Its clause on data protection is Article 5"): the last designation of the heading was
 * taken, meant for "Chapter I – Article 1". Now a designation after a word in lower case, one the
 * heading's words refer to, is not the clause's own (support/clause-citation.ts). Near misses: "Chapter I – Article 1" is still Article 1, and a
 * heading that opens with words is quoted whole rather than cited by the article it names.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { nlIndiaTransferHeader } from '../helpers/nl-india-transfer';

const clause = (heading: string) =>
  `clause DP "${heading}" about data-protection """\n  Personal data transmitted under this Agreement shall be protected in accordance with the law of the receiving Party.\n"""\n`;
const pointer = (heading: string) => {
  const found = diagnose(nlIndiaTransferHeader + clause(heading)).filter((d) => d.code === 'possible-transfer-without-safeguards');
  assert.equal(found.length, 1);
  return / Its clause on data protection is (.*?)\.(?: |$)/u.exec(found[0].message ?? '')?.[1];
};

describe('lr19, D6: a heading is cited by its own designation, not one its words name', () => {
  it('"Article 20 – Protection of personal data transmitted under Article 5": Article 20', () => {
    assert.equal(pointer('Article 20 – Protection of personal data transmitted under Article 5'), 'Article 20');
    assert.equal(pointer('Article I – Amendment of Article 4'), 'Article I');
  });
  it('near miss: "Chapter I – Article 1" is still Article 1, a chapter title before it too (Lanzarote Art. 39)', () => {
    assert.equal(pointer('Chapter I – Article 1'), 'Article 1');
    assert.equal(pointer('Chapter II – Article 3 – Use of data under Article 5'), 'Article 3');
    assert.equal(pointer('Chapter X – Monitoring mechanism. Article 39 – Committee of the Parties'), 'Article 39');
  });
  it('near miss: a heading that opens with words is quoted whole, not cited by the article it names', () => {
    assert.equal(pointer('Relationship to Article 26 of the Convention'), '"Relationship to Article 26 of the Convention"');
  });
});
