// The record of a long property run (issue 12 item 6: "100,000 random edits with zero failures"):
// bench/results/long-<start>.json, machine-readable and not committed, and a row in
// bench/LONG-RUN.md, the committed record that says what the run did and found.
//
// bench/long-run.ts writes both at the end of a run. A run made with an older long-run.ts, which
// only printed its summary, is recorded from its console output:
//
//   npm run bench -- --long --record-log long.log --commit <sha> [--started <ISO time>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, repoRoot } from './machine';

export interface LongRunRecord {
  kind: 'entente-long-run';
  version: 1;
  startedAt: string;
  finishedAt?: string;
  durationS: number;
  commit: string;
  /** Changes under server/, client/, scripts/ or package.json not committed when it ran. */
  dirty: boolean;
  node: string;
  seed: number;
  edits: number;
  /** Edits asked for (`--edits`); a run that stopped early has fewer `edits`. */
  editsAsked?: number;
  sessions?: number;
  sessionLength?: number;
  documents: number;
  quickFixesTried: number;
  maxActionsPerDocument?: number;
  failures: number;
  /** The first failures, each with what replays it. */
  firstFailures: string[];
  /** Where the figures come from: this run itself, or the console output of an earlier one. */
  source: 'run' | { log: string };
}

const resultsDir = join(repoRoot, 'bench/results');
const recordPath = join(repoRoot, 'bench/LONG-RUN.md');
const tableHeader = '| started (UTC) | commit | seed | edits | documents | quick fixes tried | failures | duration | Node | recorded from |';

/** Writes bench/results/long-<start>.json and adds the run to bench/LONG-RUN.md; returns both paths. */
export function writeLongRecord(record: LongRunRecord): { json: string; markdown: string } {
  mkdirSync(resultsDir, { recursive: true });
  const json = join(resultsDir, `long-${record.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(json, JSON.stringify(record, null, 2) + '\n');
  writeFileSync(recordPath, renderLongRecord(record, existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : undefined));
  return { json, markdown: recordPath };
}

/** bench/LONG-RUN.md with this run first in its table, earlier rows kept, and this run's failures. */
export function renderLongRecord(record: LongRunRecord, previous: string | undefined): string {
  const earlier = (previous ?? '')
    .split('\n')
    .filter((line) => /^\| \d{4}-\d\d-\d\d/.test(line) && !line.startsWith(`| ${when(record.startedAt)} | ${record.commit} |`));
  const verdict =
    record.failures === 0
      ? `**0 failures** in ${record.edits.toLocaleString('en')} random edits`
      : `**${record.failures} failures** in ${record.edits.toLocaleString('en')} random edits`;
  return [
    '# Long property run (issue 12, item 6)',
    '',
    'Written by `npm run bench -- --long` (bench/long-run.ts, bench/long-record.ts); the machine-readable record of each run is bench/results/long-*.json (not committed). The run applies random edits to every sample and fixture of the repository in editing sessions of 20 edits, and after every edit checks: nothing throws, every range is inside the document, formatting is idempotent and lossless, each quick fix tried parses no worse and removes its diagnostic, and the diagnostics updated edit by edit equal those of a fresh analysis (the properties of test/hostile/edit-properties.ts). A run is reproduced by its seed and commit: `npm run bench -- --long --edits <edits> --seed <seed>` on that commit.',
    '',
    `Latest run: ${verdict} of ${record.documents} documents (seed ${record.seed}, commit ${record.commit}${record.dirty ? ', with uncommitted changes' : ''}), ${record.quickFixesTried.toLocaleString('en')} quick fixes tried, ${duration(record.durationS)}.${record.editsAsked !== undefined && record.editsAsked !== record.edits ? ` It was asked for ${record.editsAsked.toLocaleString('en')} edits.` : ''}`,
    '',
    tableHeader,
    '|---|---|---|---|---|---|---|---|---|---|',
    row(record),
    ...earlier,
    '',
    ...(record.firstFailures.length > 0 ? ['## First failures of the latest run', '', ...record.firstFailures.map((f) => `- ${f.replace(/\n/g, ' ')}`), ''] : []),
  ].join('\n');
}

function row(r: LongRunRecord): string {
  const source = r.source === 'run' ? 'the run' : `its log (${r.source.log})`;
  return `| ${when(r.startedAt)} | ${r.commit}${r.dirty ? ' (modified)' : ''} | ${r.seed} | ${r.edits.toLocaleString('en')} | ${r.documents} | ${r.quickFixesTried.toLocaleString('en')} | ${r.failures} | ${duration(r.durationS)} | ${r.node} | ${source} |`;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'duration unknown';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/**
 * A record from the console output of a run (its progress lines and summary): for a run made
 * with a long-run.ts that did not yet write one. The commit must be given: the log does not
 * hold it. Throws when the log has no summary line (the run did not finish).
 */
export function recordFromLog(logPath: string, commit: string, startedAt?: string): LongRunRecord {
  const text = readFileSync(logPath, 'utf8');
  const summary = text.match(/long run: (\d+) random edits of (\d+) samples and fixtures \(seed (\d+)\), (\d+) quick fixes tried, (\d+) failures/);
  if (!summary) throw new Error(`${logPath} has no "long run: …" summary line: the run did not finish, or this is not its output`);
  // The duration up to the last progress line (one per 1,000 edits): the log has no end time.
  const progress = [...text.matchAll(/^\[long\s+(\d+) s\] (\d+) edits/gm)];
  const lastProgress = progress.at(-1);
  const failures = Number(summary[5]);
  const afterSummary = text.slice(summary.index! + summary[0].length).split('\n').slice(1);
  return {
    kind: 'entente-long-run',
    version: 1,
    startedAt: startedAt ?? new Date().toISOString(),
    durationS: lastProgress ? Number(lastProgress[1]) : NaN,
    commit,
    dirty: false,
    node: process.version,
    seed: Number(summary[3]),
    edits: Number(summary[1]),
    documents: Number(summary[2]),
    quickFixesTried: Number(summary[4]),
    failures,
    firstFailures: afterSummary.filter((l) => l.startsWith('  ')).map((l) => l.trim()).slice(0, 20),
    source: { log: logPath },
  };
}

/** The commit and state of the checkout the run measures. */
export function checkout(): { commit: string; dirty: boolean; node: string } {
  const m = machine();
  return { commit: m.commit, dirty: m.dirty, node: m.node };
}
