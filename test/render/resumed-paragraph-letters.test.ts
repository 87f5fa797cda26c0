/**
 * Treaty lawyer lr10, defect 7: a lettered paragraph after the items of the paragraph before it
 * starts a paragraph of its own. Customs Co-operation Council Convention 1950, Art. II (read:
 * BWBV0003093): "(a). The Members of the Council shall be:", its items "(i)the Contracting Parties
 * …;" and "(ii)the Government … approved by the Council.", then "(b). Any Government …", "(c). Each
 * Member …", "(d). The Council may admit …", each on its own line. The items, transcribed without
 * a space after their numerals, are read as unnumbered paragraphs, which closed the list of "(a).";
 * "(b)." then ran into item (ii), making observers and delegates part of the membership clause in
 * every export. General rule: the next letter of the text's top-level list, at the start of a line
 * after a sentence end, resumes that list. And "(i)" after "(a). … shall be:" is the first sub-item,
 * not the ninth letter, when the items are written with a space.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { Paragraph } from '../../server/src/language/render/instrument-model';
import { readDocx } from './docx-reader';
import { exportedRealInstrument, openRealInstrument } from './render-fixtures';

const wco = 'wco-customs-co-operation-council-convention-1950';
type Para = Exclude<Paragraph, string>;
const labels = (text: string): string[] => (splitParagraphs(text) as Para[]).map((p) => p.label ?? '');

describe('lr10 defect 7: a lettered paragraph after the items of the one before stands on its own', () => {
  it('CCC 1950 Art. II: (b), (c) and (d) are paragraphs of their own in Markdown, HTML, Akoma Ntoso and Word', async () => {
    const md = exportedRealInstrument(wco);
    assert.match(md, /approved by the Council\.\n\n\(b\)\. Any Government of a separate customs territory/u);
    assert.match(md, /\n\n\(c\)\. Each Member shall nominate one delegate/u);
    assert.match(md, /\n\n\(d\)\. The Council may admit representatives/u);
    assert.doesNotMatch(md, /approved by the Council\. \(b\)/u);
    for (const format of ['html', 'akn'] as const) {
      const text = exportedRealInstrument(wco, format);
      assert.doesNotMatch(text, /approved by the Council\. \(b\)/u, format);
      assert.doesNotMatch(text, /advisers\. \(d\)/u, format);
    }
    assert.match(exportedRealInstrument(wco, 'akn'), /<num>\(b\)\.<\/num><content><p>Any Government of a separate customs territory/u);
    const { service, uri } = openRealInstrument(`${wco}.entente`);
    const docx = await readDocx((await service.renderDocx(uri))!);
    const texts = docx.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    assert.ok(texts.some((t) => /^\(ii\)the Government .* approved by the Council\.$/u.test(t)), 'item (ii) ends with its sentence');
    for (const start of ['(b).\tAny Government', '(c).\tEach Member', '(d).\tThe Council may admit']) assert.ok(texts.some((t) => t.startsWith(start)), start);
  });

  it('the split: "(b)." resumes the list of "(a)." after unnumbered paragraphs; "(i)" with a space nests under "(a)."', () => {
    const glued = ['(a). The Members shall be:', '', '(i)the Contracting Parties;', '', '(ii)the Governments approved.', '(b). Any Government shall cease.', '(c). Each Member shall nominate.'].join('\n');
    // The glued items, set apart by blank lines before "(b).", are (a)'s own unlabelled sub-paragraphs (ex41).
    assert.deepEqual(labels(glued), ['(a).', '(b).', '(c).']);
    assert.deepEqual((splitParagraphs(glued) as Para[])[0].items?.map((i) => i.text), ['(i)the Contracting Parties;', '(ii)the Governments approved.']);
    const spaced = splitParagraphs(glued.replace(/\(i\)the/u, '(i) the').replace(/\(ii\)the/u, '(ii) the')) as Para[];
    assert.deepEqual(spaced.map((p) => p.label), ['(a).', '(b).', '(c).']);
    assert.deepEqual(spaced[0].items?.map((i) => i.label), ['(i)', '(ii)']);
  });

  it('near misses: a letter that completes a sentence, or that skips, stays in its paragraph; "(j)" after "(a)" still skips after a blank line', () => {
    // After "paragraph" (no sentence end), "(b) above" is a reference.
    assert.deepEqual(labels(['(a) The Parties shall consult.', '', 'As provided in paragraph', '(b) above, they shall report.'].join('\n')), ['(a)', '']);
    // Not the next letter: "(c)" after "(a)" without a blank line does not resume.
    assert.deepEqual(labels(['(a) The Parties shall consult.', '', 'Unnumbered words.', '(c) Next.'].join('\n')), ['(a)', '']);
    // A label that has no first reading may still skip after a blank line, as before ("19." after "1.").
    assert.deepEqual(labels(['(a) One.', '', '(j) Ten.'].join('\n')), ['(a)', '(j)']);
    assert.deepEqual(labels(['1. One.', '', '19. Nineteen.'].join('\n')), ['1.', '19.']);
  });
});
