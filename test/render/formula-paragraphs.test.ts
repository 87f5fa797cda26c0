/**
 * A final formula the text writes in a clause keeps the paragraphs its clause sets apart
 * (render/testimonium.ts, `drafterFormulaParagraphs`). Sixty-third run, item 1: the NL–US Mutual
 * Support Agreement 1983 (BWBV0002576) writes "DONE at Stuttgart … in the English language." and a
 * signature block per Government, each after a blank line; the export ran them into one paragraph
 * ("… HQ, US European Command For the Government of the Kingdom of the Netherlands, …").
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { aknProblems } from './akn-structure';
import { openRealInstrument } from './render-fixtures';

describe('a written final formula keeps its paragraphs (sixty-third run, item 1)', () => {
  it('NL–US MSA 1983: the formula and the two signature blocks, three paragraphs, in md, html and akn', () => {
    const { service, uri } = openRealInstrument('nl-us-mutual-support-agreement-1983.entente');
    const formula = service.renderModel(uri)!.testimonium;
    assert.deepEqual(formula.map((p) => p.slice(0, 40)), ['DONE at Stuttgart on this 22nd day of Fe', 'For the Government of the United States ', 'For the Government of the Kingdom of the']);
    assert.match(formula[1], /HQ, US European Command$/);
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /in the English language\.\n\nFor the Government of the United States of America, .* US European Command\n\nFor the Government of the Kingdom of the Netherlands, /);
    assert.doesNotMatch(service.render(uri, 'html')!, /European Command For the Government/);
    const akn = service.render(uri, 'akn')!;
    assert.doesNotMatch(akn, /European Command For the Government/);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('NL–NZ 1990: the testimonium and "DONE in two copies …" each on its own, as before', () => {
    const { service, uri } = openRealInstrument('nl-nz-social-security-1990.entente');
    const formula = service.renderModel(uri)!.testimonium;
    assert.equal(formula.length, 2);
    assert.match(formula[0], /^IN WITNESS WHEREOF, the undersigned, .* have signed this Agreement\.$/);
    assert.match(formula[1], /^DONE in two copies in the English language at Wellington/);
  });

  it('near miss: line breaks inside the formula are spaces, as in every clause; each line after it is its own (ninety-third run, defect 3)', () => {
    const service = createEntenteService();
    const q = '"""';
    service.open('file:///t.entente', `treaty "Agreement" {\n  status binding\n  done at "Riga" on 2020-01-02\n}\nparty EE "Estonia" { kind state }\nparty LV "Latvia" { kind state }\nclause Art1 "Article 1" ${q}\n  The Parties shall cooperate.\n${q}\nclause Formula "Final formula" ${q}\n  DONE at Riga on 2 January 2020\n  in duplicate in the English language.\n  For the Republic of Estonia\n  For the Republic of Latvia\n${q}\n`);
    assert.deepEqual(service.renderModel('file:///t.entente')!.testimonium, ['DONE at Riga on 2 January 2020 in duplicate in the English language.', 'For the Republic of Estonia', 'For the Republic of Latvia']);
  });
});
