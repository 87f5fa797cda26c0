/**
 * The export made ahead is also encoded ahead over stdio (lsp/render-ahead.ts with
 * kept-answers.ts `prepareParts`): once the slices are done, the answer asked for writes bytes
 * already made — no part of the text is encoded in the request — and they are the bytes of a
 * fresh service's export. An answer asked while the encoding is under way goes on from where it
 * stopped and is the same. The answer is written in pieces, never as one buffer of the whole
 * text (a new 8 MB buffer per request started full collections inside it at 100,000 lines).
 * Work is counted, not timed: encodings are counted by wrapping Buffer.from.
 */
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';
import { FormattingAhead } from '../../server/src/lsp/formatting-ahead';
import { KeptAnswers } from '../../server/src/lsp/kept-answers';

/** Parts per piece written: small, so that a small text makes many pieces. */
const partsPerPiece = 3;
import { renderAheadSteps } from '../../server/src/lsp/render-ahead';

const uri = 'file:///w/convention.entente';
const original = toEntente(generateModel({ lines: 300 }));
const prose = original.indexOf('\n', original.indexOf('"""\n', original.indexOf('\nclause ', original.length >> 1)) + 4);
const edited = original.slice(0, prose) + ' "promptly"' + original.slice(prose);
const response = (id: number, result: unknown) => ({ jsonrpc: '2.0', id, result }) as unknown as Message;

function freshExport(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service.render(uri, 'markdown')!;
}

/** How many strings longer than the envelope of a response `run` encodes with Buffer.from. */
function encodings(run: () => void): number {
  const from = Buffer.from;
  let count = 0;
  (Buffer as { from: unknown }).from = (value: unknown, ...rest: unknown[]) => {
    if (typeof value === 'string' && value.length > 60) count++;
    return (from as (...args: unknown[]) => Buffer).call(Buffer, value, ...rest);
  };
  try {
    run();
  } finally {
    (Buffer as { from: unknown }).from = from;
  }
  return count;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
async function until(done: () => boolean): Promise<void> {
  for (let n = 0; n < 100000 && !done(); n++) await turn();
  assert.ok(done(), 'the work ended');
}

function setUp() {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, original, 1);
  const answers = new KeptAnswers(true, partsPerPiece);
  let revision = 1;
  const kinds: unknown[] = [];
  const ahead = new FormattingAhead(
    {
      revision: () => revision,
      steps: function* (u) {
        for (const step of renderAheadSteps(service, u, 0, (parts) => answers.prepareParts(parts, 8))) {
          kinds.push(step);
          yield step;
        }
      },
      idle: () => Promise.resolve(),
      busy: () => false,
      log: (m) => assert.fail(m),
      what: 'the export',
    },
    0,
  );
  const edit = (text: string) => service.update(uri, text, ++revision);
  return { service, answers, ahead, edit, kinds };
}

function answer(answers: KeptAnswers, service: ReturnType<typeof createEntenteService>, id: number) {
  return answers.pieces(response(id, answers.keepParts(service.renderParts(uri, 'markdown')!)));
}

describe('the export encoded ahead', () => {
  it('after the slices, the answer encodes no part and is the bytes of a fresh export, in pieces', async function () {
    this.timeout(300000);
    const { service, answers, ahead, edit, kinds } = setUp();
    for (const [i, text] of [original, edited, original].entries()) {
      if (i > 0) edit(text);
      service.diagnostics(uri);
      ahead.published(uri);
      await until(() => ahead.runs.length === i + 1);
      assert.equal(ahead.runs[i].status, 'done');
      assert.ok(kinds.filter((k) => k === 'encode').length > i, 'encoded in steps');
      let pieces: Buffer[] = [];
      assert.equal(encodings(() => (pieces = answer(answers, service, i))), 0, `version ${i + 1}: no part encoded in the request`);
      const whole = Buffer.concat(pieces);
      assert.ok(whole.equals(Buffer.from(JSON.stringify(response(i, freshExport(text))), 'utf8')), `version ${i + 1}: the bytes of a fresh export`);
      const parts = service.renderParts(uri, 'markdown')!.parts.length;
      assert.ok(parts > 3 * partsPerPiece, `enough parts for several pieces (${parts})`);
      assert.ok(pieces.length >= parts / partsPerPiece && Math.max(...pieces.map((p) => p.byteLength)) < whole.byteLength / 2, 'written in pieces, not one buffer of the whole');
    }
  });

  it('after an edit, encodes only the parts the edit changed', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, original, 1);
    const answers = new KeptAnswers(true, partsPerPiece);
    const drain = () => [...answers.prepareParts(service.renderParts(uri, 'markdown')!, 8)].length;
    const parts = service.renderParts(uri, 'markdown')!.parts.length;
    assert.ok(encodings(drain) >= parts / partsPerPiece, 'a first text: every piece encoded');
    service.update(uri, edited, 2, [{ start: prose, end: prose, text: ' "promptly"' }]);
    assert.ok(encodings(drain) <= 2, 'the piece of the edited article alone');
    assert.equal(encodings(() => answer(answers, service, 1)), 0);
    assert.ok(Buffer.concat(answer(answers, service, 2)).equals(Buffer.from(JSON.stringify(response(2, freshExport(edited))), 'utf8')));
  });

  it('an answer asked while the parts are being encoded goes on from there, and is the same', async function () {
    this.timeout(300000);
    const { service, answers, ahead, kinds } = setUp();
    service.diagnostics(uri);
    ahead.published(uri);
    await until(() => kinds.filter((k) => k === 'encode').length >= 2);
    assert.equal(ahead.runs.length, 0, 'still encoding');
    const pieces = answer(answers, service, 1);
    assert.ok(Buffer.concat(pieces).equals(Buffer.from(JSON.stringify(response(1, freshExport(original))), 'utf8')));
    await until(() => ahead.runs.length === 1);
    assert.equal(ahead.runs[0].status, 'done');
    assert.equal(encodings(() => answer(answers, service, 2)), 0, 'then nothing left to encode');
  });
});
