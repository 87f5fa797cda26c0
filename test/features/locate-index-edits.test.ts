/**
 * After an edit, the order of the new declaration list is checked only where it differs from a
 * list already found in order (features/locate-index.ts): what holds a position must still be
 * what scanning the whole document gives. One service takes a series of edits of the bench's
 * generated convention as the editor sends them (a character typed, a line broken, a declaration
 * taken out, a brace taken out so that recovery joins two declarations), and after each every
 * declaration's edges and every declared name are looked up both ways. Near misses: lists that
 * share most of their nodes with one in order but are not in order themselves are scanned.
 */
import assert from 'node:assert/strict';
import { generateModel, toEntente } from '../../bench/generator';
import { rangeContains, type Position, type Range } from '../../server/src/language/ast/positions';
import { declaredAt, nodesAt } from '../../server/src/language/features/locate-index';
import { createEntenteService } from '../../server/src/language/service';

const uri = 'file:///w/convention.entente';
const original = toEntente(generateModel({ lines: 1000 }));
const range = (a: number, b: number): Range => ({ start: { line: a, character: 0 }, end: { line: b, character: 0 } });

describe('finding what holds a position after edits', () => {
  it('gives what the scan gave after each of a series of edits', function () {
    this.timeout(120000);
    const clause = original.indexOf('\nclause ', original.length >> 1);
    const prose = original.indexOf('\n', original.indexOf('"""\n', clause) + 4);
    const channel = original.indexOf('\nchannel ', original.length >> 2) + 1;
    const channelEnd = original.indexOf('\n}\n', channel) + 3;
    const steps: [string, (text: string) => string][] = [
      ['a character typed in a clause', (t) => t.slice(0, prose) + 'x' + t.slice(prose)],
      ['a line broken before the clause', (t) => t.slice(0, clause) + '\n' + t.slice(clause)],
      ['a channel taken out', (t) => t.slice(0, channel) + t.slice(channelEnd)],
      ['a closing brace taken out', (t) => t.replace('\n}\n', '\n\n')],
      ['the brace put back', (t) => t.replace('\n\n\n', '\n}\n\n')],
    ];
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, original, 1);
    let text = original;
    let checked = 0;
    const check = (what: string) => {
      const model = service.model(uri)!;
      const list = model.ast.declarations;
      const positions: Position[] = [];
      for (const node of list) positions.push(node.range.start, node.range.end, { line: node.range.end.line, character: node.range.end.character + 1 });
      for (const symbol of model.symbols) positions.push(symbol.nameRange.start, { line: symbol.nameRange.start.line, character: symbol.nameRange.start.character + 1 });
      for (const position of positions) {
        const at = `${what}, at ${position.line}:${position.character}`;
        assert.deepEqual(nodesAt(list, position), list.filter((n) => rangeContains(n.range, position)), at);
        assert.deepEqual(declaredAt(model, position), model.symbols.filter((s) => rangeContains(s.nameRange, position)), at);
        checked++;
      }
    };
    check('the text as opened');
    steps.forEach(([what, edit], i) => {
      text = edit(text);
      assert.notEqual(text, service.text(uri), `${what} changed the text`);
      service.update(uri, text, i + 2);
      check(`after ${what}`);
    });
    assert.ok(checked > 2000, `${checked} positions checked`);
  });

  it('scans a list that differs from one in order by a node that overlaps its neighbour', () => {
    const inOrder = Array.from({ length: 20 }, (_, i) => ({ range: range(i * 10, i * 10 + 5) }));
    assert.deepEqual(nodesAt(inOrder, { line: 52, character: 0 }), [inOrder[5]]);
    // The same nodes but one, which reaches into the next: binary search would miss the first of the two.
    const overlapping = [...inOrder];
    overlapping[9] = { range: range(90, 102) };
    assert.deepEqual(nodesAt(overlapping, { line: 101, character: 0 }), [overlapping[9], overlapping[10]]);
    // One node put out of order at the end of the shared head.
    const swapped = [...inOrder];
    swapped[4] = { range: range(55, 57) };
    assert.deepEqual(nodesAt(swapped, { line: 56, character: 0 }), [swapped[4]]);
    assert.deepEqual(nodesAt(swapped, { line: 52, character: 0 }), [inOrder[5]]);
    // A node added at the end that starts before the last one ends.
    const longer = [...inOrder, { range: range(193, 200) }];
    assert.deepEqual(nodesAt(longer, { line: 194, character: 0 }), [inOrder[19], longer[20]]);
    // Near miss: a changed node that fits between its neighbours is found by binary search, as the scan finds it.
    const fitting = [...inOrder];
    fitting[9] = { range: range(91, 98) };
    assert.deepEqual(nodesAt(fitting, { line: 95, character: 0 }), [fitting[9]]);
  });
});
