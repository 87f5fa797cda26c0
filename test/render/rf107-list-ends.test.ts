/**
 * rf107: where a list ends in the export (constructs/list-end.ts, render/preamble-recitals.ts).
 *
 * 1. r108 D2. NL–Czechoslovakia 1975, Art. 2 (BWBV0003866, read): after the Joint Commission's
 *    functions a)–c), "The Joint Commission may set up Special Working Groups … will draw up the terms
 *    of reference of such Groups." on a line of its own was printed inside c), one of the functions;
 *    it is a power of the Commission beside them. A new sentence after a lettered list's last item
 *    now ends the list, as after a dashed list; Protocol on Water and Health 1999, Art. 10(4)'s "These
 *    grounds for not disclosing information shall be interpreted in a restrictive way …" after h)
 *    (BWBV0004373, read) governs every ground, not h) alone.
 * 2. r106 D2. NL–India 1983, Annex 2 (BWBV0002676, read): conditions i)–iv), which govern "The
 *    facility at (a) above", were printed under c) (consumer articles). The sentence is on a line of
 *    its own (the series runs it in, "months;The facility"), a paragraph of item 2, its conditions
 *    under it.
 * 3. r108 D3. The Czechoslovak preamble's four dashed recitals were printed as one paragraph with
 *    inline dashes; they print as a list, "have agreed as follows:" after it.
 * Near misses: a transcription that wraps its lines keeps a wrapped item's sentence in the item
 * (NL–Norway 2015, BWBV0006451, read: "The prisoner shall be transferred …" is in b.; UNCAC Art.
 * 2(a)(iii), BWBV0001830, read: "However, …" is in (iii)); words between two items of one list are
 * the first's; a numbered paragraph's second sentence stays in it; any other list in a preamble is
 * printed in its words.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { recitals } from '../../server/src/language/render/preamble-recitals';
import { aknProblems } from './akn-structure';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
/** The tree as "label text" lines, indented by depth; a list's closing words after it. */
function outline(text: string): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${[i.label, i.text].filter((t) => t).join(' ')}`, ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  return (splitParagraphs(text) as Para[]).flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1)), ...(p.wrapUp ? [p.wrapUp] : [])]);
}

const czechoslovakia = 'nl-czechoslovakia-economic-cooperation-1975';
const india = 'nl-in-technical-cooperation-1983';

describe('rf107: a new sentence after a lettered list\'s last item ends the list (r108 D2, r106 D2)', () => {
  it('NL–Czechoslovakia 1975 Art. 2: the Special Working Groups are the article\'s paragraph, not function c), in every format', () => {
    const md = exportedRealInstrument(czechoslovakia);
    assert.ok(md.includes('   - c) to exchange views on further development of economic, industrial, agricultural and technical co-operation.\n\nThe Joint Commission may set up Special Working Groups to consider specific matters concerning economic co-operation. The Joint Commission will draw up the terms of reference of such Groups.\n'));
    const html = exportedRealInstrument(czechoslovakia, 'html');
    assert.match(html, /technical co-operation\.<\/li><\/ul>\n<p>The Joint Commission may set up Special Working Groups/u);
    const akn = exportedRealInstrument(czechoslovakia, 'akn');
    assert.doesNotMatch(akn, /technical co-operation\. The Joint Commission may/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('NL–India 1983 Annex 2: "The facility at (a) above" and its conditions i)–iv) are item 2\'s, not c)\'s', () => {
    const md = exportedRealInstrument(india);
    // lr26 D10: a paragraph of item 2 after its list, no bullet beside a)–c) (render/list-parts.ts; test/render/lr26-export-defects.test.ts).
    assert.ok(md.includes('corresponding number of months;\n\n   The facility at (a) above shall be subject to the following conditions:\n   - i) The article(s) listed above'));
    assert.ok(md.includes('between the two Governments.\n\n3\\. Facility of export'));
    const akn = exportedRealInstrument(india, 'akn');
    assert.match(akn, /<listIntroduction>The facility at \(a\) above shall be subject to the following conditions:<\/listIntroduction><item eId="[^"]+__item_i"><num>i\)<\/num>/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('Protocol on Water and Health 1999: the restrictive reading governs every ground a)–h)', () => {
    const md = exportedRealInstrument('water-health-protocol-1999');
    assert.ok(md.includes('breeding sites of rare species.\n\n   These grounds for not disclosing information shall be interpreted in a restrictive way'));
  });

  it('the splitter: under a paragraph with no number, under a numbered item, at the top', () => {
    assert.deepEqual(outline('Its function shall be:\na) to review;\nb) to exchange views.\nThe Commission may set up Groups.'), ['Its function shall be:', '  a) to review;', '  b) to exchange views.', 'The Commission may set up Groups.']);
    assert.deepEqual(outline('2. Import of\na) effects;\nb) articles;\nThe facility at (a) shall be subject to:\ni) one;\nii) two.\n3. Export.'), ['2. Import of', '  a) effects;', '  b) articles;', '  The facility at (a) shall be subject to:', '    i) one;', '    ii) two.', '3. Export.']);
    assert.deepEqual(outline('(a) one.\n(b) two.\nThe Parties shall consult.'), ['(a) one.', '(b) two.', 'The Parties shall consult.']);
  });

  it('near misses: wrapped lines, words between two items, a lower-case line, numbered paragraphs, "; and"', () => {
    // A transcription wrapped at its width: the line after the item is its sentence (NL–Norway 2015; UNCAC Art. 2(a)(iii)).
    assert.ok(exportedRealInstrument('nl-no-norgerhaven-prison-2015').includes('   - b. if for medical reasons the transfer to a medical centre in the Sending State is not possible. The prisoner shall be transferred to the Sending State as soon as his medical situation allows.'));
    assert.ok(exportedRealInstrument('un-convention-against-corruption-2003').includes('in the domestic law of a State Party. However, for the purpose of some specific measures'));
    assert.deepEqual(outline('2. A prisoner may be transferred to a centre in\nthe Receiving State:\na. in case of need;\nb. if not possible.\nThe prisoner shall return.'), ['2. A prisoner may be transferred to a centre in the Receiving State:', '  a. in case of need;', '  b. if not possible. The prisoner shall return.']);
    // Words between two items of one list are the first's, with or without a blank line after them.
    assert.deepEqual(outline('Chapeau:\na) one.\nThe X applies.\nb) two.'), ['Chapeau:', '  a) one. The X applies.', '  b) two.']);
    assert.deepEqual(outline('Chapeau:\na) one.\nThe X applies.\n\nb) two.'), ['Chapeau:', '  a) one. The X applies.', '  b) two.']);
    // A line in lower case continues the item; so does one after "; and", where the list goes on.
    assert.deepEqual(outline('Chapeau:\na) one;\nb) two and\nthree.'), ['Chapeau:', '  a) one;', '  b) two and three.']);
    assert.deepEqual(outline('Chapeau:\na) one; and\nThe Hague Rules.'), ['Chapeau:', '  a) one; and The Hague Rules.']);
    // Numbered paragraphs and capital letters are the text's paragraphs, whose sentences wrap.
    assert.deepEqual(outline('1. The Committee shall meet.\nIt shall adopt rules.\n2. Next.'), ['1. The Committee shall meet. It shall adopt rules.', '2. Next.']);
    // A sentence after an item that runs over several lines: no line of the label's to tell.
    assert.deepEqual(outline('Chapeau:\na) one\nmore words.\nThe X applies.'), ['Chapeau:', '  a) one more words. The X applies.']);
  });
});

describe('rf107: dashed recitals print as a list (r108 D3)', () => {
  it('NL–Czechoslovakia 1975: the four recitals under the parties, "have agreed as follows:" after them, in every format', () => {
    const md = exportedRealInstrument(czechoslovakia);
    assert.ok(md.includes('The Government of the Kingdom of the Netherlands and the Government of the Czechoslovak Socialist Republic\n   - desiring to enlarge and deepen'));
    assert.ok(md.includes('   - referring to the participation of their countries in the General Agreement on Tariffs and Trade,\n\nhave agreed as follows:\n'));
    assert.doesNotMatch(md, /Socialist Republic - desiring/u);
    const html = exportedRealInstrument(czechoslovakia, 'html');
    assert.match(html, /<section class="preamble" aria-label="Preamble">\n<p>The Government of the Kingdom of the Netherlands and the Government of the Czechoslovak Socialist Republic<\/p>\n<ul class="items as-written"><li><span class="label">-<\/span> desiring/u);
    const akn = exportedRealInstrument(czechoslovakia, 'akn');
    assert.match(akn, /<preamble><blockList eId="preamble__recital_1__list_1"><listIntroduction>The Government of the Kingdom/u);
    assert.match(akn, /<listWrapUp>have agreed as follows:<\/listWrapUp><\/blockList><\/preamble>/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('the next recital run into the last dashed one is a paragraph of its own (Macolin 2014, HCCH 2007)', () => {
    const macolin = exportedRealInstrument('coe-macolin-sports-manipulation-2014');
    assert.ok(macolin.includes('   - the UNESCO 5th International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport (MINEPS V);\n\nConvinced that dialogue and co-operation'));
    const hcch = exportedRealInstrument('hcch-child-support-recovery-convention-2007');
    assert.ok(hcch.includes('in a State different from that of the child,\n\nHave resolved to conclude this Convention'));
  });

  it('near misses: a lettered list, a last recital with no words after it, words in lower case that are the recital\'s', () => {
    const [lettered] = splitParagraphs('Considering that:\n(a) one;\n(b) two,');
    assert.deepEqual(recitals(lettered), ['Considering that: (a) one; (b) two,']);
    const [dashed] = splitParagraphs('The Parties\n- desiring one,\n- recalling the Treaty of Rome, Paris and Berlin,');
    assert.deepEqual(recitals(dashed), [dashed]);
    const [lower] = splitParagraphs('The Parties\n- desiring one,\n- recalling the Treaty, and having regard to it,');
    assert.deepEqual(recitals(lower), [lower]);
  });
});
