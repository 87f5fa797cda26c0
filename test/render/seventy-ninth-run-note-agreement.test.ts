/**
 * Seventy-ninth run (NL–India social security agreement 2009, BWBV0003812), defect 5: the note after
 * a concluded text's export read "Nor is 3 designations (designated authorities and points of
 * contact): the text’s own provisions on its subject are printed instead." The verb agreed with the
 * entries of the list (one: the designations, grouped), not with the declarations it counts. It now
 * reads "Nor are 3 designations …: … on their subjects are printed instead." Near miss: one
 * declaration alone keeps "Nor is … its subject".
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { repoText } from '../helpers/fix-review';

function markdown(source: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/r79.entente';
  service.open(uri, source);
  return service.render(uri, 'markdown')!;
}

const text = (designations: string) => `treaty "Agreement on Social Security" {
  status binding
  languages English authentic
  done at "New Delhi" on 2009-10-22 in duplicate
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party IN "Republic of India" { kind state jurisdiction IN }
${designations}channel Information between NL, IN {
  carries personal-data
}
clause Art16 "Article 16 – Administrative Arrangement" about points-of-contact """
  The competent institutions and the liaison bodies of the Contracting States shall be designated in that Arrangement.
"""
`;

describe('seventy-ninth run, defect 5: the export note agrees with the number of declarations it names', () => {
  it('several designations: "Nor are 3 designations … their subjects"', () => {
    const md = markdown(text('designate competent-authority NL "the Minister of Social Affairs and Employment"\ndesignate competent-authority IN "the Minister of Overseas Indian Affairs"\ndesignate point-of-contact for Information\n'));
    assert.match(md, /Nor are 3 designations \([^)]*\): the text’s own provisions on their subjects are printed instead\./u);
    assert.doesNotMatch(md, /Nor is 3/u);
  });

  it('near miss: one designation keeps "Nor is … its subject"', () => {
    const md = markdown(text('designate point-of-contact for Information\n'));
    assert.match(md, /Nor is [^:]*: the text’s own provisions on its subject are printed instead\./u);
  });

  it('the real file', () => {
    assert.match(markdown(repoText('test/real-instruments/nl-in-social-security-2009.entente')), /Nor are 3 designations \(designated authorities and points of contact\)/u);
  });
});
