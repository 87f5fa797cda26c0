/**
 * The re-parse told what changed (syntax/text-changes.ts, an editor's incremental didChange):
 * after random didChanges of several changes each — at the very start and end, line breaks
 * (CRLF), surrogate pairs — the result equals a fresh parse; a description that disagrees with
 * the texts is noticed and the span found by comparison instead (the result still equals a
 * fresh parse); the document store keeps the changes of updates no parse read in between.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../server/src/language/syntax/parse';
import { reparse } from '../../server/src/language/syntax/reparse';
import { toldSpan, type TextChange } from '../../server/src/language/syntax/text-changes';
import { DocumentStore } from '../../server/src/language/workspace/document-store';
import { ententeFiles } from '../helpers/entente-files';
import { assertSameParse } from '../helpers/same-parse';

const root = new URL('../../', import.meta.url).pathname;
const samples = ententeFiles(join(root, 'samples'));

const pieces = ['', '{', '}', '"', '"""', '//', '/*', '*/', ' ', '\n', '\r\n', '\r', 'x', 'party', 'clause', '} party X {', '😀', '\uD83D', '\uDE00', 'é'];

/** Where a change lands: the very start, the very end, or anywhere; how much it removes; what it inserts. */
const change = fc.record({
  at: fc.oneof(fc.constant(0), fc.constant(-1), fc.nat()),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.constantFrom(...pieces),
});

type Drawn = { at: number; remove: number; insert: string };

/** The changes of one didChange applied in order: the new text and the changes in offsets. */
function applyAll(text: string, drawn: readonly Drawn[]): { text: string; changes: TextChange[] } {
  const changes: TextChange[] = [];
  for (const d of drawn) {
    const start = d.at < 0 ? text.length : d.at % (text.length + 1);
    const end = Math.min(text.length, start + d.remove);
    changes.push({ start, end, text: d.insert });
    text = text.slice(0, start) + d.insert + text.slice(end);
  }
  return { text, changes };
}

describe('incremental re-parse told the changes', () => {
  it(`equals a full parse after random didChanges of several changes (${samples.length} samples, LF and CRLF)`, function () {
    this.timeout(120000);
    assert.ok(samples.length > 10);
    const texts = samples.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [
        { path, text },
        { path: `${path} (CRLF)`, text: text.replace(/\r?\n/g, '\r\n') },
      ];
    });
    let told = 0;
    for (const { path, text: original } of texts) {
      fc.assert(
        fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (didChanges) => {
          let text = original;
          let current = parse(text);
          for (const drawn of didChanges) {
            const before = text;
            const applied = applyAll(text, drawn);
            text = applied.text;
            if (toldSpan(before, text, applied.changes)) told++;
            current = reparse(current, text, applied.changes);
            assertSameParse(current, parse(text), `${relative(root, path)} after ${JSON.stringify(didChanges)}`);
          }
        }),
        { seed: Number(process.env.REPARSE_SEED ?? 34), numRuns: Number(process.env.REPARSE_RUNS ?? 5) },
      );
    }
    // Correct descriptions pass the checks: the told path is the one tested.
    assert.ok(told > texts.length * 4, `told spans used: ${told}`);
  });

  it('finds the span of several changes: later ones before, inside and after earlier ones', () => {
    const old = 'abcdefghij';
    // 'c' → 'XY' at 2, then delete 'h' (index 8 after the first), then insert 'Z' at 0.
    const changes: TextChange[] = [
      { start: 2, end: 3, text: 'XY' },
      { start: 8, end: 9, text: '' },
      { start: 0, end: 0, text: 'Z' },
    ];
    const text = 'ZabXYdefgij';
    assert.deepStrictEqual(toldSpan(old, text, changes), { start: 0, oldEnd: 8 });
    // A change swallowing the end of the earlier span.
    // 'cd' → 'PPP', then everything from the first P up to the last character → 'QQ'.
    assert.deepStrictEqual(toldSpan(old, 'abQQj', [{ start: 2, end: 4, text: 'PPP' }, { start: 2, end: 10, text: 'QQ' }]), { start: 2, oldEnd: 9 });
    assert.deepStrictEqual(toldSpan(old, 'abcdefghijK', [{ start: 10, end: 10, text: 'K' }]), { start: 10, oldEnd: 10 });
  });

  it('falls back to comparing the texts when the changes disagree with them (and the result is still a fresh parse)', () => {
    const path = join(root, 'samples/baltic-cyber-convention.entente');
    const text = readFileSync(path, 'utf8');
    const previous = parse(text);
    const at = text.indexOf('{', text.indexOf('\nclause ', text.length / 2)) + 1;
    const edited = text.slice(0, at) + '\n  x' + text.slice(at);
    const wrong: TextChange[][] = [
      [{ start: 10, end: 10, text: '\n  x' }], // the right insertion at the wrong place
      [{ start: at, end: at, text: '\n  y' }], // the wrong characters
      [{ start: at, end: at + 1, text: '\n  x' }], // lengths that do not add up
      [{ start: at + 4, end: at + 4, text: '' }], // an empty change: the text did change
      [{ start: -1, end: 0, text: '' }],
      [{ start: 5, end: 2, text: '' }],
      [{ start: text.length + 5, end: text.length + 5, text: '\n  x' }],
    ];
    for (const changes of wrong) {
      assert.equal(toldSpan(text, edited, changes), undefined, JSON.stringify(changes));
      assertSameParse(reparse(previous, edited, changes), parse(edited), JSON.stringify(changes));
    }
    // The right description passes.
    assert.deepStrictEqual(toldSpan(text, edited, [{ start: at, end: at, text: '\n  x' }]), { start: at, oldEnd: at });
    // A change that replaces text by the same text: the span is told, and the parse unchanged in substance.
    assertSameParse(reparse(previous, text, [{ start: at, end: at + 1, text: text[at] }]), previous, 'a replacement by the same character');
  });

  it('the document store passes the changes of every update since the last parse, and none when one update lacked them', () => {
    const text = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8');
    const uri = 'file:///a.entente';
    const store = new DocumentStore(() => undefined);
    store.set(uri, text, 1);
    store.parsed(uri);
    const at = text.indexOf('{', text.indexOf('\nclause ')) + 1;
    const one = text.slice(0, at) + 'x' + text.slice(at);
    const two = one.slice(0, 3) + one.slice(5) + '\n';
    store.set(uri, one, 2, true, [{ start: at, end: at, text: 'x' }]);
    store.set(uri, two, 3, true, [{ start: 3, end: 5, text: '' }, { start: one.length - 2, end: one.length - 2, text: '\n' }]);
    assert.deepStrictEqual(store.peek(uri)!.changes, [
      { start: at, end: at, text: 'x' },
      { start: 3, end: 5, text: '' },
      { start: one.length - 2, end: one.length - 2, text: '\n' },
    ]);
    assertSameParse(store.parsed(uri)!, parse(two), 'two updates, one parse');
    assert.equal(store.peek(uri)!.changes, undefined, 'used once');
    store.set(uri, one, 4);
    store.set(uri, text, 5, true, [{ start: at, end: at + 1, text: '' }]);
    assert.equal(store.peek(uri)!.changes, undefined, 'an update without changes: the texts are compared');
    assertSameParse(store.parsed(uri)!, parse(text), 'compared');
  });
});
