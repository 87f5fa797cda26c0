/**
 * lf52 (note-43's leftover from rf115): the Netherlands Antilles in the realm table. TFEU Art. 355(2)
 * makes the overseas countries and territories of Annex II the subject of the association
 * arrangements of Part Four, and Annex II lists "Nederlandse Antillen: Bonaire, Curaçao, Saba, Sint
 * Eustatius, Sint Maarten" beside Aruba (read: BWBV0001506, laws-markdown @91556a80, and its version
 * of 2010-10-29; Part Four was made applicable to the Antilles by the Convention of 13 November
 * 1962 amending the EEC Treaty, read in its official English translation). So a party "in respect
 * of the Netherlands Antilles" (`jurisdiction ANHH`) is treated as Aruba's is: the Kingdom, a Member
 * State, for a territory outside the Union — not "a third country" (NL(Antilles)–Sweden TIEA 2009,
 * BWBV0003509, whose reviewer judged missing-union-law-clause right: it stays, in these words).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { realmTerritory, realmTerritoryOfParty, sameRealm } from '../../../server/src/language/data/realms';

const anSe = repoText('test/real-instruments/an-se-tax-information-exchange-2009.entente');

describe('lf52: the Netherlands Antilles are a territory of the Kingdom outside the Union, as Aruba is', () => {
  it('NL(Antilles)–Sweden: missing-union-law-clause names the Kingdom in respect of the Antilles and their status, not "a third country"', () => {
    const [finding, ...rest] = diagnose(anSe).filter((d) => d.code === 'missing-union-law-clause');
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /this treaty with the Kingdom of the Netherlands, itself a Member State, in respect of the Netherlands Antilles \(The Netherlands Antilles are an overseas country or territory, to which the Treaties apply only through the association arrangements of their Part Four: TFEU Arts\. 198, 355\(2\), Annex II\)/u);
    assert.match(finding.message, /transfers of personal data to the Netherlands Antilles, outside the Union/u);
    assert.doesNotMatch(finding.message, /third country/u);
  });

  it('the table: ANHH in the Kingdom of the Netherlands\' realm, with its status', () => {
    assert.equal(realmTerritory('ANHH')?.state, 'NL');
    assert.ok(sameRealm('NL', 'ANHH') && sameRealm('AW', 'ANHH'));
    assert.ok(!sameRealm('SE', 'ANHH'));
  });

  it('a party written NL but named for the Antilles alone acts for the territory; one that also names the State does not', () => {
    assert.equal(realmTerritoryOfParty('NL', 'The Kingdom of the Netherlands, in respect of the Netherlands Antilles')?.name, 'the Netherlands Antilles');
    assert.equal(realmTerritoryOfParty('NL', 'The Kingdom of the Netherlands, also in respect of the Netherlands Antilles'), undefined);
    assert.equal(realmTerritoryOfParty('NL', 'The Kingdom of the Netherlands, in respect of the Netherlands and the Netherlands Antilles'), undefined);
    assert.equal(realmTerritoryOfParty('NL', 'The Kingdom of the Netherlands'), undefined);
  });
});
