/**
 * treaty lawyer lr20, D7, on texts adopted within an organisation (adopted-within-organisation.ts):
 *  1. The reservations note said "a reservation is made when a State signs, ratifies, …" of ILO
 *     Convention No. 181. The Members do not sign an ILO Convention: "Two copies of the Convention or
 *     Recommendation shall be authenticated by the signatures of the President of the Conference and
 *     of the Director-General", and it "will be communicated to all Members for ratification" (ILO
 *     Constitution Art. 19(4), (5)(a), (d); read: BWBV0001986). The note now names ratification only,
 *     and says why. For another organisation, the acts the header declares.
 *  2. The disputes note on the UNESCO Convention of 1958 presumed "the organisation's rules on
 *     disputes". The UNESCO Constitution's clause covers "Any question or dispute concerning the
 *     interpretation of this Constitution" (Art. XIV(2); read: BWBV0003155): the note says that, and
 *     presumes no other rule. Near misses: ILO keeps Arts. 37(1), 26(1); an unread organisation says
 *     only that any rules it has come first.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const ilo = repoText('test/real-instruments/ilo-private-employment-agencies-1997.entente');
const unesco = repoText('test/real-instruments/unesco-exchange-of-publications-1958.entente');
const message = (text: string, code: string) => diagnose(text).find((d) => d.code === code)?.message ?? '';

describe('lr20, D7: an organisation-adopted text is described by its organisation\'s own rules', () => {
  it('ILO C181: a reservation only with ratification; the Members do not sign (ILO Constitution Art. 19(4)–(5))', () => {
    const m = message(ilo, 'missing-reservations-clause');
    assert.match(m, /Where those rules admit one, a reservation is made when a State ratifies the treaty \(VCLT Arts\. 2\(1\)\(d\), 19\): any made are in the record of each instrument of consent\./u);
    assert.match(m, /Here the Members do not sign: the President of the Conference and the Director-General authenticate the Convention by their signatures, and it is communicated to the Members for ratification \(ILO Constitution Art\. 19\(4\), \(5\)\(a\), \(d\)\)\./u);
    assert.doesNotMatch(m, /signs/u);
  });

  it('near miss: UNESCO 1958, whose consent the header declares (ratification, acceptance, accession): those acts, no signature, no ILO words', () => {
    const m = message(unesco, 'missing-reservations-clause');
    assert.match(m, /a reservation is made when a State ratifies, accepts or accedes to the treaty \(VCLT Arts\. 2\(1\)\(d\), 19\)/u);
    assert.doesNotMatch(m, /signs|ILO/u);
  });

  it('UNESCO 1958: the disputes note states Art. XIV(2)\'s reach and presumes no rules', () => {
    const m = message(unesco, 'missing-dispute-settlement');
    assert.match(m, /the UNESCO Constitution's own dispute clause does not reach this treaty: it refers to the International Court of Justice or an arbitral tribunal only "Any question or dispute concerning the interpretation of this Constitution" \(Art\. XIV\(2\)\)/u);
    assert.doesNotMatch(m, /the organisation's rules on disputes come first/u);
  });

  it('near miss: ILO C181 keeps its Constitution\'s rules on disputes (Arts. 37(1), 26(1))', () => {
    assert.match(message(ilo, 'missing-dispute-settlement'), /so the organisation's rules on disputes come first: the ILO Constitution refers/u);
  });

  it('near miss: an organisation whose constitution the checker has not read: only that any rules it has come first', () => {
    const text = unesco.replace(/United Nations Educational, Scientific and Cultural Organization/gu, 'World Meteorological Organization');
    const m = message(text, 'missing-dispute-settlement');
    assert.match(m, /any rules of the organisation on disputes under treaties adopted within it come first \(the checker has not read them\)\. Subject to those rules/u);
    assert.doesNotMatch(m, /UNESCO|XIV/u);
  });
});
