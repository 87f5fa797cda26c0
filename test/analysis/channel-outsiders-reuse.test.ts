/**
 * Whether a channel lists a contact or a sender outside its members is kept with the channel's node
 * (rules/checks/reference-rules.ts): across edits in one service, contact-not-channel-member and
 * sender-not-channel-member must be what a fresh service finds, as an outsider is added to a
 * channel, the channel or another declaration is edited, lines move above it, and the edits are undone.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'memorandum "MoU" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia" { contact Duty "CERT-EE" }',
  'participant FI "Finland" { contact Desk "NCSC-FI" }',
  'participant LV "Latvia" { contact Duty "CERT.LV" }',
  'channel Intel between EE, FI {',
  '  contacts EE.Duty, FI.Desk',
  '  from EE',
  '}',
  'channel Alerts between EE, FI, LV {',
  '  contacts LV.Duty',
  '}',
  'clause Meetings "Meetings" """The Participants will meet."""',
  '',
].join('\n');

const found = (ds: { code: string }[]) => ['contact-not-channel-member', 'sender-not-channel-member'].map((code) => ds.filter((d) => d.code === code).length);

describe('channel outsiders kept with the channel across edits', () => {
  it('follows contacts and senders outside the members, with edits elsewhere, lines moved and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed below', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['an outside contact listed', (t) => t.replace('contacts EE.Duty, FI.Desk', 'contacts EE.Duty, FI.Desk, LV.Duty')],
        ['an outside sender named', (t) => t.replace('  from EE\n', '  from EE, LV\n')],
        ['a line added above (the channels move)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['prose typed below again', (t) => t.replace('yearly.', 'every year.')],
        ['the outsider made a member', (t) => t.replace('channel Intel between EE, FI {', 'channel Intel between EE, FI, LV {')],
        ['undo: a member no more', (t) => t.replace('channel Intel between EE, FI, LV {', 'channel Intel between EE, FI {')],
        ['the outsider party undeclared (unknown-reference instead)', (t) => t.replace('participant LV "Latvia" { contact Duty "CERT.LV" }\n', '')],
        ['undo: declared again', (t) => t.replace('channel Intel', 'participant LV "Latvia" { contact Duty "CERT.LV" }\nchannel Intel')],
        ['undo: the sender and the contact removed', (t) => t.replace('  from EE, LV\n', '  from EE\n').replace(', FI.Desk, LV.Duty', ', FI.Desk')],
      ],
      found,
    );
    assert.deepStrictEqual(seen, [[0, 0], [1, 0], [1, 1], [1, 1], [1, 1], [0, 0], [1, 1], [0, 0], [1, 1], [0, 0]]);
  });

  it('follows notification recipients outside the channel they go via, with the channel edited, lines moved and undo', () => {
    const text = start.replace('clause Meetings', 'protocol Major {\n  notify FI within 24 hours via Intel\n}\nclause Meetings');
    const notified = (ds: { code: string }[]) => ds.filter((d) => d.code === 'notified-not-on-channel').length;
    const seen = followEdits(
      text,
      [
        ['prose typed below', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the channel edited: the recipient no longer a member (the protocol kept)', (t) => t.replace('channel Intel between EE, FI {', 'channel Intel between EE, LV {')],
        ['undo: a member again', (t) => t.replace('channel Intel between EE, LV {', 'channel Intel between EE, FI {')],
        ['a recipient outside the channel', (t) => t.replace('notify FI within', 'notify FI, LV within')],
        ['a line added above (the protocol moves)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['the recipient made a member of the channel', (t) => t.replace('channel Intel between EE, FI {', 'channel Intel between EE, FI, LV {')],
        ['undo: a member no more', (t) => t.replace('channel Intel between EE, FI, LV {', 'channel Intel between EE, FI {')],
        ['the notification sent via the other channel, where it is a member', (t) => t.replace('hours via Intel', 'hours via Alerts')],
        ['undo: via Intel again', (t) => t.replace('hours via Alerts', 'hours via Intel')],
        ['undo: the recipient removed', (t) => t.replace('notify FI, LV within', 'notify FI within')],
      ],
      notified,
    );
    assert.deepStrictEqual(seen, [0, 1, 0, 1, 1, 0, 1, 0, 1, 0]);
  });
});
