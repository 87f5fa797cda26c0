/**
 * missing-handling-marking and missing-purpose-limitation: the search-and-rescue exemption
 * (support/passed-on.ts, fifty-ninth run) covers the SAR Convention's operational messages, a rescue
 * mission and ship positions (Annex 3.1.3, 5.4.2; read: BWBV0003096), not data describing the
 * persons in distress (treaty lawyer lr13, defect 6; probes /tmp/lr13/s3, s4). "The medical condition
 * of the persons on board" is health data of identified persons, for which a use limit is what
 * data-protection law expects; "the number of persons on board" and "rescuing the survivors" describe
 * no one and stay exempt.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const codes = ['missing-handling-marking', 'missing-purpose-limitation'];

function bilateral(words: string): string {
  return `treaty "Agreement between the Republic of Estonia and the Republic of Finland on Maritime and Cyber Cooperation" {
  status binding
  consent by ratification
  effect 30 days after last notification
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
  registration article-102
  languages English authentic
}
party EE "The Republic of Estonia" { kind state contact Desk "MRCC Tallinn" }
party FI "The Republic of Finland" { kind state contact Desk "MRCC Turku" }
channel Positions between EE, FI {
  exchange "${words}"
}
`;
}

const found = (words: string) => diagnose(bilateral(words)).filter((d) => codes.includes(d.code)).map((d) => d.code).sort();

describe('lr13 defect 6: search-and-rescue data that describe persons keep their marking and use limit', () => {
  for (const [probe, words] of [
    ['s4', 'Each Party shall provide to the other Party, for search and rescue purposes, the positions of ships and the medical condition of the persons on board.'],
    ['their state of health', 'Each Party shall provide to the other Party, for search and rescue purposes, the positions of ships and the state of health of the persons on board.'],
    ['the passenger list', 'Each Party shall provide to the other Party, for search and rescue purposes, the passenger list of the ship in distress.'],
    ['particulars of the crew', 'Each Party shall provide to the other Party, for search and rescue purposes, the particulars of the crew members.'],
    ['health data', 'Each Party shall provide to the other Party, to facilitate search and rescue operations, the health records of the survivors.'],
  ] as const) {
    it(`${probe}: both findings`, () => {
      assert.deepEqual(found(words), codes);
    });
  }

  for (const [name, words] of [
    ['ship positions (SAR Annex 5.4.2)', 'Each Party shall provide to the other Party, for search and rescue purposes, the positions of ships.'],
    ['the number of persons on board', 'Each Party shall provide to the other Party, for search and rescue purposes, the positions of ships and the number of persons on board.'],
    ['the mission (SAR Annex 3.1.3)', 'A Party which wishes its rescue units to enter the territorial sea of the other Party solely for the purpose of searching for the position of maritime casualties and rescuing the survivors of such casualties shall transmit a request, giving full details of the projected mission and the need for it.'],
    ['public health', 'Each Party shall provide to the other Party, for search and rescue purposes, the positions of ships and any public health measures in force in its ports.'],
  ] as const) {
    it(`near miss, ${name}: still exempt, no finding`, () => {
      assert.deepEqual(found(words), []);
    });
  }
});
