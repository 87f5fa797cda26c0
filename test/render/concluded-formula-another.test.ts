/**
 * A concluded text whose printed final formula signs another instrument: the note says that the
 * `done` statement's own formula is not transcribed (render/testimonium.ts, `formulaSignsAnother`).
 *
 * Seventy-fifth run, defect 4 (NL–Montserrat TIEA 2009, BWBV0004047, before its correction): the
 * Agreement's "IN WITNESS WHEREOF … DONE at London …" only as the `done` statement, the Protocol's
 * formula ("… have signed this Protocol. DONE at London …") as the last clause. That clause was
 * printed as the final formula, and the note did not say the Agreement's was not transcribed.
 */
import assert from 'node:assert/strict';
import { renderText } from './render-fixtures';

const render = renderText;

const treaty = (title: string, formula: string) => `treaty "${title}" {
  status binding
  languages English
  done at "London" on 2009-12-10 in duplicate
  effect on signature
}

party A "State A"
party B "State B"

clause Art1 "Article 1 – Object" """
  The Parties shall exchange information.
"""

clause ProtArt1 "Protocol, Article 1" """
  This Protocol shall form an integral part of the Agreement.
"""

clause ProtFinal "Protocol – final formula" """
  IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed ${formula}. DONE at London this 10th day of December 2009, in duplicate, in the English language.
"""
`;

const said = /final formula of the Agreement \(the one printed signs the Protocol\)[^.]* not transcribed, and this export generates none/;

describe('the note says the `done` formula is not transcribed where the printed one signs another instrument (seventy-fifth run, defect 4)', () => {
  it('Montserrat: an Agreement whose only formula clause signs "this Protocol"', () => {
    assert.match(render(treaty('Agreement between A and B on taxes', 'this Protocol')), said);
  });

  it('near miss: the formula signs the titled instrument ("this Agreement", "the present Agreement") — nothing said', () => {
    assert.doesNotMatch(render(treaty('Agreement between A and B on taxes', 'this Agreement')), /final formula/);
    assert.doesNotMatch(render(treaty('Agreement between A and B on taxes', 'the present Agreement')), /final formula/);
  });

  it('near miss: a Protocol titled as one, or a title in other words, is not said to lack its formula', () => {
    assert.doesNotMatch(render(treaty('Additional Protocol to the Agreement between A and B', 'this Protocol')), /final formula/);
    assert.doesNotMatch(render(treaty('Verdrag tussen A en B', 'this Protocol')), /final formula/);
  });
});
