/**
 * The "not transcribed" marks of ETS 14 and the LRTAP POPs Protocol (sixty-fourth run, item 5):
 * "Section II – Repatriation: Articles 6, 7, 8" was read as no designation, so the numbering's jump
 * over Articles 6 to 8 was marked in place and the declared part again after the text, "is not
 * transcribed" of a plural; "Annex III (Substances referred to in article 3, paragraph 5 a), and the
 * reference year for the obligation)" was read as no annex, for the bracket inside its title, and
 * marked "[Not transcribed: …]" beside the other annexes' "[Annex … is not transcribed.]".
 *
 * Near misses: "Articles 3 (a) and 5" is not cut to Article 3 by the second reading (it is Articles
 * 3 and 5, before Article 6, as before); a part with no designation keeps the
 * neutral "[Not transcribed: …]", since nothing tells whether it is one part or several.
 */
import assert from 'node:assert/strict';
import { omissionMarks } from '../../server/src/language/render/omission-marks';
import { numberingGapsAt } from '../../server/src/language/render/numbering-gaps';

describe('omission marks: a division named with its articles, an annex whose title holds brackets (sixty-fourth run, item 5)', () => {
  it('a section named with its articles stands for the jump over them, once, with "are"', () => {
    const printed = ['Article 5', 'Article 9'];
    const marks = omissionMarks(printed, ['Section II – Repatriation: Articles 6, 7, 8'], numberingGapsAt(printed, 'not transcribed'));
    assert.equal(marks.before.get(1), '[Section II – Repatriation: Articles 6, 7, 8 are not transcribed.]');
    assert.deepEqual([...marks.end, ...marks.after], []);
  });

  it('an annex whose bracketed title holds a bracket is that annex, worded as the others', () => {
    const printed = ['Article 1', 'Annex II', 'Annex IV'];
    const marks = omissionMarks(printed, ['Annex III (Substances referred to in article 3, paragraph 5 a), and the reference year for the obligation)'], new Map());
    assert.equal(marks.before.get(2), '[Annex III (Substances referred to in article 3, paragraph 5 a), and the reference year for the obligation) is not transcribed.]');
  });

  it('near misses: "Articles 3 (a) and 5" is not cut to Article 3; a part with no designation keeps the neutral form', () => {
    const printed = ['Article 1', 'Article 4', 'Article 6'];
    const marks = omissionMarks(printed, ['Articles 3 (a) and 5'], new Map());
    assert.deepEqual([...marks.before], [[2, '[Articles 3 (a) and 5 are not transcribed.]']]);
    assert.deepEqual(omissionMarks(printed, ['Interpretation of terms: Nationals and Territory (declarations)'], new Map()).after, ['[Not transcribed: Interpretation of terms: Nationals and Territory (declarations).]']);
  });
});
