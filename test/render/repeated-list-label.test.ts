/**
 * Eighty-first run, item 2 (NL–British Virgin Islands TIEA 2009, BWBV0003536), rf83: Art. 3(1)(a)
 * labels two items "(vii)" ("(vii) value added tax (Omzetbelasting);" then "(vii) tax on games of
 * chance (Kansspelbelasting);"), and the export merged them into one item. The export is the
 * signed text: a label that repeats the item before it, where a label may stand, starts a new item
 * with the label as written, and the list's count goes on from it ("(viii)" next), never renumbered
 * (constructs/paragraph-split.ts, `repeats`); in Akoma Ntoso its eId takes "_2" (render/akoma-ntoso.ts).
 *
 * Treaty lawyer lr19, D8: the same holds for a label that could also open a list ("(a)", "(i)", "1.")
 * written twice, the first item ending "." or ";": three coordinate items, not two nested under the
 * first; the second takes "_2" as the second "(vii)" does. After an item ending ":" the same label
 * opens its sub-list (IMO numbering, London Protocol 1996 Art. 1(4): ".1 … means:" then ".1 …").
 *
 * Near misses: a repeated label that follows a line ending in a word a number completes stays in
 * its sentence; a label that neither continues nor repeats the list stays in the item as before.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { concludedTreaty, exportedRealInstrument, renderText } from './render-fixtures';

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

  // Since the hundred-and-fifth run (defect 3: NL–Singapore 1972 Art. VIII prints "(e)" then "(d)"), a
  // line that opens with a label out of sequence after a line that ends an item is an item of its own,
  // its label as written, never renumbered (rf104); before, it was folded into the item before it.
  it('a label out of sequence on its own line after an item is an item of its own, as written', () => {
    const text = ['1. The taxes are:', '(i) income tax;', '(ii) inheritance tax;', '(iv) dividend tax;'].join('\n');
    assert.deepEqual(outline(text), ['1. The taxes are:', '  (i) income tax;', '  (ii) inheritance tax;', '  (iv) dividend tax;']);
  });

  it('lr19, D8: a repeated label that could open a list ("(a)", "(i)", "1.") is a second item too, not a list under the first', () => {
    assert.deepEqual(outline(['1. A Party may request assistance:', '(a) technical advice;', '(a) on-site support;', '(b) equipment.'].join('\n')), [
      '1. A Party may request assistance:',
      '  (a) technical advice;',
      '  (a) on-site support;',
      '  (b) equipment.',
    ]);
    assert.deepEqual(outline(['1. The taxes are:', '(a) on income:', '(i) income tax;', '(i) wage tax;', '(ii) dividend tax.'].join('\n')), [
      '1. The taxes are:',
      '  (a) on income:',
      '    (i) income tax;',
      '    (i) wage tax;',
      '    (ii) dividend tax.',
    ]);
    assert.deepEqual(outline(['1. The Parties shall cooperate.', '1. They shall consult.', '2. They shall report.'].join('\n')), ['1. The Parties shall cooperate.', '1. They shall consult.', '2. They shall report.']);
  });

  it('lr19, D8: in Akoma Ntoso the second "(a)" takes "_2", as the second "(vii)" does', () => {
    const xml = renderText(concludedTreaty('clause Assistance "Article 4" """\n  1. A Party may request assistance:\n  (a) technical advice;\n  (a) on-site support;\n  (b) equipment.\n"""\n'), 'akn');
    assert.match(xml, /eId="[^"]*__item_a"><num>\(a\)<\/num><p>technical advice;/u);
    assert.match(xml, /eId="[^"]*__item_a_2"><num>\(a\)<\/num><p>on-site support;/u);
    assert.match(xml, /eId="[^"]*__item_b"><num>\(b\)<\/num><p>equipment\./u);
  });

  it('near miss (lr19, D8): the same label after an item that opens a list (":") is its first sub-item, as IMO numbering has it', () => {
    assert.deepEqual(outline(['4. .1 Dumping means:', '.1 any deliberate disposal;', '.2 any storage.'].join('\n')), ['4.', '  .1 Dumping means:', '    .1 any deliberate disposal;', '    .2 any storage.']);
  });

  it('near miss (lr19, D8): "(i)" under "(a)" still opens a list under it, and a new "(a)" list under an item of numbers too', () => {
    assert.deepEqual(outline(['1. The taxes are:', '(a) on income:', '(i) income tax;', '(ii) wage tax;', '(b) on capital.'].join('\n')), [
      '1. The taxes are:',
      '  (a) on income:',
      '    (i) income tax;',
      '    (ii) wage tax;',
      '  (b) on capital.',
    ]);
  });
});
