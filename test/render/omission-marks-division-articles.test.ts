/**
 * Omitted divisions named with the articles they hold (seventy-second run, defect 1; seventy-third
 * run, defect 6). The Joint Convention 1997 declares "Chapter 2 – … (Article 4 …; … Article 10 …)"
 * to "Chapter 5 – … (Article 27 …; Article 28 …)": the export printed "[Articles 4 to 27 are not
 * transcribed.]" and the Chapter 5 mark between Arts. 3 and 29 (Chapter 5 read as Article 28 only),
 * and the Chapter 2–4 marks after "DONE at Vienna …". CETS 210 declares "Chapters III to VII,
 * Articles 12 to 61 (…)": the jump over Arts. 12–61 was marked in place and the declared part again
 * after the final formula. A division whose words name articles stands for those articles, in the
 * numbering's jump over them, in order, once.
 *
 * Near misses: a division whose words name a printed article ("Chapter II (Measures under Article
 * 3)") refers to it and is not placed by it; "article 3" in lower case is a reference, not an
 * article held; an Appendix that names an article ("Appendix (Privileges and immunities (Article
 * 66))") stays an annex-like part after the text.
 */
import assert from 'node:assert/strict';
import { omissionMarks } from '../../server/src/language/render/omission-marks';
import { numberingGapsAt } from '../../server/src/language/render/numbering-gaps';

const jointConvention = [
  'Chapter 2 – Safety of Spent Fuel Management (Article 4 General safety requirements; Article 5 Existing facilities; Article 10 Disposal of spent fuel)',
  'Chapter 3 – Safety of Radioactive Waste Management (Article 11 General safety requirements; Article 12 Existing facilities and past practices; Article 17 Institutional measures after closure)',
  'Chapter 4 – General Safety Provisions (Article 18 Implementing measures; Article 22 Human and financial resources; Article 26 Decommissioning)',
  'Chapter 5 – Miscellaneous Provisions (Article 27 Transboundary movement; Article 28 Disused sealed sources)',
];

describe('omission marks: a division named with the articles it holds (runs 72 and 73)', () => {
  it('the Joint Convention: the four chapters stand in the jump over Arts. 4 to 28, in order, and nothing after the text', () => {
    const printed = ['Article 1 – Objectives', 'Article 2 – Definitions', 'Article 3 – Scope of application', 'Article 29 – Preparatory meeting', 'Article 44 – Authentic texts'];
    const marks = omissionMarks(printed, jointConvention, numberingGapsAt(printed, 'not transcribed'));
    assert.equal(marks.before.get(3), jointConvention.map((c) => `[${c} is not transcribed.]`).join(' '));
    assert.deepEqual([...marks.before.keys()], [3, 4]);
    assert.deepEqual([...marks.end, ...marks.after], []);
    assert.doesNotMatch(marks.before.get(3)!, /Articles 4 to 2\d are/);
  });

  it('CETS 210: "Chapters III to VII, Articles 12 to 61 (…)" is the jump after Art. 11, said once with "are"', () => {
    const printed = ['Article 3 – Definitions', 'Article 11 – Data collection and research', 'Article 62 – General principles'];
    const declared = ['Chapters III to VII, Articles 12 to 61 (Prevention; Protection and support)', 'Appendix (Privileges and immunities (Article 66))'];
    const marks = omissionMarks(printed, declared, numberingGapsAt(printed, 'not transcribed'));
    assert.equal(marks.before.get(2), '[Chapters III to VII, Articles 12 to 61 (Prevention; Protection and support) are not transcribed.]');
    assert.deepEqual(marks.after, ['[Not transcribed: Appendix (Privileges and immunities (Article 66)).]']);
    assert.deepEqual(marks.end, []);
  });

  it('a chapter covering part of a jump: its words for its articles, the rest of the jump in its own mark', () => {
    const printed = ['Article 3', 'Article 29'];
    const marks = omissionMarks(printed, [jointConvention[3]], numberingGapsAt(printed, 'not transcribed'));
    assert.equal(marks.before.get(1), `[Articles 4 to 26 are not transcribed.] [${jointConvention[3]} is not transcribed.]`);
  });

  it('near misses: a printed article named in a division refers to it; lower-case "article" is a reference', () => {
    const printed = ['Article 1', 'Article 3', 'Article 9'];
    const refers = omissionMarks(printed, ['Chapter II (Measures under Article 3)'], new Map());
    assert.deepEqual([...refers.before], []);
    assert.deepEqual(refers.after, ['[Chapter II (Measures under Article 3) is not transcribed.]']);
    const lower = omissionMarks(printed, ['Chapter II (Measures referred to in article 5)'], new Map());
    assert.deepEqual([...lower.before], []);
    // Articles 5 and 9 named, Article 7 printed between them: the division holds the named ones only.
    const apart = omissionMarks(printed.concat('Article 12'), ['Section II – Transfer (Article 5 Requests; Article 10 Costs)'], new Map());
    assert.deepEqual([...apart.before], [[3, '[Section II – Transfer (Article 5 Requests; Article 10 Costs) is not transcribed.]']]);
  });
});
