/**
 * rf110: lines of a transcription that the export ran into the paragraph before them.
 *
 * 1. r111 D1. NL–Indonesia economic cooperation 1968, Protocol (BWBV0004240, read): the headings
 *    "Re Article 2 (maritime affairs)", "Re Article 5", "Re Articles 10 and 11" printed inside the
 *    paragraphs around them; each heads an understanding on its own Article (VCLT Art. 31(2)(a),
 *    read: BWBV0003441), a paragraph of its own (constructs/heading-lines.ts).
 * 2. r111 D1 (LOW) and r109 D2. After a list set out without labels, one element a line, a new
 *    sentence after an element that ended one is no words of that element: NL–Indonesia 1968 Art. 2
 *    ("With regard to the form of cooperation … referred to in the preceding paragraph, …") and
 *    NL–Korea 1982 Art. 6 ("The Commission may appoint specialized working-parties …", BWBV0002847,
 *    read) (constructs/unlabelled-elements.ts, `endsAlternatives`).
 * 3. r110 D4. NL–Guyana Tropenbos 1989, Letters Nr. I and II (BWBV0002769, read): reference and
 *    date, body, signature and addressee printed as one paragraph (constructs/letter-lines.ts).
 * Near misses: a sentence that begins "Re Article 5 …" stays prose; an element ending ";" goes on;
 * a wrapped text's lines stay joined; a text with no salutation joins its lines as before.
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
  return (splitParagraphs(text) as Para[]).flatMap((p) => [`${p.label ?? ''} ${p.text}`.trim(), ...(p.items ?? []).flatMap((i) => item(i, 1)), ...(p.wrapUp ? [p.wrapUp] : [])]);
}

const indonesia = 'nl-indonesia-economic-cooperation-1968';
const korea = 'nl-korea-economic-technological-cooperation-1982';
const guyana = 'nl-gy-tropenbos-1989';

describe('rf110: transcribed lines the export ran together (r111 D1, r109 D2, r110 D4)', () => {
  it('NL–Indonesia 1968 Protocol: each "Re Article N" heading is a paragraph of its own, in every format', () => {
    const md = exportedRealInstrument(indonesia);
    assert.ok(md.includes('integral part of the said Agreement:\n\nRe Article 2 (maritime affairs)\n\nWhilst recognizing the principle of the free participation'));
    assert.ok(md.includes('the Indonesian merchant marine.\n\nRe Article 5\n\n(1) Whilst recognizing'));
    assert.ok(md.includes('general management of an enterprise.\n\nRe Articles 10 and 11\n\nThe applicability of the obligations laid down in Article 11'));
    const html = exportedRealInstrument(indonesia, 'html');
    assert.match(html, /<p>Re Articles 10 and 11<\/p>/u);
    const akn = exportedRealInstrument(indonesia, 'akn');
    assert.doesNotMatch(akn, /enterprise\. Re Articles 10 and 11/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('a line that only refers to an Article heads what follows; a sentence that begins so stays prose (near miss)', () => {
    assert.deepEqual(outline('The Parties agree:\nRe Article 5\n(1) Whilst recognizing the principle.\n(2) With regard to staff.\nAd Article 3, paragraph 2\nThe applicability shall begin.'), [
      'The Parties agree:', 'Re Article 5', '(1) Whilst recognizing the principle.', '(2) With regard to staff.', 'Ad Article 3, paragraph 2', 'The applicability shall begin.',
    ]);
    assert.deepEqual(outline('The Parties agree.\nRe Article 5 the Parties understand that staff are included.'), ['The Parties agree. Re Article 5 the Parties understand that staff are included.']);
  });

  it('NL–Indonesia 1968 Art. 2 and NL–Korea 1982 Art. 6: a new sentence after the last unlabelled element ends the list', () => {
    const md = exportedRealInstrument(indonesia);
    assert.ok(md.includes('the appointment of agents and/or representatives; and in any other appropriate way.\n\nWith regard to the form of cooperation in the activities referred to in the preceding paragraph,'));
    const kr = exportedRealInstrument(korea);
    assert.ok(kr.includes('and make recommendations thereon.\n\nThe Commission may appoint specialized working-parties to deal with cooperation in particular sectors. The working-parties shall report to the Mixed Commission. The Commission shall meet at the request of either Contracting Party.\n'));
    assert.deepEqual(aknProblems(exportedRealInstrument(korea, 'akn')), []);
  });

  it('near misses: an element ending ";" goes on, and a wrapped text keeps its sentence', () => {
    // After ";" the capital line is no new sentence after the list: it stays the element's words.
    assert.deepEqual(outline('The Commission shall:\ndiscuss any matter;\nexplore and define sectors;\nThe Commission may appoint working-parties.'), [
      'The Commission shall:', 'discuss any matter;', 'explore and define sectors; The Commission may appoint working-parties.',
    ]);
    // A wrapped text ("… in" / "the …"): the line after the element's full stop is where a line broke.
    assert.deepEqual(outline('The Commission shall:\ndiscuss any matter arising in\nthe region.\nThe Commission may appoint working-parties.'), [
      'The Commission shall: discuss any matter arising in the region. The Commission may appoint working-parties.',
    ]);
  });

  it('NL–Guyana 1989 Letters Nr. I and II: reference, body, signature and addressee are parts of their own', () => {
    const md = exportedRealInstrument(guyana);
    assert.ok(md.includes('## Letter Nr. I\n\nNr. 236G Paramaribo, December 22,1989\n\nSir, On the occasion of the signature'));
    assert.ok(md.includes("the assurance of my highest consideration.\n\n(sd.) B. R. KÖRNER B. R. Körner Chargé d'Affaires a.i.\n\nHis Excellency D. A. Abrams Ambassador Extraordinary and Plenipotentiary of the Cooperative Republic of Guyana Paramaribo\n"));
    assert.ok(md.includes("REF: NO: GES: 50/1 Paramaribo, December 22, 1989\n\nSir, On the occasion"));
    assert.ok(md.includes("(sd.) D. A. ABRAMS D. A. Abrams, Ambassador Extraordinary and Plenipotentiary\n\nThe Honourable Mr. B. R. Körner"));
    assert.deepEqual(aknProblems(exportedRealInstrument(guyana, 'akn')), []);
  });

  it('near misses: no salutation, or wrapped lines, and a letter\'s lines stay joined as before', () => {
    assert.deepEqual(outline('Nr. 236G Paramaribo\nThe Parties agree.\n(sd.) B. R. KÖRNER'), ['Nr. 236G Paramaribo The Parties agree. (sd.) B. R. KÖRNER']);
    assert.deepEqual(outline('Sir,\nI refer to Article 36 of Regulation 1408/71 of the\nCouncil of the European Communities, which concerns\nreimbursement of costs.'), [
      'Sir, I refer to Article 36 of Regulation 1408/71 of the Council of the European Communities, which concerns reimbursement of costs.',
    ]);
    assert.deepEqual(outline('Paramaribo, December 22, 1989\nSir, I have the honour to declare.\n(sd.) B. R. KÖRNER'), ['Paramaribo, December 22, 1989', 'Sir, I have the honour to declare.', '(sd.) B. R. KÖRNER']);
  });
});
