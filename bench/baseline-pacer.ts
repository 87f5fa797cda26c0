// The harness's side of the server section's JSON.parse baseline (bench/baseline-child.ts): at
// the start of each round that measures both sizes, JSON.parse of each size's JSON is timed, so
// that every figure's time(100k) ÷ time(10k) has beside it the same ratio of a workload that
// only grows with the size, on the machine of the same moments (bench/scaling.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './machine';

export class BaselinePacer {
  private readonly child: ChildProcess;

  /** `files`: lines → path of JSON with exactly as many characters as that size's Entente source. */
  constructor(files: Record<number, string>) {
    this.child = fork(join(repoRoot, 'bench/baseline-child.ts'), [JSON.stringify(files)], { cwd: repoRoot, execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }

  /** One timed JSON.parse at that size (after a forced GC and `settleMs`): wall and CPU ms. `last`: the round's last, a pause after it. */
  measure(lines: number, settleMs: number, last: boolean): Promise<{ ms: number; cpu: number }> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench/baseline-child.ts exited with ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: { ms: number; cpu: number; error?: string }) => {
        this.child.off('exit', onExit);
        if (m.error) reject(new Error(m.error));
        else resolve(m);
      });
      this.child.send({ lines, settleMs, last });
    });
  }

  stop(): void {
    this.child.disconnect();
  }
}
