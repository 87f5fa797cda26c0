/**
 * A concluded text's export prints no formula generated from its header, so where no clause prints
 * the text's own "DONE at …" sentence, the note after the text names the `done` and `languages`
 * statements among the header statements not printed (ninety-second run, defect 1): NL–Norway air
 * services 1962, first transcribed with "IN WITNESS WHEREOF … have affixed thereto their seals." in
 * a clause and "DONE at The Hague this 18th day of October 1962 in duplicate in the English
 * language" in the header only, had a note that named "provisional application" alone. No formula
 * is printed in their place: it would be words the text does not have.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { concludedTreaty, renderText } from './render-fixtures';

const norway = readFileSync(new URL('../real-instruments/nl-no-air-services-1962.entente', import.meta.url), 'utf8');
const doneSentence = ' DONE at The Hague this 18th day of October 1962 in duplicate in the English language.';
const note = (text: string) => renderText(text).split('\n').find((line) => line.includes('Not part of the text')) ?? '';

describe('the note names the done and languages statements no printed word carries', () => {
  it('NL–Norway 1962 as first transcribed (testimonium only): the note names the signing and the language, and no formula is generated', () => {
    assert.ok(norway.includes(doneSentence));
    const first = norway.replace(doneSentence, '');
    const said = note(first);
    // Provisional application is the text's own Art. 12 (tagged `provisional-application` since rf102): not among the unprinted.
    assert.match(said, /2 header statements are not printed as separate provisions .*Header statements \(done at The Hague on 18 October 1962, in duplicate; language: English\)\./);
    const out = renderText(first);
    assert.doesNotMatch(out, /Done at The Hague/);
    assert.doesNotMatch(out, /DONE at/);
  });

  it('near miss: with the DONE sentence in the clause, the note names no unprinted statement; provisional application is the text\'s own article', () => {
    const said = note(norway);
    assert.doesNotMatch(said, /Header statements \(/);
    assert.match(said, /Nor are the header statements on [^:]*provisional application[^:]*: the text’s own provisions stating them, [^.]*Article 12[^.]*, are printed instead\./);
    assert.doesNotMatch(said, /done at|language:/);
  });

  it('near misses: a formula that names the place or the month, and signatures dated in figures, print the signing', () => {
    const formula = (words: string) => concludedTreaty(`clause Final "Final formula" """\n  ${words}\n"""\n`);
    for (const words of [
      'IN WITNESS WHEREOF the undersigned have signed this Convention. Opened for signature at Paris this twenty-second day of September.',
      'IN WITNESS WHEREOF the undersigned have signed this Convention. ADOPTED by the Conference on the 22nd day of September 1992.',
      'IN WITNESS WHEREOF the undersigned have signed this Convention.\n\n  SIGNED, On behalf of: State A Date: 22-09-92',
    ]) assert.doesNotMatch(note(formula(words)), /signed at Paris|language:/, words);
    assert.match(note(formula('IN WITNESS WHEREOF the undersigned have signed this Convention.')), /Header statements \(consent to be bound; entry into force; duration; signed at Paris on 22 September 1992; language: English, authentic\)/);
  });

  it('a text whose final formula is not transcribed names them too; an article on the authentic texts prints the languages', () => {
    const bare = concludedTreaty('clause Art1 "Article 1" """\n  The Parties shall cooperate.\n"""\n');
    assert.match(note(bare), /final formula .*not transcribed.*Header statements \(consent to be bound; entry into force; duration; signed at Paris on 22 September 1992; language: English, authentic\)/);
    const withLanguages = concludedTreaty('clause Art1 "Article 1" """\n  The Parties shall cooperate.\n"""\nclause Art2 "Article 2" about languages """\n  This Convention is done in English.\n"""\n');
    assert.doesNotMatch(note(withLanguages), /language:/);
  });
});
