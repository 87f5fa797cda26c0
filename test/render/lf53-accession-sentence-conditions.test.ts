/**
 * Treaty lawyer lr31, D9 (research/lr31/REPORT.md): lr30 D4 gave the "may accede … after it has entered into
 * force" form a blank for the text's further conditions of accession (the objection period of the Hague
 * Service Convention 1965, Art. 28; the limited effect of the Hague Evidence Convention 1970, Art. 39), but
 * not the sentence form: the lawyer's probe acc2 (`consent by ratification, accession after entry-into-force`)
 * printed "… shall be expressed by accession after it has entered into force." with nothing after it.
 * Near miss: `accession` with no opening prints the sentence without either.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';

const acc2 = (consent: string) => `treaty "Convention on Cyber Evidence" {
  status binding
  ${consent}
  effect 30 days after last ratification by 3 States
  duration indefinite
  denunciation with notice of at least 6 months
  disputes by negotiation
  depositary "the Government of the Netherlands"
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party BE "The Kingdom of Belgium" { kind state jurisdiction BE }
party LU "The Grand Duchy of Luxembourg" { kind state jurisdiction LU }
clause Art1 "Article 1" about purpose """
  The Parties shall cooperate in the taking of electronic evidence.
"""
`;
const render = (text: string): string => {
  const service = createEntenteService();
  service.open('file:///t/lf53-acc2.entente', text);
  return service.render('file:///t/lf53-acc2.entente', 'markdown')!;
};

describe('lr31 D9: the accession sentence leaves a blank for the further conditions', () => {
  it('acc2: after the opening, the blank', () => {
    assert.match(render(acc2('consent by ratification, accession after entry-into-force')), /shall be expressed by accession after it has entered into force \*\*\\\[further conditions of accession, if any, in the text’s words\\\]\*\*\./u);
  });
  it('near miss: accession with no opening says neither', () => {
    const md = render(acc2('consent by ratification, accession'));
    assert.match(md, /shall be expressed by accession\./u);
    assert.doesNotMatch(md, /further conditions of accession/u);
  });
});
