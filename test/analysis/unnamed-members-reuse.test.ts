/**
 * The members a channel names no contact for are kept with the channel's node
 * (rules/checks/declaration-rules.ts): a contact of such a member is reached through its party and
 * is not unused. Across edits in one service, unused-declaration must be what a fresh service
 * finds as contacts are named and unnamed, the channels move to other lines, and edits are undone.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'memorandum "MoU" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia" { contact Duty "CERT-EE" }',
  'participant FI "Finland" { contact Desk "NCSC-FI" contact Spare "NCSC-FI spare" }',
  'channel Intel between EE, FI {',
  '  contacts EE.Duty, FI.Desk',
  '}',
  'clause Meetings "Meetings" """The Participants will meet."""',
  '',
].join('\n');

const unused = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'unused-declaration').map((d) => d.message.slice(0, 36));

describe('members without a named contact kept with the channel across edits', () => {
  it('follows contacts named and unnamed, with lines moved and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed (the channel kept)', (t) => t.replace('will meet.', 'will meet yearly.')],
        ["FI's contact taken off the channel: FI is reached through its party", (t) => t.replace('contacts EE.Duty, FI.Desk', 'contacts EE.Duty')],
        ['a line added above (the channel moves)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['prose typed again', (t) => t.replace('yearly.', 'every year.')],
        ['undo: the contact named again', (t) => t.replace('contacts EE.Duty\n', 'contacts EE.Duty, FI.Desk\n')],
        ['a second channel naming no contact for FI', (t) => t.replace('clause Meetings', 'channel Alerts between EE, FI {\n  contacts EE.Duty\n}\nclause Meetings')],
        ['undo: the second channel removed', (t) => t.replace('channel Alerts between EE, FI {\n  contacts EE.Duty\n}\n', '')],
      ],
      unused,
    );
    assert.deepStrictEqual(seen.map((s) => s.length), [1, 0, 0, 0, 1, 0, 1]);
  });
});
