/**
 * A transcription that says it is an excerpt (`omitted "…"`) is marked where each omitted part sits
 * (render/omission-marks.ts): the numbering alone could not see an omitted annex, or final articles
 * after the last printed one (the treaty lawyers' finding on NL–US 1978, whose Annexes I, II and IV
 * to VIII are not in the file), and a declared part and a numbering jump over the same articles make
 * one mark, not two.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OmissionMarks, omissionMarks } from '../../server/src/language/render/omission-marks';
import { numberingGapsAt } from '../../server/src/language/render/numbering-gaps';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { diskService, repoRoot } from './render-fixtures';

/** The marks as joined per article, without the one-by-one lists (beforeMarks) the export parts at a definitions insertion. */
const plain = ({ beforeMarks: _lists, ...marks }: OmissionMarks) => marks;

/** A real transcription with its header's `omitted` statement replaced by these parts (none: removed). */
function excerpt(file: string, parts: readonly string[]) {
  const path = join(repoRoot, 'test/real-instruments', file);
  const text = readFileSync(path, 'utf8')
    .replace(/^ {2}omitted .*\n/m, '')
    .replace(/^((?:treaty|memorandum|arrangement|protocol) "[^\n]*\{\n)/m, parts.length > 0 ? `$1  omitted ${parts.map((p) => `"${p}"`).join(', ')}\n` : '$1');
  const service = diskService();
  const uri = `file://${path}`;
  service.open(uri, text);
  return { service, uri };
}

const marksOf = (md: string) => md.split('\n').filter((l) => /^> \*\\\[/.test(l) || /^## /.test(l)).map((l) => l.replace(/^> \*\\\[(.*)\\\]\*$/, '[$1]'));

describe('the marks of what a transcription says it omits (`omitted`)', () => {
  it('NL–US 1978: “[Annexes I and II are not transcribed.]” before Annex III, and Annexes IV to VIII after it — no mark without `omitted`', async () => {
    const parts = ['Annexes I and II', 'Annexes IV to VIII'];
    const { service, uri } = excerpt('nl-us-defense-cooperation-mou-1978.entente', parts);
    const lines = marksOf(service.render(uri, 'markdown')!);
    const annex = lines.findIndex((l) => l.startsWith('## Annex III'));
    assert.equal(lines[annex - 1], '[Annexes I and II are not transcribed.]');
    assert.equal(lines[annex + 1], '[Annexes IV to VIII are not transcribed.]');
    assert.equal(lines.filter((l) => l.startsWith('[')).length, 2);
    const html = service.render(uri, 'html')!;
    assert.match(html, /<aside class="editorial-note" role="note"><p><em>\[Annexes I and II are not transcribed\.\]<\/em><\/p><\/aside>\s*<section[^>]*>\s*<h2[^>]*>[^]*?Annex III/);
    assert.match(html, /<aside class="editorial-note" role="note"><p><em>\[Annexes IV to VIII are not transcribed\.\]<\/em><\/p><\/aside>/);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn, /<omissis>\[Annexes I and II are not transcribed\.\]<\/omissis>/);
    assert.match(akn, /<omissis>\[Annexes IV to VIII are not transcribed\.\]<\/omissis>/);
    assert.deepEqual(aknProblems(akn), []);
    const docx = dumpDocx(await readDocx((await service.renderDocx(uri))!));
    assert.match(docx, /\[EditorialNote\] ?\[Annexes IV to VIII are not transcribed\.\]/);
    // Near miss: the same file without `omitted` has no mark (its Roman numbering jumps nowhere).
    const whole = excerpt('nl-us-defense-cooperation-mou-1978.entente', []);
    assert.deepEqual(marksOf(whole.service.render(whole.uri, 'markdown')!).filter((l) => l.startsWith('[')), []);
  });

  it('UNCLOS: final articles after the last printed one (Arts. 318–320 after Art. 317) are marked after it, before the testimonium', () => {
    const { service, uri } = excerpt('un-unclos-marine-environment-final-clauses-1982.entente', ['Articles 318 to 320']);
    const lines = marksOf(service.render(uri, 'markdown')!);
    const last = lines.findIndex((l) => l.startsWith('## Article 317'));
    assert.equal(lines[last + 1], '[Articles 318 to 320 are not transcribed.]');
    assert.deepEqual(aknProblems(service.render(uri, 'akn')!), []);
  });

  it('UNCAC: a declared part over a numbering jump is one mark; a part that covers only some of the jump leaves the jump’s own mark alone', () => {
    const same = excerpt('un-convention-against-corruption-2003.entente', ['Articles 5 to 42']);
    const before43 = same.service.renderModel(same.uri)!.articles.find((a) => a.heading.startsWith('Article 43'))!;
    assert.equal(before43.gapBefore, '[Articles 5 to 42 are not transcribed.]');
    const partial = excerpt('un-convention-against-corruption-2003.entente', ['Articles 5 to 20']);
    assert.equal(partial.service.renderModel(partial.uri)!.articles.find((a) => a.heading.startsWith('Article 43'))!.gapBefore, '[Articles 5 to 42 are not transcribed.]');
    const md = partial.service.render(partial.uri, 'markdown')!;
    assert.doesNotMatch(md, /Articles 5 to 20/);
    // The preamble, declared, goes before the first article.
    const preamble = excerpt('un-convention-against-corruption-2003.entente', ['the preamble', 'Articles 5 to 42']);
    assert.equal(preamble.service.renderModel(preamble.uri)!.articles[0].gapBefore, '[Not transcribed: the preamble.]');
  });

  it('places by designation, reads Roman numerals and letters, and leaves after the text what names none', () => {
    const headings = ['Article I', 'Article VIII', 'Annex A – Forms', 'Annex C'];
    const { before, after } = omissionMarks(headings, ['Articles II to VII', 'Annex B', 'Annexes D and E', 'the Final Act'], new Map());
    assert.deepEqual([...before], [[1, '[Articles II to VII are not transcribed.]'], [3, '[Annex B is not transcribed.]']]);
    assert.deepEqual(after, ['[Annexes D and E are not transcribed.]', '[Not transcribed: the Final Act.]']);
    // Merged with the jump of the printed numbering: covered, the declared words; not covered, the jump's mark.
    const printed = ['Article 1', 'Article 4', 'Article 9'];
    assert.deepEqual(plain(omissionMarks(printed, ['Articles 2 and 3', 'Articles 5 to 8'], numberingGapsAt(printed))), {
      before: new Map([[1, '[Articles 2 and 3 are not transcribed.]'], [2, '[Articles 5 to 8 are not transcribed.]']]),
      end: [],
      after: [],
    });
    assert.deepEqual([...omissionMarks(printed, ['Article 6'], numberingGapsAt(printed)).before], [[1, '[Articles 2 and 3 are not transcribed.]'], [2, '[Articles 5 to 8 are not transcribed.]']]);
    // Near misses: nothing declared and nothing jumping; a blank part.
    assert.deepEqual(plain(omissionMarks(['Article 1', 'Article 2'], [], new Map())), { before: new Map(), end: [], after: [] });
    assert.deepEqual(plain(omissionMarks(['Article 1'], ['  '], new Map())), { before: new Map(), end: [], after: [] });
  });
});

describe('omission marks: an annex declared with its title in brackets (sixtieth run, item 6)', () => {
  it('reads "Annex I (Source Categories, Activities and …)" as Annex I, worded as Annex III (…) is', () => {
    // Wider Caribbean LBS Protocol 1999: four annexes declared alike; the commas and "and" in the
    // first two titles made them parts without a number, marked "[Not transcribed: …]".
    const lbs = omissionMarks(
      ['Article I', 'Article II', 'Article XIX'],
      ['Annex I (Source Categories, Activities and Associated Pollutants of Concern)', 'Annex II (Factors To Be Used in Determining Effluent and Emission Source Controls and Management Factors)', 'Annex III (Domestic Wastewater)'],
      new Map(),
    );
    assert.deepEqual(lbs.after, [
      '[Annex I (Source Categories, Activities and Associated Pollutants of Concern) is not transcribed.]',
      '[Annex II (Factors To Be Used in Determining Effluent and Emission Source Controls and Management Factors) is not transcribed.]',
      '[Annex III (Domestic Wastewater) is not transcribed.]',
    ]);
    // Placed by its number among printed annexes: before Annex II when only Annex II is printed.
    assert.deepEqual([...omissionMarks(['Article 1', 'Annex II (Factors)'], ['Annex I (Source Categories, Activities and Pollutants)'], new Map()).before], [[1, '[Annex I (Source Categories, Activities and Pollutants) is not transcribed.]']]);
    // Near miss: a part named without a designation keeps the "[Not transcribed: …]" form.
    assert.deepEqual(omissionMarks(['Article 1'], ['the Final Act (with resolutions, declarations and annexes)'], new Map()).after, ['[Not transcribed: the Final Act (with resolutions, declarations and annexes).]']);
  });
});
