/**
 * Document synchronisation under abuse, in-process: ranges past the end of a line or of the
 * document are clamped as the specification says, malformed notifications change nothing (not
 * even half of them), changes to unopened documents are ignored, and out-of-order versions
 * apply in arrival order. After any sequence the text equals what a reference implementation
 * of the specification's rules computes, and positions map back consistently (with
 * `TextDocuments`, a range on line 0.5 duplicated the whole text).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocuments, type DocumentEvents } from '../../server/src/lsp/open-documents';

const uri = 'file:///virtual/sync.entente';

function recorder(): DocumentEvents & { changes: number; closes: number; logs: string[] } {
  const events = {
    changes: 0,
    closes: 0,
    logs: [] as string[],
    changed: () => void events.changes++,
    closed: () => void events.closes++,
    log: (m: string) => void events.logs.push(m),
  };
  return events;
}

/** The specification's rule, written independently: offsets of a position, clamped. */
function referenceOffset(text: string, line: number, character: number): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  if (line >= starts.length) return text.length;
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(start + character, end);
}

function referenceApply(text: string, change: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }): string {
  if (!change.range) return change.text;
  let a = referenceOffset(text, change.range.start.line, change.range.start.character);
  let b = referenceOffset(text, change.range.end.line, change.range.end.character);
  if (a > b) [a, b] = [b, a];
  return text.slice(0, a) + change.text + text.slice(b);
}

describe('open documents: synchronisation under abuse', () => {
  it('clamps positions past a line end or the last line, keeping later edits in place', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: 'ab\ncd\n' } }, events);
    docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, text: 'X' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'abX\ncd\n');
    docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1000, character: 0 }, end: { line: 1000, character: 0 } }, text: 'ef\ngh' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'abX\ncd\nef\ngh');
    // The line table agrees with the text: an edit on line 3 lands on "gh".
    docs.change({ textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, text: 'G' }] }, events);
    assert.equal(docs.get(uri)!.getText(), 'abX\ncd\nef\nGh');
    assert.deepEqual(docs.get(uri)!.positionAt(docs.get(uri)!.getText().length), { line: 3, character: 2 });
  });

  it('applies nothing of a notification that holds one malformed change', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: 'one\ntwo\n' } }, events);
    const revision = docs.revision(uri);
    const junk: unknown[] = [
      { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'replaced' }, { range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }] },
      { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] },
      { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: '0', character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] },
      { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1e300, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] },
      { textDocument: { uri, version: 2 }, contentChanges: [{ text: 42 }] },
      { textDocument: { uri, version: 2 }, contentChanges: 'all' },
      { textDocument: { uri, version: 'two' }, contentChanges: [{ text: 'x' }] },
      { textDocument: { uri }, contentChanges: [{ text: 'x' }] },
      { textDocument: null, contentChanges: [{ text: 'x' }] },
      null,
      [],
    ];
    for (const params of junk) docs.change(params, events);
    assert.equal(docs.get(uri)!.getText(), 'one\ntwo\n');
    assert.equal(docs.get(uri)!.version, 1);
    assert.equal(docs.revision(uri), revision);
    assert.equal(events.changes, 1, 'only the open was reported');
    assert.equal(events.logs.length, junk.length, 'each ignored notification is logged');
  });

  it('ignores changes and closes of documents that are not open, and junk opens', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ text: 'x' }] }, events);
    docs.close({ textDocument: { uri } }, events);
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1.5, text: 'x' } }, events);
    docs.open({ textDocument: { uri, languageId: 'entente', version: 1, text: null } }, events);
    docs.open(null, events);
    assert.equal(docs.get(uri), undefined);
    assert.deepEqual([events.changes, events.closes], [0, 0]);
  });

  it('applies out-of-order and repeated versions in arrival order, with a fresh revision each', () => {
    const docs = new OpenDocuments();
    const events = recorder();
    docs.open({ textDocument: { uri, languageId: 'entente', version: 5, text: 'a' } }, events);
    const revisions = [docs.revision(uri)];
    for (const [version, text] of [[3, 'b'], [3, 'c'], [4, 'd']] as const) {
      docs.change({ textDocument: { uri, version }, contentChanges: [{ text }] }, events);
      revisions.push(docs.revision(uri));
    }
    assert.equal(docs.get(uri)!.getText(), 'd');
    assert.equal(docs.get(uri)!.version, 4);
    assert.equal(new Set(revisions).size, 4, 'every accepted change has its own revision');
    assert.ok(events.logs.some((l) => /version 3 after 5/.test(l)));
  });

  it('agrees with the specification on random edit sequences, valid or not (property)', () => {
    const position = fc.record({ line: fc.oneof(fc.nat(6), fc.constant(1000), fc.constant(-1), fc.constant(0.5)), character: fc.oneof(fc.nat(8), fc.constant(500), fc.constant(-3)) });
    const change = fc.oneof(
      fc.record({ range: fc.record({ start: position, end: position }), text: fc.stringMatching(/^[ab\n\r{}"]{0,4}$/) }),
      fc.record({ text: fc.stringMatching(/^[ab\n]{0,6}$/) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (notifications) => {
        const docs = new OpenDocuments();
        const events = recorder();
        let expected = 'ab\r\nab\nab';
        docs.open({ textDocument: { uri, languageId: 'entente', version: 0, text: expected } }, events);
        notifications.forEach((changes, i) => {
          const valid = changes.every((c) => !('range' in c) || [c.range.start, c.range.end].every((p) => Number.isInteger(p.line) && p.line >= 0 && p.character >= 0));
          docs.change({ textDocument: { uri, version: i + 1 }, contentChanges: changes }, events);
          if (valid) for (const c of changes) expected = referenceApply(expected, c);
        });
        const doc = docs.get(uri)!;
        assert.equal(doc.getText(), expected);
        // The document's line table is consistent with a document built from scratch.
        const fresh = TextDocument.create(uri, 'entente', 0, expected);
        for (let offset = 0; offset <= expected.length; offset++) assert.deepEqual(doc.positionAt(offset), fresh.positionAt(offset));
      }),
      { seed: 12, numRuns: 400 },
    );
  });
});
