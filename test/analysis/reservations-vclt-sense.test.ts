/**
 * lr14, D1: missing-reservations-clause counted any use of the word "reservation" as words on
 * reservations, so a draft Convention whose only such word was in a savings clause ("Reservation of
 * rights", "the reservation of its sovereign rights") lost the strict profile's warning and was told
 * that "The text speaks of reservations". A reservation is "a unilateral statement … whereby it
 * purports to exclude or to modify the legal effect of certain provisions of the treaty" (VCLT
 * Art. 2(1)(d), read: BWBV0003441): only words that deal with such statements count.
 * Near miss: "No reservation may be made to this Convention" in an untagged clause still counts.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { speaksOfReservations } from '../../server/src/language/rules/support/reservations-in-words';

const draft = (clause: string) =>
  'treaty "Convention" {\n  status binding\n  consent by ratification\n  depositary "the Secretary-General"\n  effect 30 days after last ratification by 3\n  termination with notice of 6 months\n  disputes by negotiation\n}\n' +
  'party NL "Kingdom of the Netherlands" { kind state }\nparty FR "French Republic" { kind state }\nparty BE "Kingdom of Belgium" { kind state }\n' +
  'clause Art1 "Article 1" about cooperation """\n  The Parties shall co-operate in the exchange of information.\n"""\n' +
  `clause Rights "Reservation of rights" about other-obligations """\n  ${clause}\n"""\n`;
const finding = (text: string) => diagnose(text, { settings: { profile: 'strict' } }).filter((d) => d.code === 'missing-reservations-clause');

const savings =
  'Nothing in this Convention shall affect the rights and obligations of the Parties under other international agreements, and each Party retains the reservation of its sovereign rights over its networks.';

describe('lr14 D1: missing-reservations-clause credits only words on reservations to the treaty (VCLT Art. 2(1)(d))', () => {
  it('a savings clause "Reservation of rights" is no rule on reservations: strict keeps the warning', () => {
    const [found, ...rest] = finding(draft(savings));
    assert.deepEqual(rest, []);
    assert.equal(found.severity, 'warning');
    assert.match(found.message ?? '', /^Say whether reservations are permitted/);
    assert.doesNotMatch(found.message ?? '', /speaks of reservations/);
  });

  it('near miss: "No reservation may be made to this Convention" in an untagged clause is words on reservations', () => {
    const [found] = finding(draft(`${savings} No reservation may be made to this Convention.`));
    assert.equal(found.severity, 'info');
    assert.match(found.message ?? '', /^The text speaks of reservations \(Reservation of rights\)/);
  });

  it('the word in other senses does not count; the VCLT sense does', () => {
    for (const other of ['each Party retains the reservation of its sovereign rights', 'Reservation of rights.', 'The Parties accept it without any reservation.', 'data held in the air carriers’ reservation systems', 'subject to reservation of ratification', 'Signature with reservation in respect of ratification.']) {
      assert.equal(speaksOfReservations(other), false, other);
    }
    for (const sense of ['This Agreement admits no reservations.', 'The Articles of this Treaty shall not be subject to reservations.', 'No reservations or exceptions may be made to this Convention.', 'any reservation or withdrawal in accordance with article 17', 'A Party may withdraw any such reservation.', 'objections to reservations', 'the reservation provided for in Article 9']) {
      assert.equal(speaksOfReservations(sense), true, sense);
    }
  });
});
