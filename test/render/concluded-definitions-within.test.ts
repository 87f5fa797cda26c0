/**
 * A concluded text's `define`s announced by a paragraph of its article on definitions that the
 * article's next numbered paragraph follows at once are printed between the two, as the marked
 * insertion (render/concluded-definitions.ts, `announcesWithin`).
 *
 * Seventy-fifth run, defect 3 (NL–Montserrat TIEA 2009, Art. 4: "1. For the purposes of this
 * Agreement, unless otherwise defined:" and "2. As regards the application …" as the clause, (a)–(r)
 * as eighteen `define`s after it): the words end with "2. …", not ":", so the export printed an
 * Art. 4(1) ending in a colon followed by nothing and named the eighteen as "not printed".
 */
import assert from 'node:assert/strict';
import { concludedTreaty, renderText } from './render-fixtures';
import { aknProblems } from './akn-structure';

const render = renderText;

const treaty = (body: string) => concludedTreaty(body, 'Agreement on Taxes', 'at "London" on 2009-12-10');

const art4 = (words: string) => `clause Art4 "Article 4 – Definitions" about definitions """\n${words}\n"""\n`;
const defines = 'define "company" means "any body corporate"\ndefine "tax" means "any tax covered by this Agreement"\n';
const art5 = 'clause Art5 "Article 5 – Exchange" """\n  The Parties shall exchange information on any company.\n"""\n';
const announcing = '  1. For the purposes of this Agreement, unless otherwise defined:\n  2. As regards the application of this Agreement, any term not defined therein shall have the meaning it has under the law of that Party.';

describe('definitions announced by a paragraph followed at once by the next (seventy-fifth run, defect 3)', () => {
  it('Montserrat: the `define`s are printed after "1. …:" and before "2.", marked; the note says where', () => {
    const md = render(treaty(art4(announcing) + defines + art5));
    const chapeau = md.indexOf('unless otherwise defined:');
    const mark = md.indexOf('[Definitions as transcribed');
    const company = md.indexOf('“company”: any body corporate');
    const second = md.indexOf('As regards the application');
    assert.ok(chapeau >= 0 && chapeau < mark && mark < company && company < second, md);
    assert.match(md, /“tax”: any tax covered by this Agreement/);
    assert.match(md, /Its 2 definitions, which the transcription holds as declarations/);
    assert.doesNotMatch(md, /are not printed: this export does not know their place/);
  });

  it('every format prints them; Akoma Ntoso stays valid', () => {
    for (const format of ['html', 'akn'] as const) assert.match(render(treaty(art4(announcing) + defines + art5), format), /any body corporate/);
    assert.deepEqual(aknProblems(render(treaty(art4(announcing) + defines + art5), 'akn')), []);
  });

  it('near miss: an article that defines its terms by "means" in its own words is not doubled', () => {
    const held = '  1. For the purposes of this Agreement, unless otherwise defined:\n  (a) company means any body corporate;\n  (b) tax means any tax covered by this Agreement;\n  2. As regards the application of this Agreement, any term not defined therein shall have the meaning it has under the law of that Party.';
    const md = render(treaty(art4(held) + defines + art5));
    assert.doesNotMatch(md, /Definitions as transcribed|“company”: /);
  });

  it('near miss: a chapeau followed by lettered items is not an announcement with nothing after it', () => {
    const lettered = '  1. The Parties shall inform each other of:\n  (a) changes in their tax laws;\n  2. As regards the application of this Agreement, any term not defined therein shall have the meaning it has under the law of that Party.';
    const md = render(treaty(art4(lettered) + defines + art5));
    assert.doesNotMatch(md, /“company”: any body corporate/);
    assert.match(md, /are not printed: this export does not know their place in the text/);
  });
});
