/**
 * Debounced, sliced diagnostics. Every change restarts a short timer per document (as long as
 * the document's last analysis took, 50–200 ms: debounce-delay.ts); when it
 * fires the document joins a queue that is worked off one document at a time, and each
 * document's analysis runs in slices of a few milliseconds (sliced-work.ts: the parse, the
 * model, then one rule per step), so requests and edits that arrive meanwhile are answered
 * between two slices instead of after the whole analysis (issue 11 item 2).
 *
 * Stale work stops where the server can see it: a change drops the document's pending timer
 * and its place in the queue (the newer text gets its own run), a closed document leaves the
 * queue, and an analysis under way stops at its next step once its document has changed or
 * closed — nothing computed for a text that is no longer current is published.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { AnalysisCostDelay, fixedDelay, type DebounceDelay } from './debounce-delay';
import { runSliced, sliceBudgetMs, yieldToEventLoop } from './sliced-work';

export interface SchedulerHost {
  /** Our revision of an open document (bumped by every change), or undefined when it is not open. */
  revision(uri: string): number | undefined;
  /** The version the editor sent with the current text, published with the diagnostics. */
  version(uri: string): number | undefined;
  /** The document's analysis as steps, ending with its diagnostics (service.diagnosticsSteps). */
  steps(uri: string): Iterator<unknown, Diagnostic[], void>;
  /** Open documents that read this one and must be re-checked when it changes. */
  dependents(uri: string): string[];
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  log(message: string): void;
}

/** What became of one document's run: counted work, for tests and the log. */
export interface RunRecord {
  readonly uri: string;
  readonly status: 'published' | 'stale' | 'failed';
  readonly steps: number;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents due for a run, in order; the value says whether their dependents follow. */
  private readonly due = new Map<string, boolean>();
  private draining: NodeJS.Immediate | undefined;
  private running = false;
  private disposed = false;
  /** Waiting for the queue to be worked off (whenIdle). */
  private idleWaiters: (() => void)[] = [];
  /** The latest runs, newest last (a short history: tests count the steps of abandoned work). */
  readonly runs: RunRecord[] = [];

  private readonly delay: DebounceDelay;

  /** `delay`: a fixed number of milliseconds, or a policy (by default the analysis-cost one). */
  constructor(
    private readonly host: SchedulerHost,
    delay: number | DebounceDelay = new AnalysisCostDelay(),
    private readonly budgetMs = sliceBudgetMs,
  ) {
    this.delay = typeof delay === 'number' ? fixedDelay(delay) : delay;
  }

  /** A document changed: re-check it (and its dependents) after its debounce delay. */
  schedule(uri: string, withDependents = true): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.enqueue(uri, withDependents);
      }, this.delay.delayFor(uri)),
    );
  }

  /**
   * Re-check every given document (settings, the library or the workspace's files changed). A
   * document already waiting for its run keeps its place, since that run reads the current state:
   * restarting its delay held diagnostics back — at start-up the end of workspace indexing
   * restarted the debounce of the file just opened, so its first diagnostics waited for the
   * rest of the workspace.
   */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) if (!this.timers.has(uri) && !this.due.has(uri)) this.schedule(uri, false);
  }

  /** A closed document: drop its pending run and clear what the editor shows. */
  clear(uri: string): void {
    this.cancel(uri);
    this.delay.forget(uri);
    this.host.publish(uri, [], undefined);
  }

  /**
   * Resolves once no document is queued or being analysed (documents still in their debounce
   * delay do not count): background work such as workspace indexing waits for it, so that the
   * diagnostics of an opened document never share the thread with it.
   */
  whenIdle(): Promise<void> {
    if (!this.running && this.due.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Whether a document is queued or being analysed (whenIdle resolves once it is not). */
  get busy(): boolean {
    return this.running || this.due.size > 0;
  }

  dispose(): void {
    this.disposed = true;
    this.wakeIdleWaiters();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.due.clear();
    if (this.draining) clearImmediate(this.draining);
    this.draining = undefined;
  }

  private cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.due.delete(uri);
  }

  private enqueue(uri: string, withDependents: boolean): void {
    if (this.disposed) return;
    this.due.set(uri, (this.due.get(uri) ?? false) || withDependents);
    if (!this.running) this.draining ??= setImmediate(() => void this.drain());
  }

  /** Works off the queue one document at a time; a run in progress is never started twice. */
  private async drain(): Promise<void> {
    this.draining = undefined;
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.due.entries().next(); !next.done && !this.disposed; next = this.due.entries().next()) {
        const [uri, withDependents] = next.value;
        this.due.delete(uri);
        const published = await this.run(uri);
        if (published && withDependents) for (const dependent of this.safeDependents(uri)) this.schedule(dependent, false);
        // Messages that arrived during the last slice are read before the next document starts.
        await yieldToEventLoop();
      }
    } finally {
      this.running = false;
      if (this.due.size === 0 || this.disposed) this.wakeIdleWaiters();
    }
  }

  private wakeIdleWaiters(): void {
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private async run(uri: string): Promise<boolean> {
    const revision = this.host.revision(uri);
    if (revision === undefined) return false;
    const version = this.host.version(uri);
    const started = performance.now();
    let steps = 0;
    try {
      const outcome = await runSliced(this.host.steps(uri), { stale: () => this.disposed || this.host.revision(uri) !== revision, budgetMs: this.budgetMs });
      steps = outcome.steps;
      if (outcome.status !== 'done') {
        this.record({ uri, status: 'stale', steps });
        return false;
      }
      if (this.host.revision(uri) !== revision) return false;
      this.delay.analysed(uri, performance.now() - started);
      this.host.publish(uri, outcome.value, version);
      this.record({ uri, status: 'published', steps });
      return true;
    } catch (error) {
      this.record({ uri, status: 'failed', steps });
      this.host.log(`diagnostics for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return false;
    }
  }

  private record(run: RunRecord): void {
    this.runs.push(run);
    if (this.runs.length > 50) this.runs.shift();
  }

  private safeDependents(uri: string): string[] {
    try {
      return this.host.dependents(uri);
    } catch {
      return [];
    }
  }
}
