// RESULTS.md's scaling section: time(100k) ÷ time(10k) of every figure, beside the same ratio of
// the JSON.parse baselines run in the same rounds (the size alone, on the machine of that moment).
import { scalingTable, type ScalingRow } from './goals';
import type { RunResult } from './run';
import { table } from './report-table';

const flagged = (n: number | undefined) => (n === undefined ? '—' : `${n}${n > 11 ? ' ⚠' : ''}`);

function intro(rows: ScalingRow[]): string {
  const paired = rows.some((r) => r.rounds !== undefined);
  const common =
    'Medians; the goal is judged on wall-clock time. "In CPU time" divides the CPU time the work took (the core process, or the server process during the request): when it is also above 11, the growth is the work\'s, not the machine\'s noise.';
  if (!paired) return `${common} The two sizes were measured minutes apart, in separate processes (a run made before they were measured in rounds): a change in the machine's speed between the two moments shows in the ratio.`;
  return `${common} Both sizes are measured in the same rounds, one right after the other (the core: the 10k and the 100k process take turns run by run; the server: the 10k and 100k servers take turns sample by sample), and the ratio is taken over the rounds that measured both ("rounds"; the 10k median here is over those rounds, so it may differ from the 10k table's). Beside it, the same ratio for \`JSON.parse\` of JSON as long as each size's source, run in the same rounds (the core: the baseline run before each run; the server: in a process of its own at the start of each round): V8's work growing with the size alone, on the machine of those moments. It is about 9 on a steady machine (JSON.parse scales a little below the 10.05× the characters grow); a figure's ratio well above its baseline's is the figure's own growth, and a baseline far from 9 says the machine's speed changed within the rounds. Retained heap and peak RSS are not times: they have no baseline.`;
}

export function scalingSection(run: RunResult): string[] {
  const rows = scalingTable(run);
  if (rows.length === 0) return [];
  return [
    "## Scaling: time(100k) ÷ time(10k) (goal ≤ 11; item 3's per-request guard)",
    '',
    intro(rows),
    '',
    table(
      ['figure', '10k lines (median)', '100k lines (median)', '100k ÷ 10k', 'in CPU time', 'JSON.parse 100k ÷ 10k, same rounds', 'in CPU time', 'rounds'],
      rows.map((r) => [r.figure, r.at10k, r.at100k, r.lowerBound ? `> ${r.ratio ?? '?'} (timed out)` : flagged(r.ratio), flagged(r.cpuRatio), r.baselineRatio, r.baselineCpuRatio, r.rounds]),
    ),
    '',
  ];
}
