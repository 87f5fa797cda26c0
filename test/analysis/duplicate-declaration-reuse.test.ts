/**
 * duplicate-declaration asks first whether any kind and name is declared twice, from each
 * declaration's keys kept with its node (rules/checks/declaration-rules.ts): after every edit the
 * findings must equal a fresh service's, as a duplicate comes and goes by edits above, inside and
 * below declarations, edits that move declaration boundaries, and undo.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'memorandum "MoU" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia"',
  'participant FI "Finland"',
  'channel Intel between EE, FI',
  'channel Alerts between EE, FI',
  'clause Meetings "Meetings" """The Participants will meet."""',
  'clause Costs "Costs" about costs """Each Participant will bear its own costs."""',
  '',
].join('\n');

const duplicates = (ds: { code: string; range: { start: { line: number } } }[]) => ds.filter((d) => d.code === 'duplicate-declaration').map((d) => d.range.start.line);

describe('duplicate-declaration across edits', () => {
  it('follows a duplicate made and unmade inside, above and below declarations, and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed (no name changes)', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['a channel renamed to another one\'s name', (t) => t.replace('channel Alerts', 'channel Intel')],
        ['prose typed while the duplicate stands', (t) => t.replace('own costs.', 'own costs in full.')],
        ['a line added above (the declarations below move)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['undo: the channel named back', (t) => t.replace('channel Intel between EE, FI\nclause', 'channel Alerts between EE, FI\nclause')],
        ['a second clause Costs typed below the last', (t) => `${t}clause Costs "More costs" """Each Participant will bear more."""\n`],
        ['two declarations joined: the closing quotes of one removed', (t) => t.replace('will bear more."""', 'will bear more.')],
        ['undo: the quotes back', (t) => t.replace('will bear more.\n', 'will bear more."""\n')],
        ['the added clause removed', (t) => t.replace('clause Costs "More costs" """Each Participant will bear more."""\n', '')],
        ['a party declared twice (its contacts through the party)', (t) => t.replace('participant FI "Finland"', 'participant FI "Finland"\nparticipant FI "Suomi"')],
      ],
      duplicates,
    );
    assert.deepStrictEqual(seen.map((lines) => lines.length), [0, 1, 1, 1, 0, 1, seen[6].length, 1, 0, 1]);
  });

  it('finds nothing where names differ only by kind (near miss)', () => {
    const seen = followEdits(start, [['a clause named as a channel', (t) => t.replace('clause Meetings', 'clause Intel')]], duplicates);
    assert.deepStrictEqual(seen, [[]]);
  });
});
