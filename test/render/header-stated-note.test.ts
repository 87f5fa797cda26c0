/**
 * The note after a concluded text says which header statements are not printed because a provision
 * of the text states them, and which no provision is marked as stating (NINETY-EIGHTH-RUN.md, minor
 * point 1: on NL–Kenya 1980, BWBV0003789, "1 header statement is not printed" named consent only,
 * while `effect` and `duration` were not printed either, Article VIII stating them). Near misses:
 * without the tag on Article VIII the statements are named with the others; a statement no clause
 * states keeps the plain entry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from './render-fixtures';

const kenya = readFileSync(new URL('../real-instruments/nl-kenya-technical-cooperation-1980.entente', import.meta.url), 'utf8');
const note = (text: string, format: 'markdown' | 'html' | 'akn' = 'markdown') => renderText(text, format).split('\n').filter((line) => line.includes('Not part of the text') || line.includes('header statement')).join(' ');

describe('the note names the header statements a provision states apart from the others (r98 minor point 1)', () => {
  it('NL–Kenya 1980: consent is named as marked by no provision; entry into force and duration as stated by Article VIII', () => {
    const said = note(kenya);
    assert.match(said, /1 header statement is not printed as a separate provision \(the text’s own provisions are printed as transcribed\): Header statements \(consent to be bound\)\. No provision of the text is marked as stating consent to be bound \(by its heading or the transcription’s tags\): that statement is the transcription’s record/);
    assert.match(said, /Nor are the header statements on entry into force and duration: the text’s own provision stating them, Article VIII, is printed instead\./);
  });

  it('in every format that prints the note', () => {
    for (const format of ['html', 'akn'] as const) assert.match(note(kenya, format), /Nor are the header statements on entry into force and duration/, format);
  });

  it('near miss: Article VIII not tagged (and not headed) with them, they are named with consent, and no "Nor" sentence', () => {
    const untagged = kenya.replace(/clause ArtVIII "Article VIII" about [^"]*"""/, 'clause ArtVIII "Article VIII" """');
    assert.notEqual(untagged, kenya);
    const said = note(untagged);
    assert.match(said, /Header statements \(consent to be bound; entry into force; duration\)/);
    assert.doesNotMatch(said, /Nor (?:is|are) the header statement/);
  });
});
