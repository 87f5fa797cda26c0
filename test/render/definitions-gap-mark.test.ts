/**
 * The mark at a skipped article whose definitions follow as the marked insertion
 * (build-instrument.ts, `gapWithDefinitions`). Seventy-fourth run, defect 3 (Protocol on Water and
 * Health 1999): "[Article 2 is not printed.]" stood directly above the insertion of Article 2's
 * seventeen definitions, the two marks reading against each other. The treaty lawyer's sixteenth
 * check, D3: a place inferred from the one gap the `omitted` list does not name was asserted as
 * "where the text has it".
 */
import assert from 'node:assert/strict';
import { openRealInstrument } from './render-fixtures';

describe('the mark above a definitions insertion says what is and is not printed (seventy-fourth run, defect 3; lr16 D3)', () => {
  it('Water and Health 1999: “Article 2’s wording is not printed; the definitions the transcription places here follow”, then the insertion', () => {
    const { service, uri } = openRealInstrument('water-health-protocol-1999.entente');
    const lines = service.render(uri, 'markdown')!.split('\n').filter((l) => l.trim() !== '');
    const at = lines.indexOf('> *\\[Article 2’s wording is not printed; the definitions the transcription places here follow.\\]*');
    assert.ok(at > 0);
    assert.match(lines[at + 1], /^> \*\\\[Definitions as transcribed, not in the text’s own wording: /);
    assert.ok(!lines.includes('> *\\[Article 2 is not printed.\\]*'));
  });

  it('near miss: a skipped article with no definitions after it keeps its plain mark (OSPAR: "Articles 3 to 8")', () => {
    const { service, uri } = openRealInstrument('ospar-convention-1992.entente');
    const md = service.render(uri, 'markdown')!;
    assert.doesNotMatch(md, /wording is not printed|does not name it/);
  });
});
