/**
 * A heading that names its division, then, after a comma, its article: "Part IV – Miscellaneous
 * Provisions, Article 24" is Article 24 for the placing of declared omissions
 * (render/omission-marks.ts, `divisionThenArticle`).
 *
 * Seventy-sixth run, defect 1 (NL–Israel social security 1984, BWBV0002871: Parts II and III,
 * Articles 6 to 23, declared omitted; Art. 24 headed "Part IV – Miscellaneous Provisions, Article
 * 24"): read as Part IV, the mark for Arts. 6–23 was printed after Article 24 instead of after
 * Article 5. With "Article 24" alone it was placed right.
 */
import assert from 'node:assert/strict';
import { omissionMarks } from '../../server/src/language/render/omission-marks';
import { numberingGapsAt } from '../../server/src/language/render/numbering-gaps';

const declared = ['Part II (Provisions concerning applicable legislation), Articles 6 to 9', 'Part III (Special provisions concerning the various categories of benefits), Articles 10 to 23'];
const marksFor = (printed: string[]) => omissionMarks(printed, declared, numberingGapsAt(printed, 'not transcribed'));

describe('omission marks: "Part IV – …, Article 24" is Article 24 (seventy-sixth run, defect 1)', () => {
  it('NL–Israel: the marks for Parts II–III stand after Article 5, before the heading that names Article 24 after a comma', () => {
    const printed = ['Part I – General Provisions, Article 1', 'Article 5', 'Part IV – Miscellaneous Provisions, Article 24', 'Article 25', 'Part V – Transitional and Final Provisions, Article 32'];
    const marks = marksFor(printed);
    assert.deepEqual([...marks.before.keys()], [2]);
    assert.match(marks.before.get(2)!, /Articles 6 to 9 is not transcribed.*Articles 10 to 23 is not transcribed/);
  });

  it('the same with "Article 24" alone (as before)', () => {
    const marks = marksFor(['Article 1', 'Article 5', 'Article 24', 'Article 25']);
    assert.match(marks.before.get(2)!, /Articles 6 to 9 is not transcribed/);
  });

  it('near miss: a heading that names its division alone, or a comma followed by words and no article number, is not read as an article', () => {
    for (const heading of ['Part IV – Miscellaneous Provisions', 'Part IV, Articles of the Convention']) {
      const marks = marksFor(['Article 1', 'Article 5', heading, 'Article 25']);
      assert.ok(!marks.before.has(2), `${heading}: ${JSON.stringify([...marks.before])}`);
    }
  });
});
