/**
 * consent-threshold-unreachable: words that open accession ("open for accession by any State", "any
 * State may accede") open it before entry into force only where no gate governs them (treaty lawyer
 * lr12, defect 6; rules/support/accession-reading.ts; probes /tmp/lr12/g1–g5). A gate is entry into
 * force ("After its entry into force, …", "Once this Convention has entered into force, …") or the
 * invitation or decision of an organ the treaty establishes, which exists only once it is in force
 * (OECD 1960 Arts. 15–16, read: BWBV0005057). Three named States, four consents: unreachable
 * (VCLT Art. 24(1), read: BWBV0003441) when no other State may consent before entry into force.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

function convention(accession: string): string {
  return `treaty "Convention" {
  status binding
  consent by ratification, accession
  effect 30 days after last consent-to-be-bound by 4 States
  depositary "Government of Estonia"
}
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
party LV "Latvia" { kind state }
body Commission "Commission" members EE, FI, LV mandate "A Commission composed of a representative of each Party is hereby established."
clause Acc "Article 20 — Accession" about consent """
  ${accession}
"""
`;
}

const unreachable = (accession: string) => diagnose(convention(accession)).filter((d) => d.code === 'consent-threshold-unreachable');

describe('lr12 defect 6: a gate on the words that open accession', () => {
  for (const [probe, words] of [
    ['g1', 'After its entry into force, this Convention shall be open for accession by any State.'],
    ['g2', 'Any State may accede to this Convention upon the invitation of the Commission.'],
    ['g3', 'The Commission may decide to invite any State to accede to this Convention.'],
    ['g5', 'Once this Convention has entered into force, any State may accede to it.'],
    ['gate after the words', 'This Convention shall be open for accession by any State after its entry into force.'],
    ['from the date of entry into force', 'This Convention shall be open for accession by any State from the date of its entry into force.'],
    ['invitation first', 'Upon the invitation of the Commission, any State may accede to this Convention.'],
    ['decision of the organ', 'Any State may accede to this Convention subject to the approval of the Commission.'],
  ] as const) {
    it(`${probe}: "${words}" — unreachable`, () => {
      const found = unreachable(words);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /Entry into force needs 4 consents, but at most 3 parties can consent \(EE, FI, LV, and no other State may consent before it is in force\)/);
    });
  }

  for (const [probe, words] of [
    ['g4', 'This Convention shall be open for accession by any State.'],
    ['an ungated branch', 'This Convention shall be open for accession by any State, and by any organisation upon the invitation of the Commission.'],
    ['a sentence on when accession takes effect', 'This Convention shall be open for accession by any State. For a State acceding after its entry into force, this Convention shall enter into force on the thirtieth day after the deposit of its instrument of accession.'],
    ['a gate on acceding words, not on the opening', 'For each State acceding after its entry into force, this Convention shall enter into force thirty days later, and any State may accede to this Convention.'],
    ['an organ of another organisation', 'Any State may accede to this Convention upon the invitation of the Committee of Ministers of the Council of Europe.'],
  ] as const) {
    it(`near miss, ${probe}: "${words}" — accession may come first, no finding`, () => {
      assert.equal(unreachable(words).length, 0);
    });
  }
});
