/**
 * Hundred-and-third real-instrument run (test/real-instruments/HUNDRED-AND-THIRD-RUN.md), defect 3:
 * the NL–US Agreement concerning American Military Cemeteries (1970; read: BWBV0004383) is printed in
 * an English and a Dutch text and says nowhere which is authentic; its transcription declares no
 * `languages` and leaves out `omitted "Dutch text (…)"`, and missing-language-clause said nothing. Now
 * a note asks for `languages` where the header declares none and an omitted part is another
 * language's text, or the final formula names two languages or more (VCLT Art. 33(1)–(2); read:
 * BWBV0003441). Near misses: an omitted translation, a formula with one language, and a header that
 * declares its languages (the rule as before).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const cemeteries = repoText('test/real-instruments/nl-us-american-military-cemeteries-1970.entente');
const formula = '  DONE at the Hague, in duplicate, this fourth day of May 1970.';
const omitted = 'omitted "Dutch text (';

const languageFindings = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-language-clause');

describe('hundred-and-third run, defect 3: no `languages` in the header, but the transcription shows two languages', () => {
  it('the cemeteries Agreement: a note asking for `languages`, under every profile, from its omitted Dutch text', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const found = languageFindings(cemeteries, profile);
      assert.equal(found.length, 1, profile);
      assert.equal(found[0].severity, 'info', profile);
      assert.match(found[0].message, /^The header declares no languages, but an omitted part is its Dutch text \("Dutch text \(Overeenkomst/);
      assert.match(found[0].message, /Declare them \(`languages …`.*\(VCLT Art\. 33\(1\)–\(2\), only so far as it states customary law/);
      assert.deepEqual(found[0].fixes.filter((f) => f.effect !== 'mechanical'), []);
    }
  });

  it('a final formula that names two languages is read too; one that names one is not', () => {
    const translation = replaced(cemeteries, omitted, 'omitted "Dutch translation (');
    assert.deepEqual(languageFindings(translation), [], 'an omitted translation is no text of the treaty');
    const twoLanguages = replaced(translation, formula, '  DONE at the Hague, in duplicate, this fourth day of May 1970, in the English and Dutch languages, both texts being equally authentic.');
    const [found] = languageFindings(twoLanguages);
    assert.match(found?.message ?? '', /its final formula names texts in English and Dutch \("in the English and Dutch languages"\)/);
    assert.equal(found.severity, 'info');
    const oneLanguage = replaced(translation, formula, '  DONE at the Hague, in duplicate, this fourth day of May 1970, in the English language.');
    assert.deepEqual(languageFindings(oneLanguage), []);
  });

  it('near miss: with `languages English, Dutch` declared, the rule reports how the texts relate — on this signed treaty as a note stating VCLT Arts. 10(b), 33(1) (lf51, lr29 D9)', () => {
    const declared = replaced(cemeteries, '  duration indefinite\n', '  duration indefinite\n  languages English, Dutch\n');
    const [found] = languageFindings(declared);
    assert.equal(found.severity, 'info');
    assert.match(found.message, /^The treaty is in 2 languages and does not say how they relate: each text in which it was authenticated/);
  });
});
