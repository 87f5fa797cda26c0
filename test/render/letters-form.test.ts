/**
 * Export review 3, item 7: the cert-letters sample's reply accepted "the foregoing" without
 * reproducing the offer, and neither first-person letter had a salutation, a close or a signatory.
 * The letters now have the form of the harness's letters (Ireland–Netherlands 1987: "Sir", "I have
 * the honour to be your obedient servant (sd.) JAMES DOWNEY For the Competent Authority of Ireland
 * To the Competent Authority of the Kingdom of the Netherlands"), and the reply accepts the offer
 * by its date. The terms a proposal carries go after the paragraph that opens it ("… the following
 * arrangement …:"), not after the salutation (render/proposal-terms.ts). Near miss: a proposal
 * none of whose paragraphs ends with a colon takes them after its first paragraph, as before.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { checkNoDiagnostics } from '../helpers/fixture';
import { repoRoot } from './render-fixtures';

const letters = readFileSync(join(repoRoot, 'samples', 'cert-letters-arrangement.entente'), 'utf8');
const uri = 'file:///t/letters.entente';
function rendered(text: string): { doc: RenderedInstrument; akn: string } {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return { doc: service.renderModel(uri)!, akn: service.render(uri, 'akn')! };
}
const lines = (doc: RenderedInstrument, index: number) => doc.articles[index].paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label ? `${p.label} ` : ''}${p.text}`));

describe('the letters of the cert-letters sample have the form of signed letters', () => {
  it('the offer: salutation, opening, terms 1–8, the offer that letter and reply constitute the arrangement, close, signatory, addressee', () => {
    const offer = lines(rendered(letters).doc, 0);
    assert.equal(offer[0], 'Dear Colleague,');
    assert.match(offer[1], /^I have the honour to propose the following arrangement .*:$/);
    assert.equal(offer[2], '1. Exchange of information');
    const last = offer.findIndex((l) => l.startsWith('8. '));
    assert.ok(last > 2, offer.join('\n'));
    assert.deepEqual(offer.slice(-4).map((l) => l.slice(0, 40)), ['I propose that this letter and your conf', 'Yours sincerely,', 'Head of CERT-EE, Information System Auth', 'To the Director of the National Cyber Se']);
  });

  it('the reply quotes the offer by its date, not "the foregoing", and is signed', () => {
    const reply = lines(rendered(letters).doc, 1);
    const text = reply.join('\n');
    assert.doesNotMatch(text, /foregoing/);
    // Since ex6 the reply reproduces the offer after "which reads as follows:" (reply-quotation.test.ts).
    assert.match(text, /acknowledge receipt of your letter of 1 February 2027, which reads as follows:/);
    assert.deepEqual(reply.slice(-3), ['Yours sincerely,', 'Director of the National Cyber Security Centre Finland', 'To the Head of CERT-EE, Information System Authority, Tallinn']);
    checkNoDiagnostics(letters, []);
  });

  it('Akoma Ntoso: the salutation before the opening, the terms after it', () => {
    const { akn } = rendered(letters);
    const salutation = akn.indexOf('Dear Colleague,');
    const opening = akn.indexOf('I have the honour to propose');
    const first = akn.indexOf('<num>1.</num>');
    assert.ok(salutation > 0 && salutation < opening && opening < first, `${salutation} ${opening} ${first}`);
  });

  it('near miss: a proposal whose paragraphs end with no colon takes the terms after its first paragraph', () => {
    const plain = letters.replace('on the exchange of\n  malware samples:\n', 'on the exchange of\n  malware samples.\n');
    assert.notEqual(plain, letters);
    const offer = lines(rendered(plain).doc, 0);
    assert.equal(offer[0], 'Dear Colleague,');
    assert.equal(offer[1], '1. Exchange of information');
  });
});
