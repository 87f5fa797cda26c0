/**
 * The diagnostics scheduler stops stale work: a change drops the pending run of the older text,
 * a document changed while another is being computed loses its place in the queue instead of
 * being computed twice, a closed document is not computed, and queued documents are worked off
 * one per turn of the event loop (messages are read in between). Work is counted, not timed.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticsScheduler, type SchedulerHost } from '../../server/src/lsp/diagnostics-scheduler';
import { runSliced } from '../../server/src/lsp/sliced-work';

const delay = 5;
const settle = () => new Promise((resolve) => setTimeout(resolve, delay * 30));

interface FakeHost extends SchedulerHost {
  readonly open: Map<string, { revision: number; version: number }>;
  readonly computed: string[];
  readonly published: { uri: string; version: number | undefined }[];
  onCompute?: (uri: string) => void;
  /** Called before each step of an analysis with the step's number (1-based). */
  onStep?: (uri: string, step: number) => void;
  /** Steps per analysis, and how many ran in all. */
  stepsPerRun: number;
  stepsRun: number;
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
    stepsPerRun: 1,
    stepsRun: 0,
    *steps(uri): Generator<string, Diagnostic[], void> {
      host.computed.push(`${uri}@${host.open.get(uri)?.version}`);
      host.onCompute?.(uri);
      for (let i = 1; i <= host.stepsPerRun; i++) {
        host.onStep?.(uri, i);
        host.stepsRun++;
        yield `step ${i}`;
      }
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

  it('re-checking every document leaves a pending run where it is: a due document is not postponed', async () => {
    const host = fakeHost(['a', 'b']);
    const scheduler = new DiagnosticsScheduler(host, delay);
    scheduler.schedule('a');
    // "b" gets its delay now; "a" keeps the one it had, so it runs first, once.
    scheduler.scheduleAll(['b', 'a']);
    await settle();
    assert.deepEqual(host.computed, ['a@1', 'b@1']);
    scheduler.scheduleAll(['a']);
    await settle();
    assert.deepEqual(host.computed, ['a@1', 'b@1', 'a@1'], 'a document not waiting is re-checked');
    scheduler.dispose();
  });

  it('says when nothing is queued or being analysed (what workspace indexing waits for)', async () => {
    const host = fakeHost(['a', 'b']);
    host.stepsPerRun = 5;
    const scheduler = new DiagnosticsScheduler(host, delay, 0);
    const idleAt: number[] = [];
    await scheduler.whenIdle().then(() => idleAt.push(host.stepsRun));
    scheduler.scheduleAll(['a', 'b']);
    // Waiting in the delay is idle: indexing goes on while the editor types.
    await scheduler.whenIdle().then(() => idleAt.push(host.stepsRun));
    host.onCompute = (uri) => {
      if (uri === 'a') void scheduler.whenIdle().then(() => idleAt.push(host.stepsRun));
    };
    // The two delays are two timers: on a loaded machine the second may fire a few milliseconds
    // after the first, and a quick run of "a" would then end before "b" is due (idle, rightly).
    // Held past both delays, the run of "a" ends with "b" queued behind it.
    host.onStep = (uri, step) => {
      const until = performance.now() + delay * 4;
      if (uri === 'a' && step === 1) while (performance.now() < until);
    };
    // Both published, however slowly a loaded machine runs the timers; then one more settle for a late waiter.
    for (let waited = 0; host.published.length < 2 && waited < 20_000; waited += delay) await new Promise((resolve) => setTimeout(resolve, delay));
    await settle();
    assert.deepEqual(idleAt, [0, 0, 10], 'the waiter set during the analyses woke after both');
    assert.equal(host.published.length, 2);
    scheduler.dispose();
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

  it('abandons an analysis under way when its document changes: the rest of its steps never run, nothing is published for the old text', async () => {
    const host = fakeHost(['a']);
    host.stepsPerRun = 100;
    // A budget of 0 ms: one step per slice, so the edit arrives between two steps.
    const scheduler = new DiagnosticsScheduler(host, delay, 0);
    host.onStep = (_uri, step) => {
      if (step !== 10 || host.computed.length !== 1) return;
      // A message read between two slices: the editor's next keystroke.
      setImmediate(() => {
        host.edit('a');
        scheduler.schedule('a');
      });
    };
    scheduler.schedule('a');
    await settle();
    assert.deepEqual(host.computed, ['a@1', 'a@2']);
    assert.deepEqual(host.published, [{ uri: 'a', version: 2 }], 'only the new text was published');
    const [abandoned, finished] = scheduler.runs;
    assert.equal(abandoned.status, 'stale');
    assert.ok(abandoned.steps >= 10 && abandoned.steps <= 12, `the old run stopped right after the edit (${abandoned.steps} of 100 steps)`);
    assert.deepEqual(finished, { uri: 'a', status: 'published', steps: 100 });
    assert.equal(host.stepsRun, abandoned.steps + 100, 'no step of the old run ran after it was abandoned');
    scheduler.dispose();
  });

  it('stops an analysis under way when its document is closed', async () => {
    const host = fakeHost(['a']);
    host.stepsPerRun = 50;
    const scheduler = new DiagnosticsScheduler(host, delay, 0);
    host.onStep = (_uri, step) => {
      if (step === 5) setImmediate(() => (host.open.delete('a'), scheduler.clear('a')));
    };
    scheduler.schedule('a');
    await settle();
    assert.deepEqual(host.published, [{ uri: 'a', version: undefined }], 'only the clearing');
    assert.ok(host.stepsRun < 50, `stopped after ${host.stepsRun} steps`);
    scheduler.dispose();
  });

  it('lets other messages run between slices of one analysis', async () => {
    const host = fakeHost(['a']);
    host.stepsPerRun = 20;
    const scheduler = new DiagnosticsScheduler(host, delay, 0);
    let answeredAtStep: number | undefined;
    host.onStep = (_uri, step) => {
      // A request arriving during step 3 is answered before the analysis goes on much further.
      if (step === 3) setImmediate(() => (answeredAtStep = host.stepsRun));
    };
    scheduler.schedule('a');
    await settle();
    assert.equal(host.published.length, 1);
    assert.ok(answeredAtStep !== undefined && answeredAtStep < 6, `answered at step ${answeredAtStep} of 20`);
    scheduler.dispose();
  });
});

describe('sliced work', () => {
  function* counting(total: number, counter: { steps: number }): Generator<number, string, void> {
    for (let i = 0; i < total; i++) {
      counter.steps++;
      yield i;
    }
    return 'done';
  }

  it('stops at the next step once the request is cancelled, and says so', async () => {
    const counter = { steps: 0 };
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    setImmediate(() => (token.isCancellationRequested = true));
    const outcome = await runSliced(counting(1000, counter), { token, budgetMs: 0 });
    assert.equal(outcome.status, 'cancelled');
    assert.ok(counter.steps < 5, `${counter.steps} steps ran`);
  });

  it('runs to the end when nothing stops it, with the value of the computation', async () => {
    const counter = { steps: 0 };
    const outcome = await runSliced(counting(30, counter), { budgetMs: 0 });
    assert.deepEqual(outcome, { status: 'done', value: 'done', steps: 30 });
  });
});
