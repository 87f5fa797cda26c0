/**
 * `declarationParts` (model/document-change.ts) patches the last list where an edit replaced
 * declarations at the same places, asking the declaration memo for those places alone, without
 * the tree's slot arrays (issue #11: making them for every keystroke was some 5% of a steady
 * keystroke at 10k lines). Property: after random edits applied one after another in one service
 * (typing in prose, Enter and Backspace, which move the declarations below onto other lines), the
 * parts are those of the declarations computed afresh, with and without a part that follows a
 * move; and a keystroke inside one declaration makes no slot arrays for its tree.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Declaration } from '../../server/src/language/ast/nodes';
import { createEntenteService } from '../../server/src/language/service';
import { declarationParts, sameWordsMoved, treeSlotsMade } from '../../server/src/language/model/document-change';
import { termMemorandum, uri } from '../helpers/follow-edits';

const start = `${termMemorandum}clause Later "Later" """
  The Participants will meet again.
"""
`;

/** What a part says of its declaration: its words and where it stands (the latter moves with it). */
const wordsAndPlace = (d: Declaration) => ({ type: d.type, start: d.range.start, end: d.range.end });
const wordsOnly = (d: Declaration) => `${d.type}:${d.range.end.line - d.range.start.line}`;

const pieces = ['x', ' ', '\n', 'Incident', '"', '"""', 'clause X """\n  Text.\n"""\n'];
const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(4)), piece: fc.nat({ max: pieces.length - 1 }) });

describe('declaration parts: the patched list against parts made afresh', () => {
  it('gives the fresh parts after every edit, with and without following moves', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const service = createEntenteService({ readFile: () => undefined });
        let text = start;
        service.open(uri, text, 1);
        const ask = () => {
          const model = service.model(uri)!;
          assert.deepStrictEqual(declarationParts('pc47-test-moved', model, '', wordsAndPlace, sameWordsMoved), model.ast.declarations.map(wordsAndPlace), JSON.stringify(edits));
          assert.deepStrictEqual(declarationParts('pc47-test-plain', model, '', wordsOnly), model.ast.declarations.map(wordsOnly), JSON.stringify(edits));
        };
        ask();
        edits.forEach((e, i) => {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + pieces[e.piece] + text.slice(at + e.remove);
          service.update(uri, text, i + 2);
          ask();
        });
      }),
      { seed: 47, numRuns: 60 },
    );
  });

  it('makes no slot arrays for the tree of a keystroke inside one declaration', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, start, 1);
    declarationParts('pc47-test-count', service.model(uri)!, '', wordsOnly);
    const at = start.indexOf('again');
    const typed = start.slice(0, at) + 'x' + start.slice(at);
    service.update(uri, typed, 2);
    const before = treeSlotsMade.trees;
    const model = service.model(uri)!;
    assert.deepStrictEqual(declarationParts('pc47-test-count', model, '', wordsOnly), model.ast.declarations.map(wordsOnly));
    assert.equal(treeSlotsMade.trees, before);
  });
});
