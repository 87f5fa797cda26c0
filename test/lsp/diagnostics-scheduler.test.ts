/**
 * The diagnostics scheduler stops stale work: a change drops the pending run of the older text,
 * a document changed while another is being computed loses its place in the queue instead of
 * being computed twice, a closed document is not computed, and queued documents are worked off
 * one per turn of the event loop (messages are read in between). Work is counted, not timed.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticsScheduler, type SchedulerHost } from '../../server/src/lsp/diagnostics-scheduler';

const delay = 5;
const settle = () => new Promise((resolve) => setTimeout(resolve, delay * 30));

interface FakeHost extends SchedulerHost {
  readonly open: Map<string, { revision: number; version: number }>;
  readonly computed: string[];
  readonly published: { uri: string; version: number | undefined }[];
  onCompute?: (uri: string) => void;
  edit(uri: string): void;
}

function fakeHost(uris: string[]): FakeHost {
  let revision = 0;
  const host: FakeHost = {
    open: new Map(uris.map((u) => [u, { revision: ++revision, version: 1 }])),
    computed: [],
    published: [],
    revision: (uri) => host.open.get(uri)?.revision,
    version: (uri) => host.open.get(uri)?.version,
    compute: (uri): Diagnostic[] => {
      host.computed.push(`${uri}@${host.open.get(uri)?.version}`);
      host.onCompute?.(uri);
      return [];
    },
    dependents: () => [],
    publish: (uri, _d, version) => void host.published.push({ uri, version }),
    log: (m) => assert.fail(m),
    edit(uri) {
      const doc = host.open.get(uri)!;
      host.open.set(uri, { revision: ++revision, version: doc.version + 1 });
    },
  };
  return host;
}

describe('diagnostics scheduler: stale work stops', () => {
  it('computes a burst of edits once, for the last text', async () => {
    const host = fakeHost(['a']);
    const scheduler = new DiagnosticsScheduler(host, delay);
    for (let i = 0; i < 1000; i++) {
      host.edit('a');
      scheduler.schedule('a');
    }
    await settle();
    assert.deepEqual(host.computed, ['a@1001']);
    assert.deepEqual(host.published, [{ uri: 'a', version: 1001 }]);
  });

  it('drops a queued run when its document changes during another document\'s run', async () => {
    const host = fakeHost(['a', 'b']);
    const scheduler = new DiagnosticsScheduler(host, delay);
    // While "a" is computed, an edit of "b" arrives: b's queued run (for its old text) must go.
    host.onCompute = (uri) => {
      if (uri !== 'a') return;
      host.onCompute = undefined;
      host.edit('b');
      scheduler.schedule('b');
    };
    scheduler.scheduleAll(['a', 'b']);
    await settle();
    assert.deepEqual(host.computed, ['a@1', 'b@2'], 'b computed once, for its new text');
  });

  it('does not compute a document closed before its turn, and clears it', async () => {
    const host = fakeHost(['a', 'b']);
    const scheduler = new DiagnosticsScheduler(host, delay);
    host.onCompute = () => {
      host.open.delete('b');
      scheduler.clear('b');
    };
    scheduler.scheduleAll(['a', 'b']);
    await settle();
    assert.deepEqual(host.computed, ['a@1']);
    assert.deepEqual(host.published, [{ uri: 'b', version: undefined }, { uri: 'a', version: 1 }]);
  });

  it('works one document per turn of the event loop', async () => {
    const host = fakeHost(['a', 'b', 'c']);
    const scheduler = new DiagnosticsScheduler(host, delay);
    const between: number[] = [];
    host.onCompute = () => void setImmediate(() => between.push(host.computed.length));
    scheduler.scheduleAll(['a', 'b', 'c']);
    await settle();
    assert.deepEqual(host.computed, ['a@1', 'b@1', 'c@1']);
    assert.deepEqual(between, [1, 2, 3], 'other work ran after each document, not after all of them');
    scheduler.dispose();
  });
});
