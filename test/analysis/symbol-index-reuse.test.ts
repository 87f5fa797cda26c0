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

  it('patches the last index where a symbol was replaced by one of the same name, and indexes anew where a name changed', () => {
    const model = {};
    const symbol = (name: string) => ({ kind: 'clause', name }) as DeclaredSymbol;
    const [a, b, b2, c] = [symbol('A'), symbol('B'), symbol('B'), symbol('C')];
    const uri = 'file:///p.entente';
    const imported = [symbol('D')];
    const first = symbolIndex(model, uri, 'clause', { local: [a, b, b2, c], imported });
    // A keystroke in the second B: its symbol replaced by a new one of the same name.
    const edited = symbol('B');
    const patched = symbolIndex(model, uri, 'clause', { local: [a, b, edited, c], imported: [...imported] });
    assert.notEqual(patched, first);
    assert.deepStrictEqual(patched.get('B'), [b, edited], 'the replaced symbol in its place');
    assert.equal(patched.get('A'), first.get('A'), 'the other names keep their lists');
    assert.equal(first.get('B')![1], b2, 'the last index is not changed');
    assert.deepStrictEqual([...patched.entries()].map(([name, list]) => [name, list.length]), [['A', 1], ['B', 2], ['C', 1], ['D', 1]], 'in the order first indexed');
    assert.deepStrictEqual([...patched.values()].map((list) => list[0].name), ['A', 'B', 'C', 'D']);
    // Patched again from the patched one, then a name changed: indexed anew.
    const again = symbol('C');
    const twice = symbolIndex(model, uri, 'clause', { local: [a, b, edited, again], imported });
    assert.deepStrictEqual(twice.get('C'), [again]);
    assert.deepStrictEqual(twice.get('B'), [b, edited]);
    const renamed = symbolIndex(model, uri, 'clause', { local: [a, b, edited, symbol('E')], imported });
    assert.equal(renamed.get('C'), undefined);
    assert.equal(renamed.get('E')!.length, 1);
  });
});
