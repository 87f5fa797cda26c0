// `npm run bench -- --long`: the long property run of issue 12 item 6 — 100,000 random edits of
// the samples and fixtures, in editing sessions of 20 edits each applied one after the other to
// one open document (as a drafter types), with after every edit:
//
// - every property of test/hostile/edit-properties.ts on the edited text (nothing throws, ranges
//   inside, formatting idempotent and lossless, each quick fix tried parses no worse and removes
//   its diagnostic; the first `--actions` fixes of the document, from a rotating start);
// - the open document's diagnostics, updated edit by edit, equal to those of a fresh analysis
//   of the same text (no stale state carried across edits).
//
//   npm run bench -- --long [--edits 100000] [--seed 12] [--actions 3] [--jobs 2]
//   npm run bench -- --long --record-log <console output> --commit <sha> [--started <ISO time>]
//
// Prints one line per 1,000 edits, the first failures in full as they happen, and a summary;
// exits 1 on any failure, listing the first 20 with the session's document and edits (to replay
// them). Records the run in bench/results/long-<start>.json and bench/LONG-RUN.md
// (bench/long-record.ts); the second form
// records a run made before long-run.ts wrote a record, from what it printed. `--jobs n` shares the
// same sessions among n processes (session i goes to process i mod n), so the edits, their order
// within each session and the properties checked are those of one process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { createEntenteService, type EntenteDiagnostic } from '../server/src/language';
import { applyRandomEdits, checkDocument, corpus, editArb, editedUri, type Edit } from '../test/hostile/edit-properties';
import { checkout, recordFromLog, writeLongRecord } from './long-record';

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const logToRecord = textOption('record-log');
if (logToRecord !== undefined) {
  const commit = textOption('commit');
  if (!commit) throw new Error('--record-log needs --commit <the commit the run measured>');
  const written = writeLongRecord(recordFromLog(logToRecord, commit, textOption('started')));
  console.log(`long run recorded from ${logToRecord}: ${written.json}, ${written.markdown}`);
  process.exit(0);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const totalEdits = option('edits', 100_000);
const seed = option('seed', 12);
const maxActions = option('actions', 3);
const sessionLength = 20;
/** Failures printed in full when they happen (per process); the summary lists the first 20, cut. */
const shownAtOnce = 5;

const shown = (ds: readonly EntenteDiagnostic[]) => JSON.stringify(ds.map((d) => [d.code, d.range, d.message, d.severity]));

const jobs = Math.max(1, option('jobs', 1));
const shardText = textOption('shard');
const shard = shardText ? shardText.split('/').map(Number) : undefined;
if (shard && !(shard.length === 2 && Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[0] >= 0 && shard[0] < shard[1])) throw new Error('--shard takes i/n with 0 <= i < n');

const documents = corpus();
const sessions = fc.sample(fc.tuple(fc.nat(), fc.array(editArb, { minLength: sessionLength, maxLength: sessionLength })), { numRuns: Math.ceil(totalEdits / sessionLength), seed });
let edits = 0;
let actions = 0;
const failures: string[] = [];
const started = Date.now();
const startedAt = new Date(started).toISOString();
const state = checkout();
const shardMark = 'LONG-RUN-SHARD ';
if (jobs > 1 && !shard) {
  const results = await Promise.all(Array.from({ length: jobs }, (_, i) => runShard(i)));
  for (const r of results) {
    edits += r.edits;
    actions += r.actions;
    failures.push(...r.failures);
  }
} else {
  sessions.forEach(([index, sessionEdits], s) => {
    if (!shard || s % shard[1] === shard[0]) runSession(index, sessionEdits, s);
  });
}
if (shard) {
  // A shard reports to the process that started it; that one prints the summary and records it.
  console.log(shardMark + JSON.stringify({ edits, actions, failures: failures.slice(0, 20).map((f) => f.slice(0, 600)), failureCount: failures.length }));
  process.exit(0);
}

/** Runs shard i of `jobs` in a child process, echoing its progress, and returns its counts. */
function runShard(i: number): Promise<{ edits: number; actions: number; failures: string[] }> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2).filter((a, k, all) => a !== '--jobs' && all[k - 1] !== '--jobs'), '--shard', `${i}/${jobs}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let result: { edits: number; actions: number; failures: string[] } | undefined;
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(shardMark)) {
          const r = JSON.parse(line.slice(shardMark.length)) as { edits: number; actions: number; failures: string[]; failureCount: number };
          // Counts stay exact beyond the 20 failures a shard lists.
          result = { edits: r.edits, actions: r.actions, failures: [...r.failures, ...Array.from({ length: r.failureCount - r.failures.length }, () => '(not listed)')] };
        } else console.log(`[shard ${i + 1}/${jobs}] ${line}`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (result ? resolve(result) : reject(new Error(`shard ${i + 1}/${jobs} ended (exit ${code}) without its result`))));
  });
}

function runSession(index: number, sessionEdits: Edit[], session: number): void {
  const document = documents[index % documents.length];
  const live = createEntenteService();
  let text = document.text;
  live.open(editedUri, text, 0);
  live.diagnostics(editedUri);
  // The last session is cut where the edits asked for end.
  const limit = Math.min(sessionEdits.length, totalEdits - session * sessionLength);
  for (let k = 0; k < limit; k++) {
    text = applyRandomEdits(text, [sessionEdits[k]]);
    edits++;
    live.update(editedUri, text, k + 1);
    const replay = () => `${document.name} after ${JSON.stringify(sessionEdits.slice(0, k + 1) satisfies Edit[])}`;
    // checkDocument analyses the text in a fresh service: its diagnostics are the reference.
    const outcome = checkDocument(text, maxActions);
    const found = [...(shown(live.diagnostics(editedUri)) !== shown(outcome.diagnostics) ? ['stale diagnostics'] : []), ...outcome.failures];
    actions += outcome.actions;
    for (const failure of found) {
      failures.push(`${failure}: ${replay()}`);
      // The first few in full as they happen, with the session's number: a long run that fails
      // says so at once, and the session can be replayed without waiting for the summary.
      if (failures.length <= shownAtOnce) console.log(`failure in session ${session}, edit ${k + 1}: ${failure}: ${replay()}`);
    }
    if (edits % 1000 === 0) console.log(`[long ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${edits} edits, ${actions} quick fixes tried, ${failures.length} failures`);
  }
}
console.log(`long run: ${edits} random edits of ${documents.length} samples and fixtures (seed ${seed}), ${actions} quick fixes tried, ${failures.length} failures`);
for (const failure of failures.slice(0, 20)) console.log(`  ${failure.slice(0, 600)}`);
const written = writeLongRecord({
  kind: 'entente-long-run',
  version: 1,
  startedAt,
  finishedAt: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  ...state,
  seed,
  edits,
  editsAsked: totalEdits,
  sessions: sessions.length,
  sessionLength,
  documents: documents.length,
  quickFixesTried: actions,
  maxActionsPerDocument: maxActions,
  failures: failures.length,
  firstFailures: failures.slice(0, 20).map((f) => f.slice(0, 600)),
  source: 'run',
});
console.log(`recorded: ${written.json}, ${written.markdown}`);
process.exit(failures.length === 0 ? 0 : 1);
