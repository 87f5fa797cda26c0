/**
 * Treaty lawyer lr31, D4 and D5 (research/lr31/REPORT.md), on how a party written with its State's code
 * names a territory of the realm outside the Union (data/realms.ts):
 * - D4: "The Government of Aruba, acting for the Kingdom of the Netherlands" and "The Government of the
 *   Faroes, acting for the Kingdom of Denmark" were read as the State in Europe (the "for the Kingdom of
 *   …" alternative of lr30 D3), and drew the Union-law findings and a GDPR/LED transfer warning. Such a
 *   Government binds the Kingdom in respect of its territory only; the Treaties reach Aruba only through
 *   Part Four (TFEU Art. 355(2), Annex II) and do not apply to the Faroes (Art. 355(5)(a)) (read: BWBV0001506).
 * - D5: lists made only of territories — "in respect of the Netherlands Antilles and Aruba", "in respect
 *   of Curaçao and Sint Maarten", "for Aruba and for Curaçao" — and "the Caribbean part of the
 *   Netherlands" (the Kingdom's formula for Bonaire, Sint Eustatius and Saba, BWBV0006198) were read as
 *   the European Netherlands. TFEU Annex II lists Aruba and the Netherlands Antilles' islands (Bonaire,
 *   Curaçao, Saba, Sint Eustatius, Sint Maarten) as overseas countries and territories.
 * Near misses: a list or a name that includes the State's European part stays the State.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { realmTerritoryOfParty } from '../../../server/src/language/data/realms';

/** The lawyer's probes rn1–rn9: a police cooperation treaty, personal data from the party to the US. */
const probe = (state: 'NL' | 'DK', name: string) => `treaty "Agreement on police cooperation" {
  status binding
  consent by signature
  effect on signature
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party ${state} "${name}" { kind state jurisdiction ${state} }
party US "The United States of America" { kind state jurisdiction US }
channel Exchange between ${state}, US {
  carries personal-data
  purpose "the prevention of serious crime"
}
clause Art1 "Article 1" about purpose """
  The Parties shall cooperate in the prevention of serious crime.
"""
`;
const unionFindings = (state: 'NL' | 'DK', name: string) =>
  diagnose(probe(state, name)).filter((d) => d.code === 'missing-union-law-clause' || d.code === 'possible-transfer-without-safeguards' || /is an EU Member State bound by Union law/.test(d.message));

describe('lr31 D4, D5: a party acting for territories of the realm only is no EU Member State sender', () => {
  for (const [probeName, state, name, territory] of [
    ['rn5 (D4)', 'NL', 'The Government of Aruba, acting for the Kingdom of the Netherlands', 'Aruba'],
    ['rn7 (D4)', 'DK', 'The Government of the Faroes, acting for the Kingdom of Denmark', 'the Faroe Islands'],
    ['rn1 (D5)', 'NL', 'The Kingdom of the Netherlands, in respect of the Netherlands Antilles and Aruba', 'the Netherlands Antilles and Aruba'],
    ['rn2 (D5)', 'NL', 'The Kingdom of the Netherlands, in respect of Curaçao and Sint Maarten', 'Curaçao and Sint Maarten'],
    ['rn4 (D5)', 'NL', 'The Kingdom of the Netherlands, for Aruba and for Curaçao', 'Aruba and Curaçao'],
    ['rn6 (D5)', 'NL', 'The Kingdom of the Netherlands, in respect of the Caribbean part of the Netherlands', 'the Caribbean Netherlands (Bonaire, Sint Eustatius and Saba)'],
  ] as const)
    it(`${probeName}: "${name}"`, () => {
      assert.deepEqual(unionFindings(state, name).map((d) => d.code), []);
      assert.equal(realmTerritoryOfParty(state, name)?.name, territory);
    });

  it('a list of territories is described in the plural, as overseas countries or territories of Annex II', () => {
    assert.equal(
      realmTerritoryOfParty('NL', 'The Kingdom of the Netherlands, in respect of Aruba, Curaçao and Sint Maarten')?.statusWords,
      'Aruba, Curaçao and Sint Maarten are overseas countries or territories, to which the Treaties apply only through the association arrangements of their Part Four: TFEU Arts. 198, 355(2), Annex II',
    );
  });

  describe('near misses: the State among the places named stays the State', () => {
    for (const name of [
      'The Kingdom of the Netherlands, in respect of the Netherlands and Aruba',
      'The Kingdom of the Netherlands, for the Netherlands and for Aruba',
      'The Kingdom of the Netherlands (in Europe), in respect of Curaçao and Sint Maarten',
      'The Kingdom of the Netherlands, also in respect of Aruba',
    ])
      it(name, () => {
        assert.equal(realmTerritoryOfParty('NL', name), undefined);
        assert.ok(unionFindings('NL', name).some((d) => d.code === 'missing-union-law-clause'));
      });
    it('the Government of the Netherlands, acting also for Aruba, is the State', () => {
      assert.equal(realmTerritoryOfParty('NL', 'The Government of the Kingdom of the Netherlands, also in respect of Aruba'), undefined);
    });
  });
});
