// time(100k) ÷ time(10k) from measurements taken in the same rounds: each round measures the
// figure at both sizes, one right after the other (10k, 100k; the next round 100k, 10k), each
// run preceded by its JSON.parse baseline at that size. Figures measured minutes apart, in two
// processes, scaled with the machine's speed between the two moments as much as with the code
// (issue 11; in one run JSON.parse, none of our code, scaled 11.2 where it scales 9 on a steady
// machine). Paired by round, both sizes see the same machine, and the baseline's own ratio over
// the same rounds says how much of a figure's scaling is the size alone.
import { median, round, summarize, type Summary } from './stats';

/** One timed run of a figure at one size, with the baseline run paired with it. */
export interface RoundSample {
  /** The round it was taken in: samples of two sizes with the same round are paired. */
  round: number;
  ms: number;
  /** CPU time of the process that did the work (the core's, or the server's), ms. */
  cpu?: number;
  /** JSON.parse of JSON as long as that size's source, run in the same round (wall, CPU ms). */
  baselineMs?: number;
  baselineCpu?: number;
}

export interface PairedScaling {
  /** Rounds in which the figure was measured at both sizes (only these count). */
  rounds: number;
  from: Summary;
  to: Summary;
  /** median(to) ÷ median(from), over the paired rounds. */
  ratio: number;
  cpuRatio?: number;
  /** The same ratio for the paired JSON.parse baselines: the size alone, on the machine of those rounds. */
  baselineRatio?: number;
  baselineCpuRatio?: number;
}

/** The scaling of every figure between two sizes measured in the same rounds. */
export interface ScalingPair {
  from: number;
  to: number;
  figures: Record<string, PairedScaling>;
}

const ratioOf = (a: number[], b: number[]) => round(median(b) / median(a), 2);

/** Pairs two sizes' samples of one figure by round; undefined when no round has both. */
export function pairScaling(from: readonly RoundSample[], to: readonly RoundSample[]): PairedScaling | undefined {
  const byRound = new Map(to.map((s) => [s.round, s]));
  const pairs = from.filter((s) => byRound.has(s.round)).map((s) => [s, byRound.get(s.round)!] as const);
  if (pairs.length === 0) return undefined;
  const a = pairs.map(([s]) => s);
  const b = pairs.map(([, s]) => s);
  const all = <K extends keyof RoundSample>(list: RoundSample[], key: K) => (list.every((s) => s[key] !== undefined) ? list.map((s) => s[key] as number) : undefined);
  const cpu = [all(a, 'cpu'), all(b, 'cpu')];
  const base = [all(a, 'baselineMs'), all(b, 'baselineMs')];
  const baseCpu = [all(a, 'baselineCpu'), all(b, 'baselineCpu')];
  return {
    rounds: pairs.length,
    from: summarize(a.map((s) => s.ms)),
    to: summarize(b.map((s) => s.ms)),
    ratio: ratioOf(a.map((s) => s.ms), b.map((s) => s.ms)),
    cpuRatio: cpu[0] && cpu[1] ? ratioOf(cpu[0], cpu[1]) : undefined,
    baselineRatio: base[0] && base[1] ? ratioOf(base[0], base[1]) : undefined,
    baselineCpuRatio: baseCpu[0] && baseCpu[1] ? ratioOf(baseCpu[0], baseCpu[1]) : undefined,
  };
}

/** Every figure both sizes have, paired by round. */
export function scalingPair(from: number, to: number, samples: Record<string, { from: readonly RoundSample[]; to: readonly RoundSample[] }>): ScalingPair {
  const figures: Record<string, PairedScaling> = {};
  for (const [name, s] of Object.entries(samples)) {
    const paired = pairScaling(s.from, s.to);
    if (paired) figures[name] = paired;
  }
  return { from, to, figures };
}
