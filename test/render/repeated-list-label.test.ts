/**
 * Eighty-first run, item 2 (NL–British Virgin Islands TIEA 2009, BWBV0003536), rf83: Art. 3(1)(a)
 * labels two items "(vii)" ("(vii) value added tax (Omzetbelasting);" then "(vii) tax on games of
 * chance (Kansspelbelasting);"), and the export merged them into one item. The export is the
 * signed text: a label that repeats the item before it, where a label may stand, starts a new item
 * with the label as written, and the list's count goes on from it ("(viii)" next), never renumbered
 * (constructs/paragraph-split.ts, `repeats`); in Akoma Ntoso its eId takes "_2" (render/akoma-ntoso.ts).
 *
 * Near misses: a repeated label that follows a line ending in a word a number completes stays in
 * its sentence; a label that neither continues nor repeats the list stays in the item as before.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
function outline(text: string): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${i.label} ${i.text}`.trimEnd(), ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  return (splitParagraphs(text) as Para[]).flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1))]);
}

describe('eighty-first run, item 2: a list label written twice', () => {
  it('two "(vii)" items stay two items, labelled as written, and "(viii)" follows', () => {
    const text = ['1. The taxes are:', '(i) income tax;', '(ii) value added tax;', '(ii) tax on games of chance;', '(iii) motor vehicle tax.'].join('\n');
    assert.deepEqual(outline(text), ['1. The taxes are:', '  (i) income tax;', '  (ii) value added tax;', '  (ii) tax on games of chance;', '  (iii) motor vehicle tax.']);
  });

  it('the NL–BVI export prints Art. 3(1)(a) with both "(vii)" items', () => {
    const md = exportedRealInstrument('nl-bvi-tiea-2009').split('\n');
    assert.ok(md.some((l) => /^\s+- \(vii\) value added tax \(Omzetbelasting\);$/u.test(l)), 'the first (vii) item alone');
    assert.ok(md.some((l) => /^\s+- \(vii\) tax on games of chance \(Kansspelbelasting\);$/u.test(l)), 'the second (vii) item alone');
  });

  it('the Akoma Ntoso export gives the second "(vii)" an eId of its own and keeps its num as written', () => {
    const xml = exportedRealInstrument('nl-bvi-tiea-2009', 'akn');
    assert.match(xml, /<item eId="art_3__para_1__list_1__item_a__list_1__item_vii"><num>\(vii\)<\/num><p>value added tax/u);
    assert.match(xml, /<item eId="art_3__para_1__list_1__item_a__list_1__item_vii_2"><num>\(vii\)<\/num><p>tax on games of chance/u);
  });

  it('near miss: after a line ending in "paragraph", "2." repeated is the end of the sentence', () => {
    const text = ['1. The Parties shall:', '2. consult as provided in paragraph', '2. of Article 4;'].join('\n');
    assert.deepEqual(outline(text), ['1. The Parties shall:', '2. consult as provided in paragraph 2. of Article 4;']);
  });

  it('near miss: a label out of sequence after an item stays in it, as before', () => {
    const text = ['1. The taxes are:', '(i) income tax;', '(ii) inheritance tax;', '(iv) dividend tax;'].join('\n');
    assert.deepEqual(outline(text), ['1. The taxes are:', '  (i) income tax;', '  (ii) inheritance tax; (iv) dividend tax;']);
  });
});
