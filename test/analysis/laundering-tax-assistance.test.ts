/**
 * Thirty-seventh real-instrument run: ETS 141 (1990) and the Convention on mutual administrative
 * assistance in tax matters as amended by the 2010 Protocol (BWBV0005131). The Tax Convention is
 * done "in two copies of which one shall be deposited in the archives of the Council of Europe and
 * the other in the archives of OECD", and its Depositaries are "the Secretary General of the
 * Council of Europe or the Secretary General of OECD" (Art. 2(3)): one original for each of two
 * depositaries, which VCLT Art. 76(1) allows ("The depositary may be one or more States, an
 * international organization or the chief administrative officer of the organization").
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { taxConvention } from '../helpers/tax-convention';


const originals = (text: string) => diagnose(text).filter((d) => d.code === 'testimonium-originals');
const twoDepositaries = '"the Secretary General of the Council of Europe and the Secretary General of OECD (the Depositaries, Articles 28(1), 32)"';
const twoArchives = 'in 2 copies deposited with "the archives of the Council of Europe and the archives of OECD"';

describe('testimonium-originals: one original for each of several depositaries (thirty-seventh run)', () => {
  it('stays silent on the Tax Convention: two copies, one in the archives of each depositary', () => {
    assert.deepEqual(originals(taxConvention(twoArchives, twoDepositaries)), []);
    // The header's depositary alone, with no place of deposit, names the two as well.
    assert.deepEqual(originals(taxConvention('in 2 copies', twoDepositaries)), []);
    // Three depositary governments, three originals (a list ending "and the …").
    assert.deepEqual(
      originals(taxConvention('in triplicate', '"the Governments of the United Kingdom of Great Britain and Northern Ireland, the Union of Soviet Socialist Republics and the United States of America"')),
      [],
    );
  });

  it('near misses: one depositary, more originals than depositaries, a name with "and" inside it, an apposition', () => {
    // Two copies with only the Council of Europe's Secretary General named, and nothing said of
    // where they are kept: still reported. Both deposited in its archives (`deposited with`), every
    // original is in the depositary's custody and no State lacks one: silent since the fifty-eighth
    // run, item 1 (the UNESCO formula; final-clause-formula-rules.test.ts).
    const one = originals(taxConvention('in 2 copies', '"the Secretary General of the Council of Europe"'));
    assert.equal(one.length, 1);
    assert.match(one[0].message, /open to further States/);
    assert.deepEqual(originals(taxConvention('in 2 copies deposited with "the archives of the Council of Europe"', '"the Secretary General of the Council of Europe"')), []);
    // Two depositaries but three copies: one original would have no depositary.
    assert.equal(originals(taxConvention('in 3 copies deposited with "the archives of the Council of Europe and the archives of OECD"', twoDepositaries)).length, 1);
    // "Great Britain and Northern Ireland" is one State's name, not two depositaries.
    assert.equal(originals(taxConvention('in duplicate', '"the Government of the United Kingdom of Great Britain and Northern Ireland"')).length, 1);
    // "the Depositary Government for the Convention, the Government of the Republic of Colombia": one depositary.
    assert.equal(originals(taxConvention('in duplicate', '"the Depositary Government for the Convention, the Government of the Republic of Colombia"')).length, 1);
  });
});
