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

describe('lg50: `renewable … for indefinite period` states the open-ended extension in the texts’ words', () => {
  it('NL–Egypt 1975 Art. VII(2): "extended … for an indefinite period", the notice before the end of the initial period; termination in the extension, the initial period a blank', () => {
    const md = markdown('  duration 10 years renewable tacitly for indefinite period unless notice of at least 6 months\n  termination with notice of at least 6 months');
    assert.match(md, /This Agreement shall remain in force for a period of ten years\. It shall be extended tacitly for an indefinite period, unless either Party gives notice of non-renewal at least six months before the end of the initial period\./u);
    assert.match(md, /After the initial period of ten years, either Party may terminate this Agreement by notification to the other Party \*\*\\\[whether it may do so during the initial period of ten years, in the text’s words\\\]\*\*\./u);
    assert.doesNotMatch(md, /further periods|current period|at any time, or only after/u);
  });

  it('automatically, and a renewal the Parties may decide; without termination, no right to leave is printed', () => {
    const automatic = markdown('  duration 5 years renewable automatically for indefinite period');
    assert.match(automatic, /It shall be extended automatically for an indefinite period\.\n/u);
    assert.doesNotMatch(automatic, /terminate/u);
    assert.match(markdown('  duration 5 years renewable for indefinite'), /This Agreement shall remain in force for a period of five years\. It may be extended for an indefinite period\.\n/u);
  });

  it('among three Parties, a notice of non-renewal takes the one that gives it out at the end of the initial period', () => {
    const service = createEntenteService({ readFile: () => undefined });
    const text = `treaty "Agreement" {\n  status binding\n  consent by approval\n  duration 10 years renewable tacitly for indefinite period unless notice of 6 months\n  depositary NL\n  denunciation with notice of 6 months\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty BE "The Kingdom of Belgium" { kind state jurisdiction BE }\nparty LU "The Grand Duchy of Luxembourg" { kind state jurisdiction LU }\n`;
    service.open('file:///t/three.entente', text);
    const md = service.render('file:///t/three.entente', 'markdown')!;
    assert.match(md, /It shall be extended tacitly for an indefinite period for the Parties that have not given notice of non-renewal six months before the end of the initial period; such a notice shall take effect only for the Party that gives it, at the end of that period\./u);
    assert.match(md, /After the initial period of ten years, any Party may denounce this Agreement by notification addressed to the Depositary \*\*\\\[whether it may do so during the initial period of ten years, in the text’s words\\\]\*\*\./u);
  });
});
