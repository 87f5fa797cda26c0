/**
 * A model takes the symbol index of a kind from the last model of the same document when both
 * lists of symbols of that kind are the very same (model/symbol-index.ts). Across edits in one
 * service, what names resolve to must stay what a fresh service finds: a declaration renamed,
 * added, removed, moved to other lines, a clause edited, and undo.
 */
import assert from 'node:assert/strict';
import { symbolIndex } from '../../server/src/language/model/symbol-index';
import type { DeclaredSymbol } from '../../server/src/language/model/symbols';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'memorandum "MoU" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia"',
  'participant FI "Finland"',
  'channel Intel between EE, FI',
  'protocol Major {',
  '  notify FI within 24 hours via Intel',
  '}',
  'clause Meetings "Meetings" """The Participants will meet."""',
  '',
].join('\n');

const unknown = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'unknown-reference').map((d) => d.message.slice(0, 40));

describe('symbol index kept across models', () => {
  it('resolves as a fresh service does after renames, additions, removals, moves and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed (the channels and parties keep their index)', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the channel renamed', (t) => t.replace('channel Intel', 'channel Intelligence')],
        ['prose typed again', (t) => t.replace('yearly.', 'every year.')],
        ['undo: the channel named back', (t) => t.replace('channel Intelligence', 'channel Intel')],
        ['a party removed', (t) => t.replace('participant FI "Finland"\n', '')],
        ['a line added above (every declaration moves)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['undo: the party back', (t) => t.replace('participant EE "Estonia"\n', 'participant EE "Estonia"\nparticipant FI "Finland"\n')],
      ],
      unknown,
    );
    assert.deepStrictEqual(seen.map((s) => s.length), [0, 1, 1, 0, 2, 2, 0]);
  });

  it('gives the last index for the very same lists, and a new one when a list differs (near miss)', () => {
    const model = {};
    const symbol = (name: string) => ({ kind: 'channel', name }) as DeclaredSymbol;
    const a = symbol('A');
    const b = symbol('B');
    const first = symbolIndex(model, 'file:///x.entente', 'channel', { local: [a, b], imported: [] });
    assert.equal(symbolIndex(model, 'file:///x.entente', 'channel', { local: [a, b], imported: [] }), first, 'same symbols: same index');
    const renamed = symbolIndex(model, 'file:///x.entente', 'channel', { local: [a, symbol('B')], imported: [] });
    assert.notEqual(renamed, first, 'a symbol replaced: indexed again');
    assert.notEqual(symbolIndex(model, 'file:///y.entente', 'channel', { local: [a, b], imported: [] }), first, 'another document');
    const shadowed = symbolIndex(model, 'file:///x.entente', 'channel', { local: [a], imported: [symbol('A'), symbol('C'), symbol('C')] });
    assert.deepStrictEqual([...shadowed.entries()].map(([name, list]) => [name, list.length]), [['A', 1], ['C', 2]], 'a local name shadows the imported ones');
  });
});
