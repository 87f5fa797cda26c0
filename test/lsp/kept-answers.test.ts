/**
 * The stdio encoder (server/src/lsp/kept-answers.ts) must write exactly the bytes the library's
 * own encoder writes (`Buffer.from(JSON.stringify(message), 'utf8')`), whatever is kept: a kept
 * result, a kept field of a result, a kept string, nothing kept at all, and the awkward values
 * JSON.stringify treats specially (undefined and function fields, null, toJSON, class instances,
 * integer-like keys, non-ASCII and lone surrogates). Then a real answer of each kept kind — the
 * outline, semantic tokens and a rendering of the generated convention — sent twice.
 */
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';
import { KeptAnswers } from '../../server/src/lsp/kept-answers';

const library = (message: unknown) => Buffer.from(JSON.stringify(message), 'utf8');
const response = (id: number | string, result: unknown) => ({ jsonrpc: '2.0', id, result }) as unknown as Message;

function assertSameBytes(answers: KeptAnswers, message: unknown, what: string): void {
  const ours = answers.encode(message as Message);
  assert.ok(ours.equals(library(message)), `${what}: ${ours.toString().slice(0, 200)} ≠ ${library(message).toString().slice(0, 200)}`);
}

class Point {
  constructor(readonly x: number) {}
  get doubled() {
    return this.x * 2;
  }
}

describe('answers kept encoded for stdio', () => {
  it('writes the bytes JSON.stringify writes, with and without kept parts', () => {
    const answers = new KeptAnswers();
    const symbols = [{ name: 'Zürich “Annex” \ud800', kind: 5, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } } }];
    const data = [0, 1, 2, 3, 0, 1, 4, 5, 6, 1];
    const rendered = '# Title\n\n"Quoted" text — with ‘marks’, a tab\t, a backslash \\ and \u2028.';
    const odd = {
      2: 'two',
      1: 'one',
      b: undefined,
      f: () => 1,
      n: null,
      when: new Date(0),
      point: new Point(3),
      withJson: { toJSON: () => ({ replaced: true }) },
      nested: { deeper: { deepest: { data } } },
      list: [undefined, () => 1, null],
    };
    answers.keep(symbols);
    answers.keep(data);
    answers.keep(rendered);
    for (const round of [1, 2]) {
      assertSameBytes(answers, response(1, symbols), `kept result, round ${round}`);
      assertSameBytes(answers, response('a', { resultId: '7', data }), `kept field, round ${round}`);
      assertSameBytes(answers, response(3, rendered), `kept string, round ${round}`);
      assertSameBytes(answers, response(4, odd), `nothing kept at the top, round ${round}`);
      assertSameBytes(answers, response(5, { ...odd, data, symbols: { inner: symbols } }), `kept parts among odd fields, round ${round}`);
      assertSameBytes(answers, { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [{ message: rendered }], version: undefined } }, `notification, round ${round}`);
      assertSameBytes(answers, { jsonrpc: '2.0', id: 6, error: { code: -32800, message: 'cancelled', data: undefined } }, `error, round ${round}`);
      assertSameBytes(answers, response(8, null), `null result, round ${round}`);
    }
  });

  it('keeps only the latest few strings', () => {
    const answers = new KeptAnswers();
    const texts = ['one', 'two', 'three', 'four', 'five', 'six'].map((w) => `${w} ${'x'.repeat(10)}`);
    for (const text of texts) answers.keep(text);
    for (const text of texts) assertSameBytes(answers, response(1, text), text);
  });

  it('sends the outline, semantic tokens and a rendering of a generated convention as JSON.stringify does, twice', function () {
    this.timeout(120000);
    const service = createEntenteService({ readFile: () => undefined });
    const uri = 'file:///w/convention.entente';
    service.open(uri, toEntente(generateModel({ lines: 1000 })), 1);
    const answers = new KeptAnswers();
    const outline = answers.keep(service.documentSymbols(uri) as object);
    const tokens = answers.keep(service.semanticTokens(uri).data as object);
    const rendered = answers.keep(service.render(uri, 'markdown')!);
    for (const round of [1, 2]) {
      assertSameBytes(answers, response(round, outline), `outline, round ${round}`);
      assertSameBytes(answers, response(round, { resultId: String(round), data: tokens }), `semantic tokens, round ${round}`);
      assertSameBytes(answers, response(round, rendered), `rendering, round ${round}`);
    }
  });

  it('sends a text answered in parts as JSON.stringify sends the text they join to, before and after edits', function () {
    this.timeout(120000);
    const service = createEntenteService({ readFile: () => undefined });
    const uri = 'file:///w/convention.entente';
    const text = toEntente(generateModel({ lines: 1000 }));
    const at = text.indexOf('"""\n  ', text.indexOf('\nclause ', Math.floor(text.length / 2))) + 6;
    const answers = new KeptAnswers(true);
    // Text the rendering's JSON escapes (quotes, a backslash, a tab, U+2028) and a lone surrogate, typed into a clause.
    const versions = [text, text.slice(0, at) + 'x ' + text.slice(at), text.slice(0, at) + '"q" \\ \t \u2028 \ud800 ' + text.slice(at), text];
    let before = '';
    versions.forEach((version, i) => {
      // The change as the editor sends it, so that the articles it leaves alone are kept (render/kept-articles.ts).
      let start = 0;
      while (start < before.length && start < version.length && before[start] === version[start]) start++;
      let tail = 0;
      while (tail < before.length - start && tail < version.length - start && before[before.length - 1 - tail] === version[version.length - 1 - tail]) tail++;
      service.update(uri, version, i + 1, i === 0 ? undefined : [{ start, end: before.length - tail, text: version.slice(start, version.length - tail) }]);
      before = version;
      const parts = service.renderParts(uri, 'markdown')!;
      assert.ok(parts.parts.length > 10, 'the rendering is in parts');
      const whole = service.render(uri, 'markdown')!;
      for (const round of [1, 2]) {
        const ours = answers.encode(response(round, answers.keepParts(parts)) as Message);
        assert.ok(ours.equals(library(response(round, whole))), `version ${i + 1}, round ${round}`);
      }
    });
  });

  it('answers a text in parts only when it writes every message itself', () => {
    assert.throws(() => new KeptAnswers().keepParts({ parts: ['a'], separator: '\n', end: '' }), /stdio/);
  });
});
