/**
 * A long request computed in slices (context.ts `steppedDocumentRequest`): answered with the
 * feature's result when nothing stops it, RequestCancelled (-32800) at the next step after
 * `$/cancelRequest`, ContentModified (-32801) when its document changed meanwhile — with the
 * steps run counted, so a cancelled request is shown to stop rather than to finish unseen.
 */
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { steppedDocumentRequest, type ServerContext } from '../../server/src/lsp/context';

function setUp(total: number) {
  let revision = 1;
  const run = { steps: 0, answered: 0 };
  const context = {
    log: (m: string) => assert.fail(m),
    isOpen: () => true,
    revision: () => revision,
  } as unknown as ServerContext;
  const handler = steppedDocumentRequest(
    context,
    'test/long',
    'empty',
    () => undefined,
    function* () {
      for (let i = 0; i < total; i++) {
        run.steps++;
        // One step per slice is plenty here: each step waits for nothing but takes a turn.
        const end = performance.now() + 16;
        while (performance.now() < end);
        yield i;
      }
    },
    () => (run.answered++, 'answer'),
  );
  return { handler, run, edit: () => revision++ };
}

const params = { textDocument: { uri: 'file:///w/a.entente' } };

describe('long requests in cancellable slices', () => {
  it('answers with the result when nothing stops it', async () => {
    const { handler, run } = setUp(5);
    assert.equal(await handler(params, new CancellationTokenSource().token), 'answer');
    assert.deepEqual(run, { steps: 5, answered: 1 });
  });

  it('answers RequestCancelled at the next step after a $/cancelRequest, without finishing the work', async () => {
    const { handler, run } = setUp(200);
    const source = new CancellationTokenSource();
    const answer = handler(params, source.token);
    setImmediate(() => source.cancel());
    const result = await answer;
    assert.ok(result instanceof ResponseError, String(result));
    assert.equal(result.code, -32800);
    assert.ok(run.steps < 5, `${run.steps} of 200 steps ran`);
    assert.equal(run.answered, 0);
  });

  it('answers ContentModified when the document changes while it runs', async () => {
    const { handler, run, edit } = setUp(200);
    const answer = handler(params, new CancellationTokenSource().token);
    setImmediate(edit);
    const result = await answer;
    assert.ok(result instanceof ResponseError, String(result));
    assert.equal(result.code, -32801);
    assert.ok(run.steps < 5, `${run.steps} of 200 steps ran`);
  });
});
