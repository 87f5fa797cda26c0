/**
 * A declared omitted part is marked where it stands in the instrument's order (lr8, defect 3): UNCLOS
 * Arts. 318–320 stand after Art. 317 and before "IN WITNESS WHEREOF" (read: BWBV0003172, Art. 320
 * then the testimonium, then Annex I), not after the testimonium; the CWC's Annex on Chemicals and
 * Verification Annex stand after "DONE at Paris" and before the Confidentiality Annex (read:
 * BWBV0001193, Art. XVII "The Annexes form an integral part of this Convention"; the text's order:
 * Annex on chemicals, Annex on implementation and verification, Annex on the protection of
 * confidential information), not after it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OmissionMarks, omissionMarks } from '../../server/src/language/render/omission-marks';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { diskService, repoRoot } from './render-fixtures';

/** The marks as joined per article, without the one-by-one lists (beforeMarks) the export parts at a definitions insertion. */
const plain = ({ beforeMarks: _lists, ...marks }: OmissionMarks) => marks;

function open(file: string) {
  const path = join(repoRoot, 'test/real-instruments', file);
  const service = diskService();
  const uri = `file://${path}`;
  service.open(uri, readFileSync(path, 'utf8'));
  return { service, uri };
}

/** Marks, headings and the testimonium's first words, in the order the Markdown export prints them. */
const outline = (md: string) =>
  md.split('\n').filter((l) => /^> \*\\\[/.test(l) || /^## /.test(l) || /^IN WITNESS/.test(l)).map((l) => (l.startsWith('IN WITNESS') ? 'IN WITNESS' : l.replace(/^> \*(.*)\*$/, '$1').replace(/\\/g, '').replace(/ – .*| — .*/, '')));

describe('omission marks stand where the omitted part stands in the text', () => {
  it('UNCLOS: Arts. 318–320 after Art. 317 and before the testimonium; the Annexes and the Final Act after it', async () => {
    const { service, uri } = open('un-unclos-marine-environment-final-clauses-1982.entente');
    const lines = outline(service.render(uri, 'markdown')!);
    assert.deepEqual(lines.slice(-5), ['## Article 317', '[Articles 318 to 320 are not transcribed.]', 'IN WITNESS', '[Annexes I to IX are not transcribed.]', '[Not transcribed: the Final Act.]']);
    const html = service.render(uri, 'html')!;
    assert.ok(html.indexOf('[Articles 318 to 320 are not transcribed.]') < html.indexOf('IN WITNESS WHEREOF'));
    assert.ok(html.indexOf('[Annexes I to IX are not transcribed.]') > html.indexOf('IN WITNESS WHEREOF'));
    const akn = service.render(uri, 'akn')!;
    assert.ok(akn.indexOf('[Articles 318 to 320 are not transcribed.]') < akn.indexOf('<conclusions>'));
    assert.ok(akn.indexOf('[Annexes I to IX are not transcribed.]') > akn.indexOf('IN WITNESS WHEREOF'));
    assert.deepEqual(aknProblems(akn), []);
    const docx = dumpDocx(await readDocx((await service.renderDocx(uri))!));
    assert.ok(docx.indexOf('[Articles 318 to 320 are not transcribed.]') < docx.indexOf('IN WITNESS WHEREOF'));
  });

  it('CWC: the Annex on Chemicals and the Verification Annex after Art. XXIV, before the Confidentiality Annex', () => {
    const { service, uri } = open('opcw-chemical-weapons-convention-1993.entente');
    const lines = outline(service.render(uri, 'markdown')!);
    const conf = lines.indexOf('## Confidentiality Annex');
    assert.equal(lines[conf - 1], '[Not transcribed: the Annex on Chemicals.] [Not transcribed: the Verification Annex.]');
    assert.deepEqual(lines.slice(conf - 3, conf - 1), ['## Article XXIV', 'IN WITNESS']);
    assert.ok(!lines.slice(conf).some((l) => l.startsWith('[')), 'no mark after the Confidentiality Annex');
  });

  it('near misses: an article after the last printed one with annexes printed after the formula; an unnamed part; no annex printed', () => {
    // Three articles printed, then one annex after the final formula: Article 4 stands at the end of the articles.
    assert.deepEqual(plain(omissionMarks(['Article 1', 'Article 2', 'Article 3', 'Annex A'], ['Article 4', 'Annex B'], new Map(), 3)), { before: new Map(), end: ['[Article 4 is not transcribed.]'], after: ['[Annex B is not transcribed.]'] });
    // An annex named without a number, with no annex printed: after the text, in the declared order.
    assert.deepEqual(plain(omissionMarks(['Article 1'], ['the Verification Annex', 'the Final Act'], new Map())), { before: new Map(), end: [], after: ['[Not transcribed: the Verification Annex.]', '[Not transcribed: the Final Act.]'] });
    // A part that names no annex is never put before a printed annex.
    assert.deepEqual(plain(omissionMarks(['Article 1', 'Confidentiality Annex'], ['the Final Act'], new Map())), { before: new Map(), end: [], after: ['[Not transcribed: the Final Act.]'] });
    // An omitted article between printed ones stays where the numbering puts it.
    assert.deepEqual([...omissionMarks(['Article 1', 'Article 3', 'Annex A'], ['Article 2'], new Map(), 2).before], [[1, '[Article 2 is not transcribed.]']]);
  });

  it('a part of a printed article, qualified in brackets or after a comma, stands after that article (fifty-eighth run, item 4)', () => {
    // ITPGRFA 2001: Art. 13 is printed in part (13.2 chapeau and a)); the "and" inside the brackets
    // put the mark after Art. 35, with the annexes.
    const itpgrfa = omissionMarks(
      ['Article 1', 'Article 2', 'Article 3', 'Article 13 – Benefit-sharing, paragraph 2, chapeau and subparagraph a)', 'Article 17', 'Article 35'],
      ['Articles 4 to 12', 'Article 13 (but for the chapeau of paragraph 2 and subparagraph a))', 'Articles 14 to 16', 'Annex I'],
      new Map(),
    );
    assert.deepEqual([...itpgrfa.before], [
      [3, '[Articles 4 to 12 are not transcribed.]'],
      [4, '[Article 13 (but for the chapeau of paragraph 2 and subparagraph a)) is not transcribed.] [Articles 14 to 16 are not transcribed.]'],
    ]);
    assert.deepEqual(itpgrfa.after, ['[Annex I is not transcribed.]']);
    // NL–Nigeria 1991: "Article 3, except paragraph 1(i)", after the printed Art. 3.
    const ng = omissionMarks(['Article 3 – General Definitions (paragraph 1, sub-paragraph i)', 'Article 25'], ['Articles 1 and 2', 'Article 3, except paragraph 1(i)', 'Articles 4 to 24'], new Map());
    assert.deepEqual([...ng.before], [
      [0, '[Articles 1 and 2 are not transcribed.]'],
      [1, '[Article 3, except paragraph 1(i) is not transcribed.] [Articles 4 to 24 are not transcribed.]'],
    ]);
    assert.deepEqual(ng.after, []);
    // Near miss: a part with no designation keeps its place after the text.
    assert.deepEqual(omissionMarks(['Article 1'], ['the final clauses (but for Article 40)'], new Map()).after, ['[Not transcribed: the final clauses (but for Article 40).]']);
  });
});
