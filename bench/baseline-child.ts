// The server section's JSON.parse baseline, in a process of its own (bench/baseline-pacer.ts
// starts it): JSON.parse of JSON as long as each size's Entente source, timed on request. Its own
// process, so that parsing does not pause the harness that times the servers, and its heap holds
// little more than the JSON texts, so its forced collections are short.
//
//   node --expose-gc --import tsx bench/baseline-child.ts '{"10000":"…/baseline-10000.json",…}'
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('bench/baseline-child.ts runs under bench/baseline-pacer.ts, with --expose-gc');
const texts = new Map(Object.entries(JSON.parse(process.argv[2]) as Record<string, string>).map(([lines, path]) => [lines, readFileSync(path, 'utf8')]));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let sink = 0;

process.on('message', (request: { lines: number; settleMs: number; last: boolean }) => {
  void (async () => {
    const json = texts.get(String(request.lines));
    if (json === undefined) return process.send!({ error: `no baseline JSON for ${request.lines} lines` });
    // As the core's baseline runs: a forced GC and a pause before it; then its garbage collected
    // at once, and after the round's last one a pause, so that none of it is swept while a server is timed.
    gc!();
    await pause(request.settleMs);
    const cpu = process.cpuUsage();
    const start = performance.now();
    sink += (JSON.parse(json) as unknown[]).length;
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    gc!();
    if (request.last) await pause(request.settleMs);
    process.send!({ ms, cpu: (used.user + used.system) / 1000 });
  })();
});
process.on('disconnect', () => process.exit(sink === Number.MIN_SAFE_INTEGER ? 1 : 0));
