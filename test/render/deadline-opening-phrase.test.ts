/**
 * lr26, D8: a deadline's verb phrase that opens with a phrase or subordinate clause and its comma
 * ("Once informed, notify …", "Until the incident is resolved, …", "as soon as possible, …") printed
 * inside "The Parties shall" with no comma before it ("The Parties shall once informed, notify …"), and,
 * under a permission, bent into "onces informed". The phrase is now set off by commas after the modal,
 * in either case, as "Upon request," is before a relative clause (lr24, D4). Near misses: a phrase at
 * the end, a verb first ("save the logs, then …"), and the lr24 form with a relative clause, unchanged.
 */
import assert from 'node:assert/strict';
import { renderText } from './render-fixtures';

const probe = (duty: string, more = '') =>
  `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n}\nparty A "Kingdom of the Netherlands" { kind state }\nparty B "Republic of Estonia" { kind state }\nchannel Incidents between A, B {\n  carries incident-reports\n${more}  deadline "${duty}" within 24 hours\n}\n`;
const line = (md: string) => (md.split('\n').find((l) => l.includes('24 hours')) ?? '').replace(/^\d+\.\s+/u, '');

describe('a deadline opening with its own phrase: set off after the modal (lr26 D8)', () => {
  for (const [duty, expected] of [
    ['Once informed, notify the other Party', 'The Parties shall, once informed, notify the other Party within 24 hours.'],
    ['once informed, notify the other Party', 'The Parties shall, once informed, notify the other Party within 24 hours.'],
    ['Until the incident is resolved, cooperate closely', 'The Parties shall, until the incident is resolved, cooperate closely within 24 hours.'],
    ['as soon as possible, share threat indicators', 'The Parties shall, as soon as possible, share threat indicators within 24 hours.'],
    ['Upon request, inform the other Party', 'The Parties shall, upon request, inform the other Party within 24 hours.'],
  ] as const) {
    it(`“${duty}”`, () => assert.equal(line(renderText(probe(duty))), expected));
  }

  it('under a permission: the phrase kept whole, never bent into the third person', () => {
    const text = line(renderText(probe('Once informed, notify the other Party', '  from A\n  modality may\n')));
    assert.equal(text, 'Where the Kingdom of the Netherlands provides information under this Article, it shall, once informed, notify the other Party within 24 hours.');
  });

  describe('near misses', () => {
    it('a phrase at the end, and a verb first, read as before', () => {
      assert.equal(line(renderText(probe('notify the other Party once informed'))), 'The Parties shall notify the other Party once informed within 24 hours.');
      assert.equal(line(renderText(probe('save the logs, then notify the other Party'))), 'The Parties shall save the logs, then notify the other Party within 24 hours.');
      assert.equal(line(renderText(probe('notify the other Party', '  from A\n  modality may\n'))), 'Where the Kingdom of the Netherlands notifies the other Party, it shall do so within 24 hours.');
    });
    it('the lr24 form with a relative clause: the limit after the modal, as before', () => {
      assert.equal(line(renderText(probe('Upon request, inform the other Party of any incident that may affect it'))), 'The Parties shall, within 24 hours, upon request, inform the other Party of any incident that may affect it.');
    });
  });
});
