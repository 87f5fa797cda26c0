/**
 * Semantic tokens after an edit, as VS Code asks for them: `textDocument/semanticTokens/full`
 * once, then `…/full/delta` with the `resultId` of the previous answer. The edits applied to the
 * previous tokens must give exactly the tokens of the new text, and be small; an unknown result
 * gets the whole answer; a request without a result to start from is refused.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, ServerCapabilities } from 'vscode-languageserver-protocol';
import { initialize, repoRoot, startServer, type ServerUnderTest } from './server-process';

function applyEdits(data: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
  const result = [...data];
  // Edits refer to the previous array: applied from the last to the first.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return result;
}

describe('semantic tokens after an edit (full/delta)', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;
  let capabilities: ServerCapabilities;
  const path = join(repoRoot, 'samples/baltic-cyber-convention.entente');
  const uri = pathToFileURL(path).href;
  let text = readFileSync(path, 'utf8');
  let version = 1;

  before(async () => {
    server = startServer({});
    capabilities = (await initialize(server, [])).capabilities;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version, text } });
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
  });

  const full = () => server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as Promise<SemanticTokens>;
  const delta = (previousResultId: unknown) =>
    server.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId }) as Promise<SemanticTokens | SemanticTokensDelta>;

  async function insert(at: number, inserted: string): Promise<void> {
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    text = before + inserted + text.slice(at);
    version++;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }],
    });
  }

  it('advertises deltas', () => {
    assert.deepEqual((capabilities.semanticTokensProvider as { full?: unknown }).full, { delta: true });
  });

  it('sends the change from the previous answer: applied, it gives the tokens of the new text', async () => {
    let previous = await full();
    assert.equal(typeof previous.resultId, 'string');
    assert.ok(previous.data.length > 200, 'the sample has tokens');
    // A blank line, a new party, and a word typed into a name: moved, added and changed tokens.
    const edits: [number, string][] = [
      [text.indexOf('\nchannel '), '\n'],
      [text.indexOf('\nchannel '), '\nparticipant NO "Norway"'],
      [text.indexOf('channel ') + 'channel '.length, 'X'],
    ];
    for (const [at, inserted] of edits) {
      await insert(at, inserted);
      const answer = await delta(previous.resultId);
      assert.ok('edits' in answer, `an edit, not the whole answer, after inserting ${JSON.stringify(inserted)}`);
      assert.notEqual(answer.resultId, previous.resultId);
      const size = answer.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0);
      assert.ok(size < previous.data.length / 4, `${size} numbers sent of ${previous.data.length}`);
      const updated = applyEdits(previous.data, answer.edits);
      const fresh = await full();
      assert.deepEqual(updated, fresh.data, `after inserting ${JSON.stringify(inserted)}`);
      previous = fresh;
    }
  });

  it('sends the whole answer for a result it does not have, and refuses a request without one', async () => {
    const current = await full();
    const answer = await delta('no-such-result');
    assert.ok('data' in answer && !('edits' in answer));
    assert.deepEqual(answer.data, current.data);
    const again = await delta(answer.resultId);
    assert.ok('edits' in again);
    assert.deepEqual(again.edits, [], 'nothing changed');
    await assert.rejects(delta(undefined), (error: { code?: number }) => error.code === -32602);
  });
});
