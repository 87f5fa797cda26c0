/**
 * ex41: two structural defects of the export, each fixed in constructs/paragraph-split.ts.
 *
 * 1. Paragraphs inside a lettered item (seventy-seventh run, item 3). Hague Adults Convention 2000,
 *    Art. 45(e): "e) any reference to the State whose authorities have been chosen by the adult shall
 *    be construed", then two unlettered alternatives "as referring to the territorial unit if …;" and
 *    "as referring to the territorial unit with which …;", each a paragraph of its own in the series
 *    (BWBV0003084, read), then "f) …". Joined to (e)'s words they read as one run-on sentence. The
 *    transcription sets each apart with a blank line; where the next label is the item's next ("f)"
 *    after "e)"), those paragraphs are the item's own, printed as its unlabelled sub-paragraphs.
 *    Near misses: the closing words of a chapeau before the next paragraph number ("2.") stay at
 *    paragraph level (IPP 1973 Art. 2); a paragraph after the last item with no label after it stays
 *    the article's; without a blank line the words continue the item, as before.
 * 2. Run-in part headings (rg40's "left as it was"). Bonn Agreement 1983, Annex: "Part II The line
 *    bounding …", "Part IV …", "Part V Interpretation", each a heading in the series (BWBV0002780,
 *    read), ran into item (v) of Part I. A line "Part" + Roman or Arabic number + a capitalised title
 *    with no closing punctuation is a paragraph of its own, as a bare "Part B" line is, closing the
 *    lists before it; the next line begins a paragraph — after a bare "Part A" too (NL–OPCW 1998,
 *    Attachments 1, 5, 6, 8, 10, where "Part A To be provided …:" ran the heading into its chapeau). Near misses: "Part II of this Annex applies",
 *    "Part I of the Annex to this Agreement;" and a line after "… as defined in" stay prose.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { ListItem, Paragraph } from '../../server/src/language/constructs/construct';
import { aknProblems } from './akn-structure';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
/** The tree as "label text" lines, indented by depth. */
function outline(text: string): string[] {
  const item = (i: ListItem, depth: number): string[] => [`${'  '.repeat(depth)}${[i.label, i.text].filter((t) => t).join(' ')}`, ...(i.items ?? []).flatMap((j) => item(j, depth + 1))];
  // A list's closing words (`wrapUp`) on the line after it, at the paragraph's level, as the exports print them.
  return (splitParagraphs(text) as Para[]).flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1)), ...(p.wrapUp ? [p.wrapUp] : [])]);
}

describe('ex41: paragraphs inside a lettered item', () => {
  it('Hague Adults 2000 Art. 45(e): the two alternatives are paragraphs of (e), in every format', () => {
    const md = exportedRealInstrument('hague-adults-convention-2000');
    // The items are the list of the chapeau before them, which ends in " -" (hundred-and-first run, defect 1).
    assert.ok(md.includes('   - e) any reference to the State whose authorities have been chosen by the adult shall be construed\n     - as referring to the territorial unit if the adult has chosen the authorities of this territorial unit;\n     - as referring to the territorial unit with which the adult has the closest connection if'));
    assert.ok(md.includes('within the State;\n   - f) any reference to the law of a State'));
    const akn = exportedRealInstrument('hague-adults-convention-2000', 'akn');
    assert.match(akn, /<num>e\)<\/num>(?:<content>)?<blockList eId="[^"]+"><listIntroduction>any reference to the State whose authorities have been chosen by the adult shall be construed<\/listIntroduction><item eId="[^"]+__item_1"><p>as referring to the territorial unit if/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('the splitter: after a blank line, up to the item\'s next label, at any depth', () => {
    const text = 'e) any reference shall be construed\n\nas referring to the unit if chosen;\n\nas referring to the closest unit otherwise;\nf) any other reference.';
    assert.deepEqual(outline(text), ['e) any reference shall be construed', '  as referring to the unit if chosen;', '  as referring to the closest unit otherwise;', 'f) any other reference.']);
    // Under a numbered paragraph, and with a blank line before the next item too.
    assert.deepEqual(outline('1. In this Convention:\n(a) a reference shall be construed\n\nas referring to the unit;\n\n(b) another reference.\n2. Final words.'), ['1. In this Convention:', '  (a) a reference shall be construed', '    as referring to the unit;', '  (b) another reference.', '2. Final words.']);
    // A paragraph of the item that wraps onto a second line stays one paragraph.
    assert.deepEqual(outline('a) one\n\nas referring to\nthe unit;\nb) two.'), ['a) one', '  as referring to the unit;', 'b) two.']);
  });

  it('near misses: closing words before the next paragraph number, a paragraph after the last item, no blank line', () => {
    // The closing words of a chapeau (IPP 1973 Art. 2(1)): the next label is "2.", not "(c)": paragraph level, as before.
    assert.deepEqual(outline('1. The intentional commission of:\n(a) a murder;\n(b) a kidnapping\n\nshall be made a crime.\n2. Each State shall punish it.'), ['1. The intentional commission of:', '  (a) a murder;', '  (b) a kidnapping', 'shall be made a crime.', '2. Each State shall punish it.']);
    // After the last item, nothing follows: the article's paragraph.
    assert.deepEqual(outline('The Parties shall exchange:\n(a) reports;\n(b) statistics.\n\nThe Parties shall keep them confidential.'), ['The Parties shall exchange:', '  (a) reports;', '  (b) statistics.', 'The Parties shall keep them confidential.']);
    // A new list after the paragraph ("(a)" again under a part): no item's next label.
    assert.deepEqual(outline('(a) one;\n(b) two.\n\nThe following apply to Part B:\n(a) three;'), ['(a) one;', '(b) two.', 'The following apply to Part B:', '  (a) three;']);
    // No blank line: the words continue the item, as a wrapped line does.
    assert.deepEqual(outline('e) shall be construed\nas referring to the unit;\nf) other.'), ['e) shall be construed as referring to the unit;', 'f) other.']);
    // A "Part B" designation between two items' lists is no paragraph of the item before it.
    assert.deepEqual(outline('Part A\n(a) one;\n(b) two.\n\nPart B\n(c) three.').slice(0, 3), ['Part A', '(a) one;', '(b) two.']);
  });
});

describe('ex41: a part heading run in at the start of a line', () => {
  it('Bonn Agreement 1983 Annex: Parts II, IV and V are headings of their own, not words of item (v)', () => {
    const md = exportedRealInstrument('bonn-agreement-north-sea-pollution-1983');
    assert.ok(md.includes('48° 10\' 00.00” N 10° 0\' 00.00” W.\n\nPart II The line bounding to the west and north the other waters covered by the Agreement\n\nThe line bounding to the west and north'));
    assert.ok(md.includes('\n\nPart I The line bounding the English Channel and its approaches to the south and west\n\nThe line bounding the English Channel and its approaches to the south and west shall be a line which:\n   - (i) commences'));
    assert.ok(md.includes('\n\nPart IV Boundaries of the Zones of Joint Responsibility\n\nThe zones of joint responsibility shall be as follows:\n\n1\\. Zone of Joint Responsibility of Belgium'));
    assert.ok(md.includes('on the south, the coastline, including the Wadden sea area.\n\nPart V Interpretation\n\nThe positions of the points'));
    const akn = exportedRealInstrument('bonn-agreement-north-sea-pollution-1983', 'akn');
    assert.match(akn, /<p>Part V Interpretation<\/p>/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('the splitter: a part heading closes the lists before it and ends its own paragraph', () => {
    assert.deepEqual(outline('(i) one;\n(ii) two.\nPart II The line bounding the waters\nThe line shall be a line which:\n(i) commences at a point.'), ['(i) one;', '(ii) two.', 'Part II The line bounding the waters', 'The line shall be a line which:', '  (i) commences at a point.']);
    assert.deepEqual(outline('1. General.\nPart 3 Interpretation\nThe positions are determined.'), ['1. General.', 'Part 3 Interpretation', 'The positions are determined.']);
    // So is a bare designation: "Part A" then its chapeau (NL–OPCW 1998, Attachment 1; BWBV0001601 prints "###Part A").
    assert.deepEqual(outline('Part A\nTo be provided by the State Party:\n(a) working hours;\n(b) working days.'), ['Part A', 'To be provided by the State Party:', '  (a) working hours;', '  (b) working days.']);
  });

  it('near misses: a part named in prose stays prose', () => {
    // Since rf107 a new sentence after a lettered list's last item ends the list (constructs/list-end.ts); as prose,
    // not a heading, the line after it continues its paragraph.
    assert.deepEqual(outline('(a) one;\n(b) two.\nPart II of this Annex applies to both.\nIt has two parts.'), ['(a) one;', '(b) two.', 'Part II of this Annex applies to both. It has two parts.']);
    assert.deepEqual(outline('c) bounded by the line defined in\nPart I of the Annex to this Agreement;\nd) other.'), ['c) bounded by the line defined in Part I of the Annex to this Agreement;', 'd) other.']);
    // After a word a number completes, the line is the sentence's: "as defined in / Part II The …" is no heading.
    assert.deepEqual(outline('The line as defined in\nPart II The Bonn line applies.'), ['The line as defined in Part II The Bonn line applies.']);
    // A title that ends in punctuation is a sentence: "Part II Each Party shall report." stays in its paragraph.
    assert.deepEqual(outline('(a) one;\n(b) two;\nPart II Each Party shall report.'), ['(a) one;', '(b) two; Part II Each Party shall report.']);
  });
});
