/**
 * Workspace indexing gives way to the diagnostics of open documents: before each file it reads,
 * it waits until its target says the next may be read (the server passes the diagnostics
 * scheduler's `whenIdle`), so an opened file's first diagnostics never share the thread with
 * the rest of the workspace. Counted in files indexed, not timed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { ReadBoundary } from '../../server/src/host/node-files';
import { indexWorkspace } from '../../server/src/lsp/workspace-indexer';

const progress = { begin() {}, report() {}, done() {} };
const connection = { window: { createWorkDoneProgress: async () => progress } } as unknown as Connection;

describe('workspace indexing', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'entente-index-'));
    for (const name of ['a', 'b', 'c']) writeFileSync(join(root, `${name}.entente`), `participant ${name.toUpperCase()}\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads no file while its target is busy, and every file once it is ready', async () => {
    const indexed: string[] = [];
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    let reached!: () => void;
    const firstAsk = new Promise<void>((resolve) => (reached = resolve));
    const ready = () => {
      asked++;
      reached();
      return busy;
    };
    const done = indexWorkspace(connection, [pathToFileURL(root).href], { index: (uri) => void indexed.push(uri.slice(uri.lastIndexOf('/') + 1)), log: (m) => assert.fail(m), ready }, ReadBoundary.of([root]));
    await firstAsk;
    // Time for every read, had it not waited.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(indexed, [], 'nothing read while busy');
    assert.equal(asked, 1);
    release();
    const uris = await done;
    assert.deepEqual(indexed, ['a.entente', 'b.entente', 'c.entente']);
    assert.equal(uris.length, 3);
    assert.equal(asked, 3, 'asked before each file');
  });
});
