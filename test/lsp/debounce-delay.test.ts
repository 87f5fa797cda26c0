/**
 * The debounce follows the cost of the analysis it saves: a cheap document waits the floor, an
 * expensive one the full delay, an unanalysed one the full delay; the scheduler reports the
 * time of published runs only (a run abandoned for a newer text says nothing about the cost),
 * forgets a closed document, and waits what the policy says. Delays are read, not timed.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { AnalysisCostDelay, maxDelayMs, minDelayMs, type DebounceDelay } from '../../server/src/lsp/debounce-delay';
import { DiagnosticsScheduler, type SchedulerHost } from '../../server/src/lsp/diagnostics-scheduler';

describe('debounce delay: as long as the last analysis took', () => {
  it('waits the full delay for a document never analysed, and after it is forgotten', () => {
    const delay = new AnalysisCostDelay();
    assert.equal(delay.delayFor('a'), maxDelayMs);
    delay.analysed('a', 10);
    assert.equal(delay.delayFor('a'), minDelayMs);
    delay.forget('a');
    assert.equal(delay.delayFor('a'), maxDelayMs);
  });

  it('is the analysis time between the floor and the ceiling', () => {
    const delay = new AnalysisCostDelay();
    const after = (ms: number) => (delay.analysed('a', ms), delay.delayFor('a'));
    assert.equal(after(0), minDelayMs);
    assert.equal(after(minDelayMs - 1), minDelayMs);
    assert.equal(after(77.4), 77);
    assert.equal(after(maxDelayMs + 1), maxDelayMs);
    assert.equal(after(5_000), maxDelayMs);
    assert.equal(after(Number.NaN), maxDelayMs, 'a broken clock never yields a zero or NaN delay');
    assert.equal(after(Number.POSITIVE_INFINITY), maxDelayMs);
  });

  it('keeps documents apart', () => {
    const delay = new AnalysisCostDelay();
    delay.analysed('small', 5);
    delay.analysed('large', 900);
    assert.deepEqual([delay.delayFor('small'), delay.delayFor('large')], [minDelayMs, maxDelayMs]);
  });
});

describe('diagnostics scheduler: the debounce policy', () => {
  function recordingDelay(ms: number) {
    const calls: string[] = [];
    const delay: DebounceDelay = {
      delayFor: (uri) => (calls.push(`delay ${uri}`), ms),
      analysed: (uri, elapsed) => {
        assert.ok(elapsed >= 0 && Number.isFinite(elapsed));
        calls.push(`analysed ${uri}`);
      },
      forget: (uri) => void calls.push(`forget ${uri}`),
    };
    return { delay, calls };
  }

  function host(open: Map<string, number>, onStep?: () => void): SchedulerHost {
    return {
      revision: (uri) => open.get(uri),
      version: (uri) => open.get(uri),
      *steps(): Generator<string, Diagnostic[], void> {
        onStep?.();
        yield 'one step';
        return [];
      },
      dependents: () => [],
      publish: () => undefined,
      log: (m) => assert.fail(m),
    };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

  it('asks the policy for each change and reports each published run', async () => {
    const open = new Map([['a', 1]]);
    const { delay, calls } = recordingDelay(1);
    const scheduler = new DiagnosticsScheduler(host(open), delay);
    scheduler.schedule('a');
    await settle();
    scheduler.schedule('a');
    await settle();
    assert.deepEqual(calls, ['delay a', 'analysed a', 'delay a', 'analysed a']);
    scheduler.clear('a');
    assert.deepEqual(calls.at(-1), 'forget a');
    scheduler.dispose();
  });

  it('reports nothing for a run abandoned because the text changed', async () => {
    const open = new Map([['a', 1]]);
    const { delay, calls } = recordingDelay(1);
    let edited = false;
    const scheduler = new DiagnosticsScheduler(
      host(open, () => {
        if (edited) return;
        edited = true;
        open.set('a', 2);
      }),
      delay,
      0,
    );
    scheduler.schedule('a', false);
    await settle();
    assert.deepEqual(calls, ['delay a'], 'the stale run published nothing and measured nothing');
    assert.equal(scheduler.runs.at(-1)?.status, 'stale');
    scheduler.dispose();
  });
});
