// Where the time of one full analysis goes: a V8 CPU profile of it, self time grouped by the
// source module of the core bundle (bench/core-size.ts takes it at the sizes that ask for one).
import { Session } from 'node:inspector/promises';
import type { CoreResult } from './core';
import { round } from './stats';

/** One full analysis under the V8 profiler; self time grouped by source module of the bundle. */
export async function profileFullAnalysis(fn: () => void, bundle: string): Promise<CoreResult['profile']> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  fn();
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();

  // The bundle marks each module with a `// path` comment line; map bundle lines to modules.
  const bundleLines = bundle.split('\n');
  const marks: [number, string][] = [];
  bundleLines.forEach((line, i) => {
    const m = line.match(/^\/\/ ((?:server\/src|node_modules)\/\S+)$/);
    if (m) marks.push([i, moduleName(m[1])]);
  });
  const moduleAt = (line: number) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = 'bench';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { name: string; module: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = selfTime.get(node.id) ?? 0;
    if (t === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const module = url.endsWith('core.mjs') ? moduleAt(lineNumber) : url === '' ? functionName || '(native)' : url.includes('node:') ? 'node internals' : 'other';
    // Idle time, and the inspector's own `dispatch` (starting and stopping the profiler), are not the core's.
    if (module === '(idle)' || module === '(program)' || (url === '' && functionName === 'dispatch')) continue;
    total += t;
    byModule.set(module, (byModule.get(module) ?? 0) + t);
    const key = `${functionName || '(anonymous)'}@${module}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', module, ms: 0 };
    entry.ms += t;
    byFunction.set(key, entry);
  }
  const top = <T extends { ms: number }>(items: T[], n: number) =>
    items
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((x) => ({ ...x, ms: round(x.ms, 1), share: round(x.ms / total, 3) }));
  return {
    totalMs: round(total, 1),
    byModule: top([...byModule].map(([module, t]) => ({ module, ms: t })), 12),
    topFunctions: top([...byFunction.values()], 12),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** `server/src/language/rules/conflict-prose.ts` → `rules/conflict-prose.ts`; packages by name. */
function moduleName(path: string): string {
  if (path.startsWith('server/src/language/')) return path.slice('server/src/language/'.length);
  const parts = path.split('/');
  return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
}
