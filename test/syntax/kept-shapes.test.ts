/**
 * util/kept-shapes.ts keeps one object of each short-lived class of the parse alive, so that a
 * full garbage collection does not throw away the optimised code that reads them. What is kept
 * must stay small and hold no document: these tests say so, and that each class is kept.
 */
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/language/ast/positions';
import { BuildContext } from '../../server/src/language/syntax/build-context';
import { parse, segmentsOfParse } from '../../server/src/language/syntax/parse';
import { DeclarationMemo } from '../../server/src/language/util/declaration-memo';
import { keptShapes } from '../../server/src/language/util/kept-shapes';

describe('kept shapes', () => {
  it('keeps a line index, a build context, a parsed segment and a declaration memo', () => {
    const kept = keptShapes();
    const segment = segmentsOfParse(parse('clause A "Text."'))![0];
    assert.ok(kept.some((o) => o instanceof LineIndex));
    assert.ok(kept.some((o) => o instanceof BuildContext));
    assert.ok(kept.some((o) => o instanceof DeclarationMemo));
    assert.ok(kept.some((o) => Object.getPrototypeOf(o) === Object.getPrototypeOf(segment)));
  });

  it('holds no text: each kept object is made from the empty text', () => {
    for (const o of keptShapes()) {
      if (o instanceof LineIndex) assert.equal(o.text, '');
      else if (o instanceof BuildContext) assert.equal(o.lines.text, '');
      // A memo of no document: its uri and facts are empty, and its table (one per service since pk51)
      // is a weak map of its own, which holds no node alive.
      else if (o instanceof DeclarationMemo) {
        const [table, ...rest] = Object.values(o);
        assert.ok(table instanceof WeakMap);
        assert.deepEqual(rest, [0, '', '']);
      }
      else {
        const segment = o as { start: number; end: number; tokenList: { length: number }; comments: readonly unknown[] };
        assert.equal(segment.start, 0);
        assert.equal(segment.end, 0);
        assert.equal(segment.tokenList.length, 0);
        assert.equal(segment.comments.length, 0);
      }
    }
  });

  it('does not grow with parsing', () => {
    const before = keptShapes().length;
    parse('clause A "Text."\nclause B "More."');
    assert.equal(keptShapes().length, before);
  });
});
