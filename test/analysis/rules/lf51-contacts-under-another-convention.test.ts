/**
 * lf51, treaty lawyer lr29 defect D6: the NL–US notes of 11 July 1991 (read: BWBV0001046) deal
 * with transfer requests "pursuant to the provisions of that Convention" — the Convention on the
 * Transfer of Sentenced Persons 1983, whose Art. 5(2) fixes the channel (Ministries of Justice;
 * read: BWBV0001039). The warning asked the signed notes for a point of contact they provide by
 * reference. A channel whose own words put what it carries under another convention is a note
 * asking to record that convention's authorities. Near misses: "this Convention", a convention that
 * is the instrument itself, a channel with no such words.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const realWords =
  'The Government of the United States of America has no objection, in principle, to the transfer of Netherlands nationals to the Kingdom of the Netherlands in order to serve sentence imposed on them in the United States of America, and, pursuant to the provisions of that Convention, shall consider in good faith requests by the Government of the Kingdom of the Netherlands for the transfer of convicted Netherlands citizens to the Netherlands. (paragraph 3)';
const notes = (title: string, words: string) =>
  `treaty "${title}" {\n  status binding\n  form exchange-of-notes\n}\n` +
  `party NL "The Government of the Kingdom of the Netherlands" {\n  kind government\n  jurisdiction NL\n}\nparty US "The Government of the United States of America" {\n  kind government\n  jurisdiction US\n}\n` +
  `channel TransferRequests between NL, US {\n  from NL\n  carries "requests for the transfer of convicted Netherlands citizens", personal-data\n  exchange "${words}"\n}\n`;
const contacts = (text: string) => diagnose(text).filter((d) => d.code === 'missing-points-of-contact');
const title = 'Exchange of notes on the transfer and enforcement of custodial sentences';

describe('lf51 D6: a channel made "pursuant to the provisions of that Convention" is a note asking to record its authorities', () => {
  it('the real file: info, naming the words', () => {
    const [finding, ...rest] = contacts(repoText('test/real-instruments/nl-us-sentenced-persons-notes-1991.entente'));
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /"pursuant to the provisions of that Convention"/);
  });

  it('the real words: info', () => {
    const [finding] = contacts(notes(title, realWords));
    assert.equal(finding.severity, 'info');
  });

  it('near miss: the same channel without the words keeps the warning', () => {
    const [finding] = contacts(notes(title, realWords.replace('pursuant to the provisions of that Convention, ', '')));
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /Name a point of contact for NL, US/);
  });

  it('near miss: "this Convention", or "the Convention" in a convention (itself), keeps the warning', () => {
    assert.equal(contacts(notes(title, realWords.replace('that Convention', 'this Convention')))[0].severity, 'warning');
    assert.equal(contacts(notes('Convention on the transfer of sentenced persons', realWords.replace('that Convention', 'the Convention')))[0].severity, 'warning');
  });
});
