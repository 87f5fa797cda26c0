/**
 * The record of the long property run (bench/long-record.ts): bench/LONG-RUN.md says how many
 * edits, quick fixes and failures, with seed and commit, keeps earlier runs, and lists the
 * failures; a run made before the record existed is read back from its console output.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFromLog, renderLongRecord, type LongRunRecord } from '../../bench/long-record';

const record = (over: Partial<LongRunRecord> = {}): LongRunRecord => ({
  kind: 'entente-long-run',
  version: 1,
  startedAt: '2026-12-02T03:00:00.000Z',
  durationS: 9000,
  commit: 'abc1234',
  dirty: false,
  node: 'v20.20.2',
  seed: 12,
  edits: 100_000,
  editsAsked: 100_000,
  documents: 79,
  quickFixesTried: 250_000,
  failures: 0,
  firstFailures: [],
  source: 'run',
  ...over,
});

describe('long-run record', () => {
  it('says how many edits, quick fixes and failures, with the seed and the commit', () => {
    const md = renderLongRecord(record(), undefined);
    assert.match(md, /Latest run: \*\*0 failures\*\* in 100,000 random edits of 79 documents \(seed 12, commit abc1234\), 250,000 quick fixes tried, 2 h 30 min\./);
    assert.match(md, /\| 2026-12-02 03:00 \| abc1234 \| 12 \| 100,000 \| 79 \| 250,000 \| 0 \| 2 h 30 min \| v20\.20\.2 \| the run \|/);
    assert.doesNotMatch(md, /First failures/);
  });

  it('keeps earlier runs below the latest and lists the latest run’s failures', () => {
    const first = renderLongRecord(record(), undefined);
    const second = renderLongRecord(record({ startedAt: '2026-12-03T03:00:00.000Z', commit: 'def5678', failures: 2, firstFailures: ['stale diagnostics: a.entente after [...]', 'throws: b.entente'] }), first);
    const rows = second.split('\n').filter((l) => /^\| 2026/.test(l));
    assert.deepEqual(
      rows.map((r) => r.split(' | ')[1]),
      ['def5678', 'abc1234'],
    );
    assert.match(second, /Latest run: \*\*2 failures\*\*/);
    assert.match(second, /## First failures of the latest run\n\n- stale diagnostics: a\.entente after \[\.\.\.\]\n- throws: b\.entente/);
  });

  it('reads a finished run back from its console output, and refuses an unfinished one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-record-'));
    const log = join(dir, 'long.log');
    writeFileSync(
      log,
      ['[long    61 s] 1000 edits, 2400 quick fixes tried, 0 failures', '[long  7260 s] 100000 edits, 250000 quick fixes tried, 0 failures', 'long run: 100000 random edits of 79 samples and fixtures (seed 12), 250123 quick fixes tried, 0 failures', ''].join('\n'),
    );
    const read = recordFromLog(log, 'abc1234', '2026-12-02T03:00:00.000Z');
    assert.deepEqual(
      { edits: read.edits, documents: read.documents, seed: read.seed, quickFixesTried: read.quickFixesTried, failures: read.failures, durationS: read.durationS, commit: read.commit },
      { edits: 100_000, documents: 79, seed: 12, quickFixesTried: 250_123, failures: 0, durationS: 7260, commit: 'abc1234' },
    );
    assert.match(renderLongRecord(read, undefined), /\| its log \(.*long\.log\) \|/);
    writeFileSync(log, '[long    61 s] 1000 edits, 2400 quick fixes tried, 0 failures\n');
    assert.throws(() => recordFromLog(log, 'abc1234'), /no "long run: …" summary line/);
  });
});
