/**
 * The lines a transcription writes after a final formula are printed each as its own paragraph in
 * every export (render/formula-lines.ts; NINETY-THIRD-RUN.md defect 3): NL–Zambia 1979 (BWBV0003785)
 * and NL–Oman 1987 (BWBV0002678) write each Government's signature block on a line of its own after
 * the "DONE at …" sentence, and the export ran them into the formula ("… in the English language.
 * For the Government of the Kingdom of the Netherlands (sd.) J. DE KONING For the Government …").
 * No word changes. Near misses: a formula wrapped over two lines stays one sentence; a block
 * written over two lines is one block; names and sentences the series wraps over lines stay joined;
 * a testimonium without a dating sentence ends with its recital; an operative clause's lines are
 * joined as before.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { aknProblems } from './akn-structure';
import { openRealInstrument } from './render-fixtures';

const q = '"""';
function formulaOf(formula: string, article = 'The Parties shall cooperate.') {
  const service = createEntenteService();
  const uri = 'file:///t.entente';
  service.open(uri, `treaty "Agreement" {\n  status binding\n  done at "Riga" on 2020-01-02\n}\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\nclause Art1 "Article 1" ${q}\n  ${article}\n${q}\nclause Formula "Final formula" ${q}\n${formula}\n${q}\n`);
  return { service, uri };
}
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('signature lines after a written final formula (r93 defect 3)', () => {
  it('NL–Zambia 1979: the formula and each signature block on its own, in md, html, docx model and akn, no word changed', () => {
    const { service, uri } = openRealInstrument('nl-zm-technical-cooperation-1979.entente');
    const formula = service.renderModel(uri)!.testimonium;
    assert.deepEqual(formula, [
      'DONE at Lusaka, this 12 September 1979 in duplicate in the English language.',
      'For the Government of the Kingdom of the Netherlands (sd.) J. DE KONING',
      'For the Government of the Republic of Zambia (sd.) J. LUMINA',
    ]);
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /in the English language\.\n\nFor the Government of the Kingdom of the Netherlands \(sd\.\) J\. DE KONING\n\nFor the Government of the Republic of Zambia \(sd\.\) J\. LUMINA/);
    const html = service.render(uri, 'html')!;
    assert.doesNotMatch(html, /English language\. For the Government|DE KONING For the Government/);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn, /<p>DONE at Lusaka, this 12 September 1979 in duplicate in the English language\.<\/p><p><signature>For the Government of the Kingdom of the Netherlands \(sd\.\) J\. DE KONING<\/signature><\/p><p><signature>For the Government of the Republic of Zambia \(sd\.\) J\. LUMINA<\/signature><\/p>/);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('NL–Oman 1987: the testimonium, the DONE sentence and the two blocks, four paragraphs', () => {
    const { service, uri } = openRealInstrument('nl-om-economic-technological-cooperation-1987.entente');
    const formula = service.renderModel(uri)!.testimonium;
    assert.equal(formula.length, 4);
    assert.match(formula[0], /^IN WITNESS WHEREOF, .* have signed the present Agreement\.$/);
    assert.match(formula[1], /^DONE in duplicate at Muscat .* September 1987\.$/);
    assert.equal(formula[2], 'For the Government of The Kingdom of the Netherlands (sd.) J. TH. VAN LEEUWEN');
    assert.equal(formula[3], 'For the Government of The Sultanate of Oman (sd.) QAIS BIN ABDUL MUNIM AL ZAWAWI');
  });

  it('near miss: a formula wrapped over lines is one sentence; a block written over lines is one block', () => {
    const { service, uri } = formulaOf('  DONE at Riga on 2 January 2020, in duplicate in the English\n  language.\n  For the Government of the Republic\n  of Estonia\n  (signed) A. KASK\n  For the Government of the Republic of Latvia (signed) B. OZOLS');
    assert.deepEqual(service.renderModel(uri)!.testimonium, [
      'DONE at Riga on 2 January 2020, in duplicate in the English language.',
      'For the Government of the Republic of Estonia (signed) A. KASK',
      'For the Government of the Republic of Latvia (signed) B. OZOLS',
    ]);
  });

  it('near miss: names and sentences the series wraps over lines stay in their paragraph (EU–US PNR 2007, CoE insider trading 1989)', () => {
    const pnr = formulaOf('  DONE at Brussels on 23 July 2007 and at Washington on 26 July 2007. For the European Union L.\n  AMADO For the United States of America M. CHERTOFF');
    assert.deepEqual(pnr.service.renderModel(pnr.uri)!.testimonium, ['DONE at Brussels on 23 July 2007 and at Washington on 26 July 2007. For the European Union L. AMADO For the United States of America M. CHERTOFF']);
    const coe = formulaOf('  DONE at Strasbourg, the 20th day of April 1989, in a single copy.\n  The Secretary General shall transmit certified copies to each member\n  State of the Council of Europe.');
    assert.deepEqual(coe.service.renderModel(coe.uri)!.testimonium, ['DONE at Strasbourg, the 20th day of April 1989, in a single copy. The Secretary General shall transmit certified copies to each member State of the Council of Europe.']);
  });

  it('near miss: a testimonium with no dating sentence ends with its recital; lines before the recital ends are joined', () => {
    const { service, uri } = formulaOf('  IN WITNESS WHEREOF the undersigned, duly authorised, have\n  signed this Agreement.\n  For Estonia\n  For Latvia');
    assert.deepEqual(service.renderModel(uri)!.testimonium, ['IN WITNESS WHEREOF the undersigned, duly authorised, have signed this Agreement.', 'For Estonia', 'For Latvia']);
  });

  it('near miss: the words are the same, only the paragraph ends move', () => {
    const written = '  DONE at Riga on 2 January 2020 in duplicate.\n  For the Republic of Estonia\n  For the Republic of Latvia';
    const { service, uri } = formulaOf(written);
    assert.equal(words(service.renderModel(uri)!.testimonium.join(' ')), words(written));
  });

  it('near miss: an operative clause written over lines is one paragraph, as before', () => {
    const { service, uri } = formulaOf('  DONE at Riga on 2 January 2020.', 'The Parties shall cooperate.\n  For the purposes of this Article\n  the Parties shall consult.');
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /The Parties shall cooperate\. For the purposes of this Article the Parties shall consult\./);
  });
});
