/**
 * Eighty-sixth run, defect 3: text-not-in-signatory-language never counted English as a
 * signatory's language, so the NL–Ireland cultural Agreement of 1980, "in duplicate in the English
 * language" only, raised nothing although English is an official language of Ireland and not of the
 * Netherlands — and an Estonian–Irish text in Estonian and English was said to be "in no official
 * language of IE". English now counts as any language does, for the signatories whose official
 * language it is. Near misses: English alone between two States neither of which has it as an
 * official language; English between two States that both have it; a multilateral convention in
 * two authentic languages; a text in English and Estonian between Estonia and Ireland.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const code = 'text-not-in-signatory-language';
const nlIe = repoText('test/real-instruments/nl-ie-cultural-1980.entente');
const notes = (text: string) => diagnose(text).filter((d) => d.code === code).map((d) => d.message);

const bilateral = (languages: string, a: string, b: string) =>
  `treaty "Agreement" {\n  status binding\n  languages ${languages} authentic\n}\nparty ${a} "State ${a}" { kind state jurisdiction ${a} }\nparty ${b} "State ${b}" { kind state jurisdiction ${b} }\n`;

describe('eighty-sixth run, defect 3: English counts as the language of a signatory whose official language it is', () => {
  it('NL–IE 1980, English only: the note names English as Ireland\'s and Dutch as missing for the Netherlands', () => {
    // A signed text: an observation (ninety-ninth run, defect 2).
    assert.deepEqual(notes(nlIe), ["The signed text is authentic in English only: English is an official language of IE, and none is an official language of NL (Dutch). An observation: the languages of a signed text were the signatories' choice, and nothing in it is to be changed."]);
  });

  it('a bilateral text in English between the Netherlands and Malta: raised for NL', () => {
    assert.equal(notes(bilateral('English', 'NL', 'MT')).length, 1);
  });

  it('near miss: English and Estonian between Estonia and Ireland serve both — nothing (it was said to be in no language of IE)', () => {
    assert.deepEqual(notes(bilateral('Estonian, English', 'EE', 'IE')), []);
  });

  it('near miss: English alone between the Netherlands and Sweden serves neither — nothing', () => {
    assert.deepEqual(notes(bilateral('English', 'NL', 'SE')), []);
  });

  it('near miss: English between Ireland and Malta, both of which use it officially — nothing', () => {
    assert.deepEqual(notes(bilateral('English', 'IE', 'MT')), []);
  });

  it('near miss: a multilateral convention in English and French — nothing', () => {
    const text = `treaty "Convention" {\n  status binding\n  languages English, French authentic\n}\nparty IE "Ireland" { kind state jurisdiction IE }\nparty FR "France" { kind state jurisdiction FR }\nparty NL "Netherlands" { kind state jurisdiction NL }\n`;
    assert.deepEqual(notes(text), []);
  });

  it('unchanged: a French text between the Netherlands and France is still raised for NL', () => {
    assert.equal(notes(bilateral('French', 'FR', 'NL')).length, 1);
  });
});
