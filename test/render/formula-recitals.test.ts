/**
 * Eighty-sixth run, defect 1: ILO Convention No. 181 (1997) ends with its authentication, "The
 * foregoing is the authentic text of the Convention duly adopted by the General Conference … IN
 * FAITH WHEREOF we have appended our signatures …", transcribed as its last clause. The export
 * recognised only "IN WITNESS WHEREOF" (and a few others), so its note said "The final formula is not
 * transcribed", and a heading given to that clause was printed, a word the text does not have.
 * The recitals the transcriptions hold and the usual others are now recognised ("IN FAITH
 * WHEREOF", "IN TESTIMONY WHEREOF", "ZU URKUND DESSEN", "EN FE DE LO CUAL", …), so is the
 * authentication "The foregoing is the authentic text" opening a clause or a paragraph, and "DONE
 * AT" in capitals is a "DONE at" (Cospas-Sarsat 1988, NL–UAE 2015, UN 1988). No word of the text
 * changes. Near misses: the words inside a sentence of an article.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { holdsSignatures } from '../../server/src/language/render/printed-signatures';
import { openRealInstrument, repoRoot } from './render-fixtures';

const note = (md: string) => /\n---\n\n> \*Not part of the text\.\* ([^\n]*)\n$/.exec(md)?.[1] ?? '';
const iloFile = 'ilo-private-employment-agencies-1997.entente';
const authentication = /The foregoing is the authentic text of the Convention duly adopted by the General Conference of the International Labour Organization during its Eighty-fifth Session which was held at Geneva and declared closed the 19 June 1997\. IN FAITH WHEREOF we have appended our signatures this twentieth day of June 1997\./;

function render(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/ilo.entente', text);
  return { md: service.render('file:///t/ilo.entente', 'markdown')!, doc: service.renderModel('file:///t/ilo.entente')! };
}

describe('eighty-sixth run, defect 1: the usual closing formulas are the text\'s own final formula', () => {
  it('ILO C181: the authentication is printed as written, at the end, and the note does not call the formula missing', () => {
    const { service, uri } = openRealInstrument(iloFile);
    const md = service.render(uri, 'markdown')!;
    assert.match(md.split('\n---\n')[0], authentication);
    assert.doesNotMatch(note(md), /final formula/);
    assert.ok(service.renderModel(uri)!.testimonium.some((p) => authentication.test(p)));
  });

  it('ILO C181 with a heading on that clause: the heading is not printed (the text has none)', () => {
    const text = readFileSync(join(repoRoot, 'test/real-instruments', iloFile), 'utf8').replace('clause Testimonium """', 'clause Testimonium "Testimonium" """');
    const { md } = render(text);
    assert.doesNotMatch(md, /Testimonium/);
    assert.match(md, authentication);
  });

  // A planned declaration (a draft): its formula is generated unless a clause holds one (as concluded-formula.test.ts).
  const formulaOf = (paragraph: string) => {
    const service = createEntenteService({ readFile: () => undefined });
    const q = '"""';
    service.open('file:///t/call.entente', `declaration "Call" {\n  issued at "Paris" on 2027-11-12\n}\nclause FollowUp "Follow-up" ${q}\n  We agree on reconvening in 2028.\n\n  ${paragraph}\n${q}\n`);
    return service.renderModel('file:///t/call.entente')!.testimonium;
  };
  const generated = ['Issued at Paris on 12 November 2027.'];

  it('recitals after a sentence, and the authentication as a paragraph, hold the formula', () => {
    for (const paragraph of [
      'The meeting closed. IN FAITH WHEREOF we have appended our signatures.',
      'The meeting closed. In faith whereof the undersigned have signed this Call.',
      'The meeting closed. IN TESTIMONY WHEREOF the undersigned have signed this Call.',
      'Die Sitzung ist geschlossen. ZU URKUND DESSEN haben die Unterzeichneten diese Erklärung unterschrieben.',
      'La sesión queda cerrada. EN FE DE LO CUAL, los abajo firmantes han firmado.',
      'The foregoing is the authentic text of the Call duly adopted by the Conference.',
    ]) assert.deepEqual(formulaOf(paragraph), [], paragraph);
  });

  it('near misses: the same words inside a sentence of an article hold none', () => {
    for (const paragraph of [
      'The Participants will keep a record in faith whereof each may ask for a copy.',
      'The Participants agree that the foregoing is the authentic text of their understanding.',
      'Each Participant shall act in good faith, whereof the record is kept.',
    ]) assert.deepEqual(formulaOf(paragraph), generated, paragraph);
  });

  it('"DONE AT" in capitals is set apart from the recital as "DONE at" is, every word kept', () => {
    const { service, uri } = openRealInstrument('nl-ae-customs-mutual-assistance-2015.entente');
    const formula = service.renderModel(uri)!.testimonium;
    assert.equal(formula[0], 'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.');
    assert.match(formula[1], /^DONE AT The Hague on the 9th day of June 2015, in duplicate, /);
  });

  it('the recital in capitals is no one\'s name: no signature is read into it', () => {
    assert.equal(holdsSignatures('The foregoing is the authentic text. IN FAITH WHEREOF we have appended our signatures this twentieth day of June 1997.', 0), false);
    assert.equal(holdsSignatures('IN TESTIMONY WHEREOF the undersigned have signed.', 0), false);
    // Near miss: a name after it is still a signature.
    assert.equal(holdsSignatures('IN FAITH WHEREOF we have appended our signatures. The President of the Conference, (sd.) O. KELTOSOVÁ', 0), true);
  });
});
