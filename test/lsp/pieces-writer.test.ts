/**
 * The stdio writer (server/src/lsp/pieces-writer.ts) puts on the wire exactly what vscode-jsonrpc's
 * stream writer puts there — `Content-Length` header, blank line, the UTF-8 JSON — message after
 * message in the order written, whether an answer holds kept parts (a text in parts, a kept
 * string) or none; and a text in parts is written as its pieces, never copied into one buffer.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { KeptAnswers } from '../../server/src/lsp/kept-answers';

const partsPerPiece = 64;
import { PiecesWriter } from '../../server/src/lsp/pieces-writer';

function collect(stream: PassThrough): () => Buffer {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks);
}

describe('the stdio writer in pieces', () => {
  it('writes the bytes the library writes, in order, with and without kept parts', async () => {
    const answers = new KeptAnswers(true);
    const text = { parts: ['# Title', 'Article 1 — “quoted” \\ \t \u2028 \ud800', '', 'Article 2', ...Array.from({ length: 3 * partsPerPiece }, (_, i) => `Article ${i + 3} ‘x’`)], separator: '\n\n', end: '\n' };
    const whole = 'x'.repeat(5000) + ' Zürich';
    answers.keep(whole);
    const messages = [
      { jsonrpc: '2.0', id: 1, result: answers.keepParts(text) },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [], version: undefined } },
      { jsonrpc: '2.0', id: 'b', result: whole },
      { jsonrpc: '2.0', id: 3, result: null },
      { jsonrpc: '2.0', id: 4, result: answers.keepParts(text) },
      { jsonrpc: '2.0', id: 5, error: { code: -32800, message: 'cancelled' } },
    ] as unknown as Message[];
    const ours = new PassThrough();
    const oursBytes = collect(ours);
    const writer = new PiecesWriter(ours, answers);
    await Promise.all(messages.map((m) => writer.write(m)));
    const theirs = new PassThrough();
    const theirsBytes = collect(theirs);
    const library = new StreamMessageWriter(theirs, 'utf-8');
    // The library's writer gets the texts themselves (what JSON.stringify sees).
    const plain = messages.map((m) => ((m as { id?: unknown }).id === 1 || (m as { id?: unknown }).id === 4 ? { ...m, result: `${text.parts.join(text.separator)}${text.end}` } : m)) as Message[];
    for (const m of plain) await library.write(m);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(oursBytes().toString('utf8'), theirsBytes().toString('utf8'));
    assert.ok(oursBytes().equals(theirsBytes()));
  });

  it('writes a text in parts as its pieces', () => {
    const answers = new KeptAnswers(true);
    const text = { parts: Array.from({ length: 20 * partsPerPiece }, (_, i) => `Article ${i} ${'words '.repeat(40)}`), separator: '\n\n', end: '' };
    const pieces = answers.pieces({ jsonrpc: '2.0', id: 1, result: answers.keepParts(text) } as unknown as Message);
    const total = pieces.reduce((n, p) => n + p.byteLength, 0);
    assert.ok(pieces.length >= 20 && Math.max(...pieces.map((p) => p.byteLength)) < total / 10);
  });
});
