/**
 * duplicate-declaration asks first whether any kind and name is declared twice, from each
 * declaration's keys kept with its node, counted per key and the count patched where an edit
 * changed a declaration's keys (util/key-counts.ts): after every edit the findings must equal a
 * fresh service's, as a duplicate comes and goes by edits above, inside and below declarations,
 * names typed letter by letter, edits that move declaration boundaries, and undo.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';
import { someKeyRepeatedIn } from '../../server/src/language/util/key-counts';

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

  it('follows names typed letter by letter, the count patched in place (the same number of declarations)', () => {
    const typed = (from: string, to: string) => (t: string) => t.replace(from, to);
    const seen = followEdits(
      start,
      [
        ['a channel name typed into another\'s: Alerts → Alert', typed('channel Alerts', 'channel Alert')],
        ['Alert → Aler', typed('channel Alert ', 'channel Aler ')],
        ['Aler → Intel: a duplicate', typed('channel Aler ', 'channel Intel ')],
        ['the first Intel → Intelx: the duplicate gone, the other one now alone', typed('channel Intel between EE, FI\nchannel Intel', 'channel Intelx between EE, FI\nchannel Intel')],
        ['Intelx → Intel again: the duplicate back', typed('channel Intelx ', 'channel Intel ')],
        ['a third Intel, from the clause named so (another kind: still one duplicate)', typed('clause Meetings', 'clause Intel')],
        ['a contact declared twice within one party (a key repeated inside one declaration)', typed('participant EE "Estonia"', 'participant EE "Estonia" { contact Duty "A" contact Duty "B" }')],
        ['the second contact renamed', typed('contact Duty "B"', 'contact Desk "B"')],
        ['the second channel renamed away: no duplicate left', typed('channel Intel between EE, FI\nclause', 'channel Alerts between EE, FI\nclause')],
        ['a contact renamed into the other', typed('contact Desk "B"', 'contact Duty "B"')],
        ['the party renamed to the other party\'s id (party and contacts)', typed('participant EE "Estonia" {', 'participant FI "Estonia" {')],
        ['undo: EE again', typed('participant FI "Estonia" {', 'participant EE "Estonia" {')],
        ['undo: the contact Desk again', typed('contact Duty "B"', 'contact Desk "B"')],
      ],
      duplicates,
    );
    // The channel duplicate and the contact duplicate stand together at the seventh edit.
    assert.deepStrictEqual(
      seen.map((lines) => lines.length),
      [0, 0, 1, 0, 1, 1, 2, 1, 0, 1, 1, 1, 0],
    );
  });

  it('finds nothing where names differ only by kind (near miss)', () => {
    const seen = followEdits(start, [['a clause named as a channel', (t) => t.replace('clause Meetings', 'clause Intel')]], duplicates);
    assert.deepStrictEqual(seen, [[]]);
  });

  it('counts keys patched from the last parts as a walk over the new parts would (util/key-counts.ts)', () => {
    // The findings stay right even where the count says a key repeats that does not (the symbols
    // are then grouped and nothing is found): the count itself is compared with a fresh one.
    const model = { uri: 'file:///w/key-counts.entente' };
    const walked = (parts: readonly string[]) => {
      const keys = parts.flatMap((p) => p.split('\u0000').filter((k) => k !== ''));
      return new Set(keys).size < keys.length;
    };
    const steps: string[][] = [
      ['channel:A\u0000', 'channel:B\u0000', ''],
      ['channel:A\u0000', 'channel:A\u0000', ''],
      ['channel:A\u0000', 'channel:Ax\u0000', ''],
      ['channel:A\u0000', 'channel:Ax\u0000', 'party:E\u0000contact:E.D\u0000contact:E.D\u0000'],
      ['channel:A\u0000', 'channel:Ax\u0000', 'party:E\u0000contact:E.D\u0000contact:E.K\u0000'],
      ['channel:A\u0000', 'channel:A\u0000', 'party:E\u0000contact:E.D\u0000contact:E.K\u0000'],
      ['channel:B\u0000', 'channel:A\u0000', 'party:E\u0000contact:E.D\u0000contact:E.K\u0000'],
      ['channel:B\u0000', 'channel:A\u0000'],
      ['channel:A\u0000', 'channel:A\u0000'],
      ['channel:A\u0000', ''],
    ];
    assert.deepStrictEqual(
      steps.map((parts) => someKeyRepeatedIn('test-keys', model, parts)),
      steps.map(walked),
    );
  });
});
