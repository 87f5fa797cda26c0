/**
 * rf112: export layout on real instruments (r112–r114 reports).
 *
 * 1. r114 D1 (recurs from r93 D3). NL–Ethiopia technical cooperation 1993 (BWBV0001078, read): the
 *    signature lines "(sd.) J. P. PRONK For the Government of the Kingdom of the Netherlands" and
 *    "(sd.) A. HUSSEIN For the Government of Ethiopia …", written on lines of their own after the
 *    "DONE at Addis Ababa …" sentence, were printed inside its paragraph (render/formula-lines.ts).
 *    Near miss: "For the Government of …" then "(sd.) W. F. VAN EEKELEN" (NL–CTA 1984) is one block.
 * 2. r112 D1. NL–Jamaica 1993 Art. II(1) (BWBV0001090, read): "1." alone on its line, then a)–k);
 *    Markdown printed "1\. a) exempt …" then "- b) …" (render/markdown.ts, paragraph-split.ts).
 *    Near miss: "4. (a) This Convention …" written on one line keeps (a) on the number's line.
 * 3. r113 D1. NL–Poland veterinary 1978 (BWBV0003961, read): the Convention's own formula "… have
 *    signed this Agreement. DONE in Warsaw …" is not another instrument's (render/formula-another.ts).
 *    Near miss: where the text holds a Protocol, its formula is still said to be the Protocol's.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { aknProblems } from './akn-structure';
import { exportedRealInstrument, renderText } from './render-fixtures';

const ethiopia = 'nl-et-technical-cooperation-1993';
const jamaica = 'nl-jm-technical-cooperation-1993';
const poland = 'nl-poland-veterinary-1978';
const q = '"""';

function formulaOf(formula: string) {
  const service = createEntenteService();
  const uri = 'file:///t.entente';
  service.open(uri, `treaty "Agreement" {\n  status binding\n  done at "Riga" on 2020-01-02\n}\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\nclause Art1 "Article 1" ${q}\n  The Parties shall cooperate.\n${q}\nclause Formula "Final formula" ${q}\n${formula}\n${q}\n`);
  return service.renderModel(uri)!.testimonium;
}

describe('rf112: export layout on real instruments (r114 D1, r112 D1, r113 D1)', () => {
  it('NL–Ethiopia 1993: each "(sd.)" signature line after the DONE sentence is its own paragraph, in md and akn', () => {
    const md = exportedRealInstrument(ethiopia);
    assert.ok(md.includes('in the English language each of which shall be equally authentic.\n\n(sd.) J. P. PRONK For the Government of the Kingdom of the Netherlands\n\n(sd.) A. HUSSEIN For the Government of Ethiopia Dr. Abdulmejid Hussein Minister for External Economic Cooperation\n'));
    const akn = exportedRealInstrument(ethiopia, 'akn');
    assert.match(akn, /<p><signature>\(sd\.\) J\. P\. PRONK For the Government of the Kingdom of the Netherlands<\/signature><\/p><p><signature>\(sd\.\) A\. HUSSEIN/u);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('near misses: a "(sd.)" line under an unsigned "For the …" line is that block; a line after it that opens none continues it', () => {
    assert.deepEqual(formulaOf('DONE at the Hague 7 August 1984, in duplicate, in the English language.\nFor the Government of the Kingdom of the Netherlands\n(sd.) W. F. VAN EEKELEN\nFor the Technical Centre\n(sd.) D. ASSOUMOU MBA'), [
      'DONE at the Hague 7 August 1984, in duplicate, in the English language.',
      'For the Government of the Kingdom of the Netherlands (sd.) W. F. VAN EEKELEN',
      'For the Technical Centre (sd.) D. ASSOUMOU MBA',
    ]);
    assert.deepEqual(formulaOf('DONE at Addis Ababa, on March 1st, 1993, in duplicate.\n(sd.) J. P. PRONK For the Government of Ethiopia\nDr. Abdulmejid Hussein Minister'), [
      'DONE at Addis Ababa, on March 1st, 1993, in duplicate.',
      '(sd.) J. P. PRONK For the Government of Ethiopia Dr. Abdulmejid Hussein Minister',
    ]);
    // Before the formula's dating sentence ends, a "(sd.)" line is still the formula's words.
    assert.deepEqual(formulaOf('DONE at Riga on 2 January 2020 in duplicate\n(sd.) and sealed.'), ['DONE at Riga on 2 January 2020 in duplicate (sd.) and sealed.']);
  });

  it('NL–Jamaica 1993 Art. II(1): "1." is the lead-in and a)–k) are all items of one list', () => {
    const md = exportedRealInstrument(jamaica);
    assert.ok(md.includes('the Government of Jamaica shall:\n\n1\\.\n   - a) exempt the Netherlands personnel from all taxes'));
    assert.ok(md.includes('\n   - k) without prejudice to the foreign exchange regulations'));
    assert.doesNotMatch(md, /1\\\. a\) exempt/u);
    assert.ok(md.includes('\n\n2\\. The Government of Jamaica shall ensure'));
  });

  it('near miss: an item written on its number\'s line ("4. (a) …") stays on that line', () => {
    const md = renderText(`treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\nclause Art1 "Article 1" ${q}\n  1. The Parties shall:\n  (a) cooperate;\n  (b) consult.\n  2.\n  (a) exchange views;\n  (b) meet.\n  3. (a) This Agreement applies;\n  (b) it ends.\n${q}\n`);
    assert.ok(md.includes('2\\.\n   - (a) exchange views;\n   - (b) meet.'), md);
    assert.ok(md.includes('3\\. (a) This Agreement applies;\n   - (b) it ends.'), md);
  });

  it('NL–Poland 1978: a Convention whose formula says "have signed this Agreement" is not said to lack its formula', () => {
    const md = exportedRealInstrument(poland);
    assert.doesNotMatch(md, /final formula of the Convention|the one printed signs/u);
    assert.ok(md.includes('IN WITNESS WHEREOF the undersigned, duly authorized thereto, have signed this Agreement.'));
  });

  it('near miss: where the text holds the Protocol the formula signs, the note stays', () => {
    const text = (protocol: string) => `treaty "Agreement between A and B on taxes" {\n  status binding\n  languages English\n  done at "London" on 2009-12-10 in duplicate\n  effect on signature\n}\nparty A "State A"\nparty B "State B"\nclause Art1 "Article 1 – Object" ${q}\n  The Parties shall exchange information.\n${q}\n${protocol}clause ProtFinal "Final formula" ${q}\n  IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Protocol. DONE at London this 10th day of December 2009, in duplicate, in the English language.\n${q}\n`;
    const said = /final formula of the Agreement \(the one printed signs the Protocol\)/u;
    assert.match(renderText(text(`clause P1 "Article 1" ${q}\n  This Protocol shall form an integral part of the Agreement.\n${q}\n`)), said);
    assert.match(renderText(text(`clause P1 "Protocol, Article 1" ${q}\n  The Parties shall consult.\n${q}\n`)), said);
    assert.doesNotMatch(renderText(text('')), said);
  });
});

/**
 * Treaty lawyer lr30, D10: a text that calls itself by two names — a "Convention" whose Art. 9 says "This
 * Agreement …", as its formula "have signed this Agreement" does — holds no other instrument: "This
 * Agreement" alone is no sign of one, and the note does not say the Convention's formula is missing.
 * Near miss: "This Protocol shall form an integral part of the Agreement" still marks a Protocol the text holds.
 */
describe('lr30 D10: a text with two names for itself prints its formula as its own', () => {
  const twoNames = `treaty "Convention between the Kingdom of the Netherlands and the Republic of Poland on veterinary co-operation" {
  status binding
  languages English
  done at "Warsaw" on 1978-05-31 in duplicate
  consent by notification
  effect after last notification
  termination with notice of 6 months
}
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party PL "The Government of the Polish People's Republic" { kind government jurisdiction PL }
clause Art1 "Article 1" """
  The Contracting Parties shall co-operate in the veterinary field.
"""
clause Art9 "Article 9" """
  This Agreement shall enter into force on the date on which the Contracting Parties have notified each other that their required constitutional procedures have been complied with.
"""
clause FinalFormula "Final formula" """
  IN WITNESS WHEREOF the undersigned, duly authorized thereto, have signed this Agreement.
  DONE in Warsaw on May 31st, 1978 in two copies in English.
  For the Government of the Kingdom of the Netherlands, (sd.) VAN DER STEE
  For the Government of the Polish People's Republic, (sd.) KLONICA
"""
`;
  it('the closing note does not call the printed formula another instrument\'s', () => {
    assert.doesNotMatch(renderText(twoNames), /the one printed signs the Agreement/u);
  });
  it('near miss: a clause that makes the Agreement an integral part of another keeps the note', () => {
    const protocolTitled = twoNames.replace('treaty "Convention between', 'treaty "Protocol between').replace('This Agreement shall enter into force', 'This Agreement shall form an integral part of the Convention and shall enter into force');
    assert.match(renderText(protocolTitled), /the one printed signs the Agreement/u);
  });
});
