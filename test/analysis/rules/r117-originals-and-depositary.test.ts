/**
 * The hundred-and-seventeenth run (defects 1 and 3), with the real words.
 *
 * D1 `testimonium-originals`: the Netherlands (Aruba)–ACS Agreement of 1999 is "DONE at Santo
 * Domingo, the Dominican Republic on March 26th, 1999 in three copies …, one for each Party, the
 * third to be deposited with the Government of the Republic of Colombia as depositary State of the
 * Convention establishing the Association of Caribbean States" (BWBV0001896): three originals for
 * two signatories, the third with a custodian. It was a warning (an error under `strict`) advising
 * "Write `in duplicate`". Near misses: three originals nobody is said to keep is still raised on a
 * draft with the drafting advice, and on a concluded text as a note that asks for no new count.
 *
 * D3 `bilateral-treaty-depositary`: the Benelux–South Africa visa Agreement of 2013 written as two
 * sides; its Art. 11 says the Belgian Government "shall act as depositary to this Agreement"
 * (BWBV0006128). Near misses: a draft whose clauses name no depositary keeps the warning; a
 * concluded one is a note.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

const strict = { settings: { profile: 'strict' } } as const;

const acs = (done: string, formula: string) => `treaty "Agreement between the Kingdom of the Netherlands and the Association of Caribbean States" {
  status binding
  languages English, French, Spanish authentic
  ${done}
  consent by notification for NL, signature for ACS
}
party NL "The Kingdom of the Netherlands, in respect of Aruba" { kind state jurisdiction AW }
party ACS "The Association of Caribbean States" { kind international-organisation jurisdiction INT }
clause FinalFormula "Final formula" """
  ${formula}
"""
`;
const realFormula = 'DONE at Santo Domingo, the Dominican Republic on March 26th, 1999 in three copies in the English, French and Spanish languages, each text being equally authentic, one for each Party, the third to be deposited with the Government of the Republic of Colombia as depositary State of the Convention establishing the Association of Caribbean States.';
const originals = (text: string, options = {}) => diagnose(text, options).filter((d) => d.code === 'testimonium-originals');

describe('testimonium-originals: one original for each Party and the third deposited (r117 D1)', () => {
  it('is silent on the Aruba Agreement, as transcribed (`in 3 copies deposited with`), under every profile', () => {
    const text = acs('done at "Santo Domingo, the Dominican Republic" on 1999-03-26 in 3 copies deposited with "the Government of the Republic of Colombia"', realFormula);
    assert.deepEqual(originals(text), []);
    assert.deepEqual(originals(text, strict), []);
  });

  it('is silent where only the formula says the third is deposited (no `deposited with` in the header)', () => {
    assert.deepEqual(originals(acs('done at "Santo Domingo, the Dominican Republic" on 1999-03-26', realFormula), strict), []);
  });

  it('is silent on "three identical copies, of which one shall be deposited with the Secretary-General" (NL–Indonesia 1962)', () => {
    const formula = 'DONE at the Headquarters of the United Nations, New York, on this fifteenth day of August 1962, in three identical copies, of which one shall be deposited with the Secretary-General and one shall be furnished to the Government of each of the Contracting Parties.';
    const text = `treaty "Agreement concerning West New Guinea (West Irian)" {\n  status binding\n  done at "New York" on 1962-08-15\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty ID "The Republic of Indonesia" { kind state jurisdiction ID }\nclause FinalFormula "Final formula" """\n  ${formula}\n"""\n`;
    assert.deepEqual(originals(text, strict), []);
  });

  it('near miss: three originals nobody keeps — a draft keeps the warning and the drafting advice', () => {
    const draft = acs('done at "Santo Domingo" on 2031-03-26 in 3 copies', 'DONE at Santo Domingo on [date] in three copies.');
    const [finding, ...rest] = originals(draft);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /nobody is named to keep the others/);
    assert.match(finding.message, /in duplicate/);
  });

  it('near miss: three originals nobody keeps on a concluded text — a note under strict, no new count asked', () => {
    const signed = acs('done at "Santo Domingo" on 1999-03-26 in 3 copies', 'DONE at Santo Domingo on March 26th, 1999 in three copies.');
    const [finding, ...rest] = originals(signed, strict);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /check the count against the signed text/);
    assert.doesNotMatch(finding.message, /Write `in/);
  });
});

const benelux = (date: string, art11: string) => `treaty "Agreement between the Governments of the Benelux States and the Government of the Republic of South Africa on the exemption of visa requirements for holders of diplomatic, official and/or service passports" {
  status binding
  done at "Pretoria" on ${date}
  consent by notification
  depositary "the Federal Public Service of Foreign Affairs, Foreign Trade and Development Cooperation of the Kingdom of Belgium (the Belgian Government)"
}
party BNL "The Governments of the Benelux States" { kind government }
party ZA "The Government of the Republic of South Africa" { kind government jurisdiction ZA }
${art11}`;
const realArt11 = 'clause Art11 "Article 11 — Depositary" about depositary """\n  The Federal Public Service of Foreign Affairs, Foreign Trade and Development Cooperation of the Kingdom of Belgium ("The Belgian Government") shall act as depositary to this Agreement. The depositary shall issue each Party with a certified copy of the original.\n"""\n';
const depositary = (text: string, options = {}) => diagnose(text, options).filter((d) => d.code === 'bilateral-treaty-depositary');

describe('bilateral-treaty-depositary: the text itself designates the depositary (r117 D3)', () => {
  it('is silent on the Benelux text as two sides, whose Art. 11 names the depositary', () => {
    assert.deepEqual(depositary(benelux('2013-02-22', realArt11)), []);
  });

  it('is silent where an untagged clause says who "shall act as depositary"', () => {
    assert.deepEqual(depositary(benelux('2013-02-22', realArt11.replace(' about depositary', ''))), []);
  });

  it('near miss: a draft whose clauses name no depositary keeps the warning', () => {
    const [finding, ...rest] = depositary(benelux('2031-02-22', ''), strict);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /keep this statement only if the text of the treaty names a depositary/);
  });

  it('near miss: a concluded text with no clause naming the depositary is a note, asking for a check of the signed text', () => {
    const [finding, ...rest] = depositary(benelux('2013-02-22', ''), strict);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /check the signed text/);
  });
});
