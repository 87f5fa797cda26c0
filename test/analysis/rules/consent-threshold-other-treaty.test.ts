/**
 * consent-threshold-unreachable: an entry into force gates accession only where it is the
 * instrument's own (treaty lawyer lr13, defect 3; probe /tmp/lr13/c1). "After the entry into force of
 * the Convention, this Protocol shall be open for accession" waits for the parent Convention: States
 * may then accede to the Protocol before the Protocol is in force, and their accessions count towards
 * its threshold (VCLT Art. 24(1), read: BWBV0003441). In a Convention, "the entry into force of the
 * Convention" is its own: European Convention on the Social Protection of Farmers 1974, Art. 16(1)
 * (read: BWBV0003957).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

function instrument(title: string, accession: string): string {
  return `protocol "${title}" {
  status binding
  consent by ratification, accession
  effect 30 days after last ratification by 5 States
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
  registration article-102
  depositary "the Secretary General of the Council of Europe"
}
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
party LV "Latvia" { kind state }
clause Art10 "Article 10" about consent """
  ${accession}
"""
`;
}

const protocol = (accession: string) => instrument('Protocol to the Convention on Cyber Incident Cooperation', accession);
const unreachable = (text: string) => diagnose(text).filter((d) => d.code === 'consent-threshold-unreachable');

describe('lr13 defect 3: the entry into force of another instrument does not gate accession', () => {
  for (const [name, words] of [
    ['c1, the probe', 'After the entry into force of the Convention, this Protocol shall be open for accession by any State that is a Party to the Convention.'],
    ['the gate after the words', 'This Protocol shall be open for accession by any State that is a Party to the Convention after the entry into force of the Convention.'],
    ['from the date of the parent\u2019s entry into force', 'From the date of the entry into force of the Agreement, any State may accede to this Protocol.'],
  ] as const) {
    it(`${name}: accession to the Protocol may come before its own entry into force, no finding`, () => {
      assert.deepEqual(unreachable(protocol(words)), []);
    });
  }

  for (const [name, words] of [
    ['this Protocol', 'After the entry into force of this Protocol, it shall be open for accession by any State that is a Party to the Convention.'],
    ['its', 'After its entry into force, this Protocol shall be open for accession by any State that is a Party to the Convention.'],
    ['the Protocol, in a Protocol', 'After the entry into force of the Protocol, it shall be open for accession by any State that is a Party to the Convention.'],
    ['the present Protocol', 'This Protocol shall be open for accession by any State after the entry into force of the present Protocol.'],
  ] as const) {
    it(`near miss, the Protocol's own entry into force (${name}): unreachable`, () => {
      const found = unreachable(protocol(words));
      assert.equal(found.length, 1);
      assert.match(found[0].message, /Entry into force needs 5 consents, but at most 3 parties can consent/);
    });
  }

  it('near miss, "the Convention" in a Convention (Farmers 1974, Art. 16(1)): its own, unreachable', () => {
    const text = instrument('European Convention on Cyber Incident Cooperation', 'After the entry into force of the Convention, the Committee of Ministers of the Council of Europe may invite any non-member State to accede thereto.').replace('protocol "', 'treaty "');
    const found = unreachable(text);
    assert.equal(found.length, 1);
  });
});
