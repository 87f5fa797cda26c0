/**
 * lg52: the draft export of `accession by invitation` says that a State accedes on invitation, and
 * leaves who invites and on what further conditions to the text's words, which the header does not
 * state ("invited to do so by the Executive Board", UNESCO 1958 Convention on the exchange of
 * publications, Art. 15(1), read: BWBV0005158; "after consulting with and obtaining the unanimous
 * consent of the Contracting States", Budapest Convention Art. 37(1), read: BWBV0001839). Without it
 * the sentences are as before (near misses).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const classes = 'party Members "The States members of the Organization" { kind state class open }\nparty Invited "The States not members of the Organization" { kind state class open }\n';
function markdown(consent: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const text = `treaty "Convention" {\n  status binding\n${consent}\n  effect 12 months after last consent-to-be-bound by 3 States\n  duration indefinite\n  denunciation with notice of 12 months\n}\n${classes}`;
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}
const blank = '**\\[who invites, and on what further conditions, in the text’s words\\]**';

describe('lg52: accession on invitation in the export', () => {
  it('a class that accedes: "may accede to this Convention on the invitation of [who invites …]"', () => {
    const md = markdown('  consent by ratification, acceptance for Members, accession by invitation for Invited');
    assert.ok(md.includes(`The States not members of the Organization may accede to this Convention on the invitation of ${blank}.`), md);
    assert.ok(md.includes('The consent of the States members of the Organization to be bound by this Convention shall be expressed by ratification or acceptance.'), md);
  });

  it('beside `after entry-into-force`, both; with one list, the accession sentence says it', () => {
    assert.ok(markdown('  consent by ratification for Members, accession after entry-into-force by invitation for Invited').includes(`may accede to this Convention after it has entered into force, on the invitation of ${blank}.`));
    assert.ok(markdown('  consent by ratification, accession by invitation').includes(`shall be expressed by accession, on the invitation of ${blank}.`));
  });

  it('near misses: without `by invitation` the sentences are as before; a misspelt word is a blank, not an invitation', () => {
    const plain = markdown('  consent by ratification for Members, accession for Invited');
    assert.ok(plain.includes('may accede to this Convention **\\[conditions of accession, if any, in the text’s words\\]**.'), plain);
    assert.doesNotMatch(plain, /invitation/u);
    assert.match(markdown('  consent by ratification, accession'), /shall be expressed by accession\.\n/u);
    const misspelt = markdown('  consent by ratification for Members, accession by invitaton for Invited');
    assert.ok(misspelt.includes('may accede to this Convention **\\[conditions of accession, in the text’s words\\]**.'), misspelt);
  });
});
