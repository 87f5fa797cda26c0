/**
 * Eighty-eighth run, defect 3: NL–US education exchange Agreement 1972 (read: BWBV0003425). The text
 * defines NACEE in Art. 2(1), unquoted: "… re-established as the Netherlands America Commission for
 * Educational Exchange (hereinafter referred to as NACEE) …". The export printed the transcription's
 * `define "NACEE"` in the box of Article 1, the article on definitions, which does not hold it. An
 * unquoted term after "hereinafter referred to as" now counts as the text's own definition where the
 * words it names are the declaration's meaning in full (render/own-definitions.ts), as a quoted one
 * does. Near misses: the same words naming something else, and the term only as part of a longer word.
 */
import assert from 'node:assert/strict';
import { openRealInstrument, concludedTreaty, renderText } from './render-fixtures';

const art1 = 'clause Art1 "Article 1" about definitions """\n  (1). Wherever, in the present Agreement, the term “the Minister” is used, it shall be understood to mean the Minister for Education.\n"""\n';
const define = 'define "NACEE" means "the Netherlands America Commission for Educational Exchange"\ndefine "Minister" means "the Minister for Education"\n';
const art2 = (words: string) => `clause Art2 "Article 2" """\n  (1). ${words}\n  (2). NACEE shall be governed by the provisions of the present Agreement.\n"""\n`;
const box = /“NACEE”: the Netherlands America Commission for Educational Exchange/;

describe('eighty-eighth run, defect 3: a term the text names unquoted after "hereinafter referred to as"', () => {
  it('NL–US 1972: NACEE is not printed in the box of Article 1; the note places it in Article 2', () => {
    const { service, uri } = openRealInstrument('nl-us-education-exchange-1972.entente');
    const md = service.render(uri, 'markdown') ?? '';
    assert.doesNotMatch(md, box);
    assert.match(md, /‘NACEE’ in Article 2/);
  });

  it('the same in a constructed text', () => {
    const md = renderText(concludedTreaty(art1 + define + art2('The Foundation is hereby re-established as the Netherlands America Commission for Educational Exchange (hereinafter referred to as NACEE) with the principal purpose of facilitating the programs.')));
    assert.doesNotMatch(md, box);
  });

  it('near miss: the unquoted name given to other words keeps the declaration in the box', () => {
    const md = renderText(concludedTreaty(art1 + define + art2('The Foundation is hereby re-established as the Fulbright Commission (hereinafter referred to as NACEE) with the principal purpose of facilitating the programs.')));
    assert.match(md, box);
  });

  it('near miss: the term only as the start of a longer word is not its definition', () => {
    const md = renderText(concludedTreaty(art1 + define + art2('The Foundation is hereby re-established as the Netherlands America Commission for Educational Exchange (hereinafter referred to as NACEEX) with the principal purpose of facilitating the programs.')));
    assert.match(md, box);
  });
});
