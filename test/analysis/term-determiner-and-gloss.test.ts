/**
 * Eighty-fifth run, items 3–4 (NL–South Africa social security Agreement 2001, BWBV0001485):
 * - a defined term whose article inside it is written as a possessive is used: "member of his
 *   family", "members of their families" for "member of the family" (Art. 1(2); Arts. 5–9, 12);
 *   another noun ("member of the household") or another order ("family member") is not;
 * - a quoted proper name followed at once by its translation in brackets is a name, not a term:
 *   'the "Sociale Verzekeringsbank" (Social Insurance Bank)' (Art. 4(1)(b)); a bracket that cites a
 *   part of the text, or a lower-case phrase, is no gloss.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { termForms } from '../../server/src/language/model/term-forms';

function agreement(definition: string, prose: string): string {
  return `treaty "Agreement on Social Security" {
  status binding
}
${definition}
clause Art5 "Article 5" """
  ${prose}
"""
`;
}

const family = 'define "member of the family" means "a person defined, or recognized as such by the legislation"';
const unused = (text: string) => diagnose(text).some((d) => d.code === 'unused-term');
const undefinedTerm = (text: string) => diagnose(text).filter((d) => d.code === 'undefined-term');

describe('eighty-fifth run, item 3: a determiner changed inside a term is a use', () => {
  for (const use of ['a member of his or her family', 'members of his/her family', 'the member of his family', 'the members of their families', 'a member of her family']) {
    it(`"${use}" uses "member of the family"`, () => {
      assert.ok(!unused(agreement(family, `This Agreement shall apply to any beneficiary and to ${use}.`)));
    });
  }

  it('near miss: another noun ("member of the household") is not a use', () => {
    assert.ok(unused(agreement(family, 'This Agreement shall apply to any beneficiary and to a member of the household.')));
  });

  it('near miss: another order ("family member") is not a use', () => {
    assert.ok(unused(agreement(family, 'This Agreement shall apply to any beneficiary and to each family member.')));
  });

  it('no possessive stands for the article of a name ("of the Centre")', () => {
    assert.ok(!termForms('Official activities of the Centre').some((f) => /\b(?:his|her|their)\b/u.test(f)));
  });
});

describe('eighty-fifth run, item 4: a quoted name with its translation in brackets is a name', () => {
  it('"Sociale Verzekeringsbank" (Social Insurance Bank) is not an undefined term', () => {
    assert.deepEqual(undefinedTerm(agreement('', 'The competent institution shall be, in the Netherlands, the "Sociale Verzekeringsbank" (Social Insurance Bank).')), []);
  });

  it('near miss: a bracket that cites a part of the text is no gloss', () => {
    assert.equal(undefinedTerm(agreement('', 'Information shall be exchanged through the "Sharing Platform" (Annex B).')).length, 1);
  });

  it('near miss: a lower-case phrase in brackets is no gloss', () => {
    assert.equal(undefinedTerm(agreement('', 'Information shall be exchanged through the "Sharing Platform" (the platform of the competent institutions).')).length, 1);
  });
});
