/**
 * Formatting laid out ahead (lsp/formatting-ahead.ts): after a publication, once no analysis is
 * queued or running, the document's layout steps run; a change stops them for good (the newer
 * text brings its own publication), an analysis that becomes due stops them until it is done,
 * and a failure is logged without stopping the next document. Work is counted, not timed.
 */
import assert from 'node:assert/strict';
import { FormattingAhead, type AheadHost } from '../../server/src/lsp/formatting-ahead';

// The work yields with setImmediate (lsp/sliced-work.ts) and waits on promises, never on timers:
// settling is counted in event-loop turns, so a loaded machine cannot make a test fail.
const settle = async () => {
  for (let turn = 0; turn < 200; turn++) await new Promise((resolve) => setImmediate(resolve));
};

interface FakeHost extends AheadHost {
  readonly revisions: Map<string, number>;
  /** Steps run, as `uri:step`. */
  readonly ran: string[];
  readonly logged: string[];
  stepsPerRun: number;
  analysing: boolean;
  onStep?: (uri: string, step: number) => void;
  failOn?: string;
  finishAnalysis(): void;
}

function fakeHost(uris: string[]): FakeHost {
  let waiters: (() => void)[] = [];
  const host: FakeHost = {
    revisions: new Map(uris.map((u) => [u, 1])),
    ran: [],
    logged: [],
    stepsPerRun: 3,
    analysing: false,
    revision: (uri) => host.revisions.get(uri),
    *steps(uri) {
      if (host.failOn === uri) throw new Error('layout failed');
      for (let i = 1; i <= host.stepsPerRun; i++) {
        host.onStep?.(uri, i);
        host.ran.push(`${uri}:${i}`);
        yield 'layout';
      }
    },
    idle: () => (host.analysing ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
    busy: () => host.analysing,
    log: (m) => void host.logged.push(m),
    finishAnalysis() {
      host.analysing = false;
      for (const wake of waiters) wake();
      waiters = [];
    },
  };
  return host;
}

// A budget of 0 ms: one step per slice, so that the stale checks between steps are exercised.
const slices = 0;

describe('formatting laid out ahead', () => {
  it('runs every step of a published document, but only once no analysis is due', async () => {
    const host = fakeHost(['a']);
    host.analysing = true;
    const ahead = new FormattingAhead(host, slices);
    ahead.published('a');
    await settle();
    assert.deepEqual(host.ran, [], 'nothing while an analysis runs');
    host.finishAnalysis();
    await settle();
    assert.deepEqual(host.ran, ['a:1', 'a:2', 'a:3']);
    assert.deepEqual(ahead.runs.map((r) => r.status), ['done']);
  });

  it('stops at the next step when the document changes, and waits for its next publication', async () => {
    const host = fakeHost(['a']);
    host.onStep = (uri, step) => {
      if (step === 1) host.revisions.set(uri, 2);
    };
    const ahead = new FormattingAhead(host, slices);
    ahead.published('a');
    await settle();
    assert.deepEqual(host.ran, ['a:1'], 'the text it was laying out is gone');
    assert.deepEqual(ahead.runs.map((r) => r.status), ['stale']);
    host.onStep = undefined;
    ahead.published('a');
    await settle();
    assert.deepEqual(host.ran, ['a:1', 'a:1', 'a:2', 'a:3']);
  });

  it('gives way to an analysis that becomes due, and resumes once it is done', async () => {
    const host = fakeHost(['a']);
    host.onStep = (_uri, step) => {
      if (step === 2) host.analysing = true; // say, a dependent's run was scheduled
    };
    const ahead = new FormattingAhead(host, slices);
    ahead.published('a');
    await settle();
    assert.deepEqual(host.ran, ['a:1', 'a:2'], 'stopped before the third step');
    host.onStep = undefined;
    host.finishAnalysis();
    await settle();
    assert.deepEqual(host.ran.slice(2), ['a:1', 'a:2', 'a:3'], 'taken up again, the same text');
    assert.deepEqual(ahead.runs.map((r) => r.status), ['stale', 'done']);
  });

  it('skips a closed document, logs a failure and goes on with the next one', async () => {
    const host = fakeHost(['a', 'b', 'c']);
    host.revisions.delete('a');
    host.failOn = 'b';
    const ahead = new FormattingAhead(host, slices);
    ahead.published('a');
    ahead.published('b');
    ahead.published('c');
    await settle();
    assert.deepEqual(host.ran, ['c:1', 'c:2', 'c:3']);
    assert.equal(host.logged.length, 1);
    assert.match(host.logged[0], /formatting ahead for b failed: Error: layout failed/);
  });

  it('with a pause after the publication: starts after it, and drops a document changed meanwhile', async () => {
    const host = fakeHost(['a', 'b']);
    const pauses: (() => void)[] = [];
    const ahead = new FormattingAhead({ ...host, pause: () => new Promise<void>((resolve) => pauses.push(resolve)) }, slices);
    ahead.published('a');
    ahead.published('b');
    await settle();
    assert.deepEqual(host.ran, [], 'nothing during the pause');
    assert.equal(pauses.length, 1);
    host.revisions.set('a', 2); // a keystroke right after the publication
    pauses[0]();
    await settle();
    assert.deepEqual(host.ran, ['b:1', 'b:2', 'b:3'], 'the changed text is not worked on: its own publication follows');
    ahead.published('a');
    await settle();
    assert.equal(pauses.length, 2, 'the next publication pauses again');
    pauses[1]();
    await settle();
    assert.deepEqual(host.ran.slice(3), ['a:1', 'a:2', 'a:3']);
  });

  it('with a pause: an analysis that became due meanwhile goes first, then the pause is taken again', async () => {
    const host = fakeHost(['a']);
    const pauses: (() => void)[] = [];
    const ahead = new FormattingAhead({ ...host, pause: () => new Promise<void>((resolve) => pauses.push(resolve)) }, slices);
    ahead.published('a');
    await settle();
    host.analysing = true; // say, a dependent's run
    pauses[0]();
    await settle();
    assert.deepEqual(host.ran, []);
    host.finishAnalysis();
    await settle();
    assert.equal(pauses.length, 2);
    pauses[1]();
    await settle();
    assert.deepEqual(host.ran, ['a:1', 'a:2', 'a:3']);
  });

  it('lays out nothing once disposed (shutdown)', async () => {
    const host = fakeHost(['a']);
    host.analysing = true;
    const ahead = new FormattingAhead(host, slices);
    ahead.published('a');
    ahead.dispose();
    host.finishAnalysis();
    ahead.published('a');
    await settle();
    assert.deepEqual(host.ran, []);
  });
});
