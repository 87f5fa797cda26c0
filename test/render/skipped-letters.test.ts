/**
 * Lettered items that skip letters (seventy-first run, defect 4; seventy-third run, defect 4).
 * OSPAR 1992 Art. 1, transcribed with its exclusions only: "g) “Dumping” does not include: …", "i)
 * “Incineration” does not include …", "o) “Wastes or other matter” does not include: …", each on its
 * own line. "i)" was read as the Roman numeral and nested under g), and "o)" ran into its line.
 * CETS 210 Art. 3: "a) …;" then "f) “women” includes girls under the age of 18." ran into (a).
 * Rule: a letter later in an open letter list, at the start of a line after one that ends an item
 * ("." or ";"), is an item of that list; a label that is also a Roman numeral only a few letters on.
 *
 * Near misses: a Roman sub-list under a chapeau ("(e) a threat:" then "(i)", "(ii)") stays nested;
 * "(i)" after "(b) … ;" (seven letters on) opens a sub-list as before; a label after a line that
 * ends in no item's end ("… referred to in / c) …") is not taken for one.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/render/instrument-model';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const shape = (text: string) => (splitParagraphs(text) as Para[]).map((p) => [p.label, (p.items ?? []).map((i: ListItem) => [i.label, (i.items ?? []).map((j) => j.label)])]);

describe('lettered items that skip letters (runs 71 and 73, defect 4)', () => {
  it('OSPAR Art. 1: g), i) and o) are three items of one list, i) the letter', () => {
    const text = 'g) “Dumping” does not include: (i) the disposal …; and (iii) the leaving in place.\ni) “Incineration” does not include the thermal destruction.\no) “Wastes or other matter” does not include: (i) human remains; ii) offshore installations.';
    assert.deepEqual(shape(text), [['g)', []], ['i)', []], ['o)', []]]);
  });

  it('CETS 210 Art. 3: f) after a) … ; is an item of its own', () => {
    const text = 'For the purpose of this Convention:\na) “violence against women” shall mean all acts … in private life;\nf) “women” includes girls under the age of 18.';
    assert.deepEqual(shape(text), [['', [['a)', []], ['f)', []]]]]);
  });

  it('the real instruments, in Markdown: OSPAR i) and o) stand apart, CETS 210 f) after a)', () => {
    const ospar = exportedRealInstrument('ospar-convention-1992');
    assert.match(ospar, /international law\.\n\ni\) “Incineration”/u);
    assert.match(ospar, /such thermal destruction\.\n\no\) “Wastes or other matter”/u);
    assert.match(exportedRealInstrument('istanbul-convention-2011'), /\n\s*(?:- )?f\) “women” includes girls under the age of 18\./u);
  });

  it('near misses: a Roman sub-list under a chapeau, or far from the letter before, stays nested', () => {
    assert.deepEqual(shape('1. A person commits an offence where:\n(a) there is a threat:\n(i) to kill;\n(ii) to injure.'), [['1.', [['(a)', ['(i)', '(ii)']]]]]);
    assert.deepEqual(shape('1. The Parties shall:\n(a) co-operate;\n(b) take the following measures.\n(i) training;\n(ii) exchange.'), [['1.', [['(a)', []], ['(b)', ['(i)', '(ii)']]]]]);
    // "g)" under a chapeau that ends in ":" then "i)": a sub-list's first, as before.
    assert.deepEqual(shape('1. Each Party shall:\n(a) co-operate;\n(f) in the case of vessels:\n(i) inspect them;\n(ii) report.'), [['1.', [['(a)', []], ['(f)', ['(i)', '(ii)']]]]]);
    // A letter after a line that ends in no item's end stays in its sentence.
    assert.deepEqual(shape('1. The Parties shall:\n(a) apply the measures referred to in paragraph\nc) of Annex I.'), [['1.', [['(a)', []]]]]);
  });
});
