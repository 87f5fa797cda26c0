/**
 * rf105, r106 D3 (hundred-and-sixth run, defect 3): the draft export of `duration 10 years renewable
 * tacitly unless notice of at least 6 months` printed "renewed tacitly for further periods of ten
 * years", a period the header does not declare; the real text extends the Agreement "for an
 * indefinite period, each Contracting Party reserving the right to terminate the Agreement upon
 * notice of at least six months" (NL–Egypt 1975, Art. VII(2); BWBV0004723), and the generated
 * termination article beside it read as a right to terminate during the first ten years. Without
 * `for`, no period is printed: a blank for an automatic or tacit renewal, and a blank in the
 * termination article for when the right runs. A declared period is printed as before (near miss).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

function markdown(header: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const text = `treaty "Agreement on economic and technical cooperation" {\n  status binding\n  consent by approval\n${header}\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty EG "The Government of the Arab Republic of Egypt" { kind government jurisdiction EG }\n`;
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}

describe('rf105 (r106 D3): no renewal period the header does not declare', () => {
  it('NL–Egypt 1975 as declared: the renewal period and when termination runs are blanks, no "further periods of ten years"', () => {
    const md = markdown('  duration 10 years renewable tacitly unless notice of at least 6 months\n  termination with notice of at least 6 months');
    assert.match(md, /This Agreement shall remain in force for a period of ten years\. It shall be renewed tacitly for \*\*\\\[further periods of …, or an indefinite period\\\]\*\*, unless either Party gives notice of non-renewal at least six months before the end of the current period\./u);
    assert.match(md, /Either Party may terminate this Agreement \*\*\\\[at any time, or only after the initial period of ten years\\\]\*\* by notification to the other Party\./u);
    assert.doesNotMatch(md, /further periods of ten years/u);
  });

  it('a renewal the Parties may decide names no period', () => {
    const md = markdown('  duration 5 years renewable\n  termination with notice of 6 months');
    assert.match(md, /This Agreement shall remain in force for a period of five years\. It may be renewed\.\n/u);
    assert.match(md, /Either Party may terminate this Agreement by notification to the other Party\./u);
  });

  it('near miss: a declared renewal period is printed, and termination is said as before (NL–India 1983, Art. 8: "a further period of three years")', () => {
    const md = markdown('  duration 5 years renewable tacitly for 3 years unless notice of 6 months\n  termination with notice of 6 months');
    assert.match(md, /It shall be renewed tacitly for further periods of three years, unless either Party gives notice of non-renewal six months before the end of the current period\./u);
    assert.match(md, /Either Party may terminate this Agreement by notification to the other Party\./u);
    assert.doesNotMatch(md, /initial period|indefinite/u);
    assert.match(markdown('  duration 5 years renewable for 2 years'), /It may be renewed for further periods of two years\./u);
  });
});
