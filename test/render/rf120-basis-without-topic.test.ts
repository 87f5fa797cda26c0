/**
 * HUNDRED-AND-TWENTIETH-RUN.md defect 6: the note after the NL–UK oil stocks Agreement 2006
 * (BWBV0003019) said "No provision of the text is marked as stating basis", while its preamble
 * states the basis in terms ("Having regard to Article 6(2) of the Directive which envisages the
 * establishment of stocks … under agreements between Governments"). No clause topic names the
 * basis an instrument implements (constructs/drafter-replaced.ts), so no provision could have been
 * marked: the note says that, not that none is. Near misses: a statement a topic names and no
 * clause is tagged with keeps "No provision of the text is marked as stating …"; both kinds in one
 * note are said in one sentence.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from './render-fixtures';

const oilStocks = readFileSync(new URL('../real-instruments/nl-gb-oil-stocks-2006.entente', import.meta.url), 'utf8');
const note = (text: string, format: 'markdown' | 'html' | 'akn' = 'markdown') => renderText(text, format).split('\n').filter((line) => line.includes('Not part of the text')).join(' ');

describe('rf120 D6: a header statement no clause topic names is not said to be marked by no provision', () => {
  it('NL–UK oil stocks 2006: the basis could not be marked; the note does not say no provision is marked as stating it', () => {
    assert.match(oilStocks, /Having regard to Article 6\(2\) of the Directive which envisages/);
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const said = note(oilStocks, format);
      assert.match(said, /Header statements \(basis\)\. The transcription’s language has no topic by which a provision of the text could be marked as stating basis: that statement is the transcription’s record, and the text’s own words on it, if any, are printed where they stand\./, format);
      assert.doesNotMatch(said, /No provision of the text is marked as stating basis/, format);
    }
  });

  it('near miss: Article 8 untagged, consent and entry into force are still "marked by no provision", the basis apart', () => {
    const untagged = oilStocks.replace('clause Art8 "Article 8" about entry-into-force, consent """', 'clause Art8 "Article 8" """');
    assert.notEqual(untagged, oilStocks);
    assert.match(note(untagged), /No provision of the text is marked as stating consent to be bound and entry into force \(by its heading or the transcription’s tags\), and the transcription’s language has no topic by which one could be marked as stating basis: those statements are the transcription’s record/);
  });
});
