/**
 * Treaty lawyer lr26, defects D7, D10 and D11: the export said more, or other, than the declarations.
 *
 * - D7 (probe acc1.entente): "Any State not represented at the Tenth Session may accede to this
 *   Convention." granted a present, unconditional right to accede, where the texts attach conditions:
 *   "may accede to the present Convention after it has entered into force in accordance with the first
 *   paragraph of article 27" (Hague Service Convention 1965, Art. 28, read: BWBV0002015); "The accession
 *   will have effect only as regards the relations between the acceding State and such Contracting
 *   States as will have declared their acceptance of the accession" (Hague Evidence Convention 1970,
 *   Art. 39, read: BWBV0001993). No header statement states them: a blank.
 * - D10: NL–India 1983, Annex 2 — "The facility at (a) above shall be subject to the following
 *   conditions:" printed in Markdown as a fourth dash item beside a)–c); it is a paragraph of item 2
 *   after that list (BWBV0002676, read), its conditions i)–iv) under it. The same shape: Protocol on
 *   Water and Health 1999, Art. 10(5), "These grounds …" after a)–h) (BWBV0004373, read).
 * - D11 (probe exit2.entente): with a custodian that is not depositary, "six months after the date of
 *   receipt of the notification" left open whose receipt counts if the other Parties are notified (each
 *   receipt its own day, VCLT Art. 78(b)): the same blank the branch without a custodian has.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntenteService } from '../../server/src/language';
import type { ListItem } from '../../server/src/language/constructs/construct';
import { listParts } from '../../server/src/language/render/list-parts';
import { aknProblems } from './akn-structure';
import { readDocx } from './docx-reader';
import { exportedRealInstrument, openRealInstrument } from './render-fixtures';

function service(text: string) {
  const s = createEntenteService({ readFile: () => undefined });
  s.open('file:///t/lr26.entente', text);
  return s;
}
const render = (text: string, format: 'markdown' | 'html' | 'akn' = 'markdown') => service(text).render('file:///t/lr26.entente', format) ?? '';

describe('lr26 D7: the accession sentence for a class leaves the text’s conditions of accession blank', () => {
  const acc1 = (extra = '') => `treaty "Convention on cyber incident cooperation" {
  status binding
  opened for signature
  consent by ratification for Session-States, accession for Acceding-States
  effect 60 days after last ratification by 3 States
  subsequently 60 days after ratification
  depositary "the Ministry of Foreign Affairs of the Netherlands"
  duration indefinite
  denunciation with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party Session-States "The States represented at the Tenth Session" { kind state class closed }
party Acceding-States "Any State not represented at the Tenth Session" { kind state class open }
${extra}`;

  it('the probe: "Any State not represented at the Tenth Session may accede to this Convention" has a blank for the conditions', () => {
    const md = render(acc1());
    assert.ok(md.includes('2. Any State not represented at the Tenth Session may accede to this Convention **\\[conditions of accession, if any, in the text’s words\\]**.'));
    assert.doesNotMatch(md, /may accede to this Convention\./u);
    assert.ok(md.includes('1. The consent of the States represented at the Tenth Session to be bound by this Convention shall be expressed by ratification.'), 'the ratifying class keeps its sentence, with no blank');
  });

  it('near misses: the drafter’s own clause on consent is printed instead; one list for all speaks of the means, not of a right to accede', () => {
    const own = render(acc1('clause Accession "Accession" about consent """\n  Any State not represented at the Tenth Session may accede to this Convention after it has entered into force.\n"""\n'));
    assert.ok(own.includes('Any State not represented at the Tenth Session may accede to this Convention after it has entered into force.'));
    assert.doesNotMatch(own, /conditions of accession/u);
    const oneList = render(acc1().replace('ratification for Session-States, accession for Acceding-States', 'ratification, accession'));
    assert.match(oneList, /The consent of \*\*\\\[the States that may accede, in the text’s words\\\]\*\* to be bound by this Convention shall be expressed by accession\./u);
    assert.doesNotMatch(oneList, /conditions of accession/u);
  });
});

describe('lr26 D10: a paragraph after a lettered list is the paragraph of the element the list is under, not one more item', () => {
  const india = 'nl-in-technical-cooperation-1983';
  const water = 'water-health-protocol-1999';

  it('NL–India 1983 in Markdown: "The facility at (a) above …" without a bullet, after a blank line, its conditions i)–iv) after it', () => {
    const md = exportedRealInstrument(india);
    assert.doesNotMatch(md, /^\s*- The facility at \(a\) above/mu);
    assert.ok(md.includes('corresponding number of months;\n\n   The facility at (a) above shall be subject to the following conditions:\n   - i) The article(s) listed above'));
    assert.ok(md.includes('the list of articles may be mutually agreed between the two Governments.\n\n3\\. Facility of export'));
  });

  it('NL–India 1983 in HTML, Akoma Ntoso and Word: after the list of a)–c), never an item of it', async () => {
    const html = exportedRealInstrument(india, 'html');
    assert.match(html, /number of months;<\/li><\/ul><p class="list-paragraph">The facility at \(a\) above shall be subject to the following conditions:<\/p><ul class="items as-written"><li><span class="label">i\)<\/span>/u);
    const akn = exportedRealInstrument(india, 'akn');
    assert.match(akn, /number of months;<\/p><\/item><\/blockList><blockList eId="tblock_9__item_3__list_2"><listIntroduction>The facility at \(a\) above shall be subject to the following conditions:<\/listIntroduction><item eId="tblock_9__item_3__list_2__item_i"><num>i\)<\/num>/u);
    assert.deepEqual(aknProblems(akn), []);
    const { service: s, uri } = openRealInstrument(`${india}.entente`);
    const body = (await readDocx((await s.renderDocx(uri))!)).body.flatMap((b) => (b.kind === 'p' ? [b] : []));
    const indent = (start: string) => body.find((p) => p.text.startsWith(start))?.indent;
    // Item 2's text is at 567, its items a)–c) one step in: the paragraph of item 2 at item 2's, its conditions at the items'.
    assert.equal(indent('The facility at (a) above'), 567);
    assert.equal(indent('c)'), 1134);
    assert.equal(indent('i)'), 1134);
  });

  it('the Protocol on Water and Health, Art. 10(5): "These grounds …" after a)–h), in every format', () => {
    assert.ok(exportedRealInstrument(water).includes('breeding sites of rare species.\n\n   These grounds for not disclosing information shall be interpreted in a restrictive way'));
    assert.match(exportedRealInstrument(water, 'html'), /breeding sites of rare species\.<\/li><\/ul><p class="list-paragraph">These grounds for not disclosing/u);
    const akn = exportedRealInstrument(water, 'akn');
    assert.match(akn, /breeding sites of rare species\.<\/p><\/item><\/blockList><p>These grounds for not disclosing/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('under an item: the paragraph is the item’s own, after its sub-list, and the next item follows', () => {
    const text = `treaty "Agreement on Cyber Security Cooperation" {
  status binding
  languages English authentic
  consent by signature
  effect on signature
}
party EE "Republic of Estonia" { kind state jurisdiction EE }
party FI "Republic of Finland" { kind state jurisdiction FI }
clause Cooperation "Cooperation" about purpose """
  1. The Parties shall:
  (a) share the following:
  (i) indicators of compromise;
  (ii) incident reports.
  The information shall be marked as the sender asks.
  (b) meet once a year.
  2. Each Party shall bear its own costs.
"""
`;
    assert.ok(render(text).includes('     - (ii) incident reports.\n\n     The information shall be marked as the sender asks.\n   - (b) meet once a year.'));
    assert.ok(render(text, 'html').includes('incident reports.</li></ul><p class="list-paragraph">The information shall be marked as the sender asks.</p></li><li><span class="label">(b)</span>'));
    const akn = render(text, 'akn');
    assert.ok(akn.includes('incident reports.</p></item></blockList><p>The information shall be marked as the sender asks.</p></item><item eId="art_1__para_1__list_1__item_b">'));
    assert.deepEqual(aknProblems(akn), []);
  });

  it('near misses: a list whose elements have no label stays a list; a dashed item is an item', () => {
    const items = (...labels: string[]): ListItem[] => labels.map((label, i) => ({ label, text: `element ${i}` }));
    assert.deepEqual(listParts(items('', '')).map((p) => p.kind), ['items']);
    assert.deepEqual(listParts(items('–', '–')).map((p) => p.kind), ['items']);
    assert.deepEqual(listParts(items('', 'a)', '')).map((p) => p.kind), ['items', 'paragraph']);
    // Hague Adults Convention 2000, Art. 45(e): the two alternatives under (e) have no label of their own and stay its elements.
    assert.match(exportedRealInstrument('hague-adults-convention-2000'), /^ {5}- as referring to the territorial unit/mu);
  });

  it('property: the parts hold every item once, in order, and no run of items has an unlabelled one after a labelled one', () => {
    const item = fc.record({ label: fc.constantFrom('', 'a)', 'b)', '–', '(i)'), text: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const parts = listParts(items);
        assert.deepEqual(parts.flatMap((p) => (p.kind === 'items' ? p.items : [p.paragraph])), items);
        let labelled = false;
        for (const part of parts) {
          if (part.kind === 'paragraph') assert.ok(labelled && part.paragraph.label === '');
          else for (const i of part.items) {
            assert.ok(!(labelled && i.label === ''));
            if (i.label !== '') labelled = true;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('lr26 D11: an exit clause addressed to a custodian or the other Parties says whose receipt counts', () => {
  const exit2 = (lines: string, parties = 3) => `treaty "Agreement on cyber cooperation" {
  status binding
  consent by signature
  effect on signature
${lines}  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
${['EE "The Republic of Estonia"', 'FI "The Republic of Finland"', 'LV "The Republic of Latvia"'].slice(0, parties).map((p, i) => `party ${p} { kind state jurisdiction ${['EE', 'FI', 'LV'][i]} }`).join('\n')}
`;
  const termination = (md: string) => /^Any Party may terminate[^\n]*$|^Either Party may terminate[^\n]*$/mu.exec(md)?.[0];

  it('the probe: a single original in the archives of Estonia, no depositary — a blank for the receipt as for the address', () =>
    assert.equal(
      termination(render(exit2('  done at "Tallinn" in single copy deposited with "the archives of the Government of Estonia"\n'))),
      'Any Party may terminate this Agreement as far as it is concerned by notification addressed to **\\[the custodian of the original, if it is to receive notifications as depositary, or the other Parties\\]**. Termination shall take effect for that Party six months after the date of receipt of the notification **\\[by the custodian of the original, or by which of the other Parties: the first or the last to receive it\\]**.',
    ));

  it('near misses: a designated depositary receives; no custodian keeps its blank; between two, the other receives', () => {
    assert.equal(termination(render(exit2('  depositary "the Government of Estonia"\n'))), 'Any Party may terminate this Agreement as far as it is concerned by notification addressed to the Depositary. Termination shall take effect for that Party six months after the date of receipt of the notification.');
    assert.match(termination(render(exit2('')))!, /by notification to the other Parties\. .* receipt of the notification \*\*\\\[by which of the other Parties: the first or the last to receive it\\\]\*\*\.$/u);
    assert.equal(termination(render(exit2('  done at "Tallinn" in duplicate deposited with "the archives of the Government of Estonia"\n', 2))), 'Either Party may terminate this Agreement by notification to the other Party. Termination shall take effect six months after the date of receipt of the notification.');
  });
});
