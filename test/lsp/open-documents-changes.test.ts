/**
 * What a didChange tells the core (lsp/open-documents.ts → service.update): the changes in
 * offsets, each in the text the previous ones left, so that applying them in order to the text
 * before gives the text after — for several changes in one notification, ranges clamped past a
 * line's or the document's end, reversed ranges, CRLF and surrogate pairs; none after a change
 * that replaces the whole text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OpenDocuments, type DocumentEvents } from '../../server/src/lsp/open-documents';
import type { TextChange } from '../../server/src/language/syntax/text-changes';

const uri = 'file:///virtual/changes.entente';

function recorder(): DocumentEvents & { told: (readonly TextChange[] | undefined)[] } {
  const events = {
    told: [] as (readonly TextChange[] | undefined)[],
    changed: (_: unknown, changes?: readonly TextChange[]) => void events.told.push(changes),
    closed: () => undefined,
    log: () => undefined,
  };
  return events;
}

function applied(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.start) + c.text + text.slice(c.end);
  return text;
}

const position = fc.record({ line: fc.nat(8), character: fc.nat(12) });
const ranged = fc.record({ range: fc.record({ start: position, end: position }), text: fc.constantFrom('', 'x', '\n', '\r\n', '😀', 'party A {\n}', 'é') });

describe('open documents: the changes told to the core', () => {
  it('apply in order to the text before to give the text after', () => {
    fc.assert(
      fc.property(fc.constantFrom('ab\ncd\n', 'ab\r\ncd\r\nef', '😀x\n\ny', ''), fc.array(fc.array(ranged, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (initial, notifications) => {
        const docs = new OpenDocuments();
        const events = recorder();
        docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: initial } }, events);
        let version = 1;
        for (const contentChanges of notifications) {
          const before = docs.get(uri)!.getText();
          docs.change({ textDocument: { uri, version: ++version }, contentChanges }, events);
          const told = events.told[events.told.length - 1];
          assert.ok(told, 'ranged changes are told');
          assert.equal(told.length, contentChanges.length);
          assert.equal(applied(before, told), docs.get(uri)!.getText());
        }
      }),
      { seed: 34, numRuns: 300 },
    );
  });

  it('tells nothing after a change that replaces the whole text, nor on open', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: 'ab\n' } }, events);
    docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'x' }, { text: 'whole' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'whole');
    assert.deepStrictEqual(events.told, [undefined, undefined]);
    docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 2 } }, text: 'Y' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'whY');
    assert.deepStrictEqual(events.told[2], [{ start: 2, end: 5, text: 'Y' }]);
  });

  it('a line added past the last line leaves the next change in place (the library left a hole in its line table)', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: 'ab\ncd\n' } }, events);
    docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'ab\ncd\n\n');
    assert.equal(docs.get(uri)!.offsetAt({ line: 3, character: 0 }), 7);
    docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 2, character: 1 } }, text: '' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'a\n');
    assert.deepStrictEqual(events.told[2], [{ start: 1, end: 6, text: '' }]);
  });
});
