/**
 * Incremental parsing (syntax/reparse.ts) must be invisible: after any edit, the re-parse of
 * the previous result equals a fresh full parse of the new text — AST, problems (with their
 * order and recovery), tokens and comments. Random edits (seeded) on every sample and fixture;
 * each edit starts from the previous incremental result, so reused parses are reused again.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../server/src/language/syntax/parse';
import { reparse } from '../../server/src/language/syntax/reparse';
import { DocumentStore } from '../../server/src/language/workspace/document-store';
import { ententeFiles } from '../helpers/entente-files';
import { assertSameParse } from '../helpers/same-parse';

const root = new URL('../../', import.meta.url).pathname;

const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test'))];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Pieces that move block boundaries, open strings and comments, or are plain typing. */
const fragments = ['{', '}', '"', '"""', '//', '/*', '*/', ',', '.', ' ', '\n', '\r\n', '\n\n', 'a', 'x', '7', 'party', 'clause', 'channel', 'within', '24 hours', '} party X {', 'treaty "T" {', '@', '😀'];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...fragments), fc.string({ maxLength: 4 }), fc.nat()).map((x) => x),
});

/** Applies an edit; a numeric insertion copies a piece of the text itself (pasting). */
function apply(text: string, e: { at: number; remove: number; insert: string | number }): string {
  const at = e.at % (text.length + 1);
  const insert = typeof e.insert === 'number' ? text.slice(e.insert % (text.length + 1), (e.insert % (text.length + 1)) + 60) : e.insert;
  return text.slice(0, at) + insert + text.slice(at + e.remove);
}

describe('incremental re-parse', () => {
  it(`equals a full parse after random edits of every sample and fixture (${files.length} files)`, function () {
    this.timeout(300000);
    assert.ok(files.length > 40, 'the samples and fixtures were found');
    // Every file as written, and the samples with Windows line breaks too.
    const texts = [...files.map((path) => ({ path, text: readFileSync(path, 'utf8') })), ...files.filter((path) => path.includes('/samples/')).map((path) => ({ path: `${path} (CRLF)`, text: readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n') }))];
    for (const { path, text: original } of texts) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          let text = original;
          let current = parse(text);
          for (const e of edits) {
            text = apply(text, e as Edit & { insert: string | number });
            current = reparse(current, text);
            assertSameParse(current, parse(text), `${relative(root, path)} after ${JSON.stringify(edits)}`);
          }
        }),
        { seed: Number(process.env.REPARSE_SEED ?? 11), numRuns: Number(process.env.REPARSE_RUNS ?? 6) },
      );
    }
  });

  it('equals a full parse when typing a statement character by character inside a clause', () => {
    const text = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8');
    const at = text.indexOf('{', text.indexOf('\nclause')) + 1;
    let current = parse(text);
    const typed = '\n  heading "Preservation of data"\n';
    for (let i = 1; i <= typed.length; i++) {
      const next = text.slice(0, at) + typed.slice(0, i) + text.slice(at);
      current = reparse(current, next);
      assertSameParse(current, parse(next), `typed ${JSON.stringify(typed.slice(0, i))}`);
    }
  });

  it('reuses the declarations a change does not touch: same objects before it, and after it when no line moved', () => {
    const text = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8');
    const before = parse(text);
    const declarations = before.ast.declarations;
    assert.ok(declarations.length > 6);
    const middle = declarations[Math.floor(declarations.length / 2)];
    const lines = before.lines;
    const at = lines.offsetAt(middle.range.end) - 1;
    const after = reparse(before, text.slice(0, at) + ' ' + text.slice(at));
    const index = declarations.indexOf(middle);
    assert.equal(after.ast.declarations[0], declarations[0]);
    assert.equal(after.ast.declarations[index - 1], declarations[index - 1]);
    assert.notEqual(after.ast.declarations[index], middle, 'the edited declaration is built again');
    assert.equal(after.ast.declarations[index + 1], declarations[index + 1]);
    assert.equal(after.ast.declarations[declarations.length - 1], declarations[declarations.length - 1]);

    const newline = reparse(before, text.slice(0, at) + '\n' + text.slice(at));
    const last = newline.ast.declarations[declarations.length - 1];
    assert.notEqual(last, declarations[declarations.length - 1], 'moved down one line: a copy');
    assert.equal(last.range.start.line, declarations[declarations.length - 1].range.start.line + 1);
    assert.equal(newline.ast.declarations[0], declarations[0]);
  });

  it('is what the document store does on a change of an open document', () => {
    const text = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8');
    const store = new DocumentStore(() => undefined);
    store.set('file:///a.entente', text, 1);
    const before = store.parsed('file:///a.entente')!;
    const at = text.lastIndexOf('}');
    const changed = text.slice(0, at) + '\n' + text.slice(at);
    store.set('file:///a.entente', changed, 2);
    store.set('file:///a.entente', changed + ' ', 3);
    const after = store.parsed('file:///a.entente')!;
    assert.equal(after.ast.declarations[0], before.ast.declarations[0], 'reused across two changes');
    assertSameParse(after, parse(changed + ' '), 'the store');
    store.set('file:///b.entente', text, 0, false);
    store.parsed('file:///b.entente');
    store.set('file:///b.entente', changed, 0, false);
    assert.notEqual(store.parsed('file:///b.entente')!.ast.declarations[0], before.ast.declarations[0], 'a file read from disk is parsed afresh');
  });

  it('returns the previous parse for the same text, and a full parse of a text it cannot cut', () => {
    const text = readFileSync(join(root, 'samples/cert-cert-mou.entente'), 'utf8');
    const before = parse(text);
    assert.equal(reparse(before, text), before);
    const opened = '/*' + text;
    assertSameParse(reparse(before, opened), parse(opened), 'an unclosed comment at the start');
  });
});
