/**
 * Formatting laid out ahead, while the server is idle. The first formatting of a document lays
 * out every construct of it (about 130 ms of CPU at 100,000 lines, more than a request may take),
 * a later one only the constructs an edit re-parsed: the core keeps each construct's layout for
 * as long as the parse reuses the construct (features/format-segments.ts). So after each
 * publication of a document's diagnostics, once no analysis is queued or running and the
 * server's pause has passed (`publicationPauseMs`: a turn of the event loop), the document is laid out in short slices with the
 * options of the latest formatting request (the house style's two spaces before any): the first
 * format on save finds it done. After an edit this is
 * a look-up per construct and a layout of the re-parsed ones.
 *
 * The work stops at its next step when the document changes or closes, or when an analysis
 * becomes due (it resumes after that one's publication); a slice is shorter than a request's, so
 * a message that arrives meanwhile waits a few milliseconds at most.
 */
import { runSliced } from './sliced-work';

export interface AheadHost {
  /** Our revision of an open document, or undefined when it is not open. */
  revision(uri: string): number | undefined;
  /** The layout of the document's current parse, as steps (service.formattingSteps). */
  steps(uri: string): Iterator<unknown, void, void>;
  /** Resolves once no analysis is queued or running (DiagnosticsScheduler.whenIdle). */
  idle(): Promise<void>;
  /** Whether an analysis is queued or running. */
  busy(): boolean;
  log(message: string): void;
  /** What the steps make, for the log (`formatting` when absent): the same runner makes the export ahead (render-ahead.ts). */
  readonly what?: string;
  /**
   * Resolves after the moment a publication leaves to the client's reaction (a keystroke typed
   * meanwhile, the requests an editor sends when diagnostics arrive): the work starts after it,
   * and not at all for a document that changed meanwhile. No pause when absent.
   */
  pause?(): Promise<void>;
}

/** How long a slice of this background work may run before messages get their turn. */
export const aheadBudgetMs = 4;

/**
 * How long after a publication the work made ahead (this layout, and the export: server.ts)
 * waits before it starts. What a client sends in reaction to a publication — the next keystroke
 * of a drafter who goes on typing, the code actions VS Code asks for the cursor when its
 * diagnostics change — arrives within a few milliseconds; started at once, the work ahead ran
 * meanwhile (at 100,000 lines the export's first slice on a new version is ~25 ms: the drafter
 * order's set-up, then 8 ms of articles) and the message waited for the slice running, only for
 * the work to be thrown away by the change. Shorter than a drafter notices, and shorter than the
 * 25 ms windows in which the benchmark judges a server idle (bench/lsp.ts `settle`), so a
 * request on a settled document still finds the work done.
 *
 * Set to 0 (the work starts on the next turn; a document changed meanwhile is still dropped): the
 * 15 ms pause (pf39) moved the cost onto the request VS Code sends after every keystroke. Quiet
 * `npm run bench -- --only server` at 100k lines: with 15 ms, semantic tokens right after a
 * keystroke (delta) 31.0 and 36.2 ms median (CPU 26.5, 35.7; 100k/10k 13.4 and 14.9, over the
 * goal of 11) and formatting right after a keystroke 17.9 and 19.7 ms; with 0, 20.5 ms (CPU 21.1;
 * ratio 6.7) and 31.7 ms (ratio 5.7), every ratio within 11 (one run). Semantic tokens are asked
 * on every keystroke, formatting rarely. Tests inject their own pause.
 */
export const publicationPauseMs = 0;

/** What became of one document's layout ahead: counted work, for tests. */
export interface AheadRecord {
  readonly uri: string;
  readonly status: 'done' | 'stale' | 'cancelled' | 'failed';
  readonly steps: number;
}

export class FormattingAhead {
  /** Documents to lay out, in order of publication. */
  private readonly due = new Set<string>();
  private running = false;
  private disposed = false;
  /** The latest runs, newest last. */
  readonly runs: AheadRecord[] = [];

  constructor(
    private readonly host: AheadHost,
    private readonly budgetMs = aheadBudgetMs,
  ) {}

  /** A document's diagnostics were published: lay it out once the server is idle. */
  published(uri: string): void {
    if (this.disposed) return;
    this.due.add(uri);
    if (!this.running) void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    this.due.clear();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.due.size > 0 && !this.disposed) {
        await this.host.idle();
        if (this.host.pause && !(await this.paused())) continue;
        const [uri] = this.due;
        if (uri === undefined || this.disposed) break;
        this.due.delete(uri);
        const revision = this.host.revision(uri);
        if (revision === undefined) continue;
        try {
          const outcome = await runSliced(this.host.steps(uri), {
            budgetMs: this.budgetMs,
            stale: () => this.disposed || this.host.revision(uri) !== revision || this.host.busy(),
          });
          this.record({ uri, status: outcome.status, steps: outcome.steps });
          // Stopped for an analysis (of this document's dependents, say), not by a change: this
          // text is laid out once that analysis is done. A change brings its own publication.
          if (outcome.status === 'stale' && !this.disposed && this.host.revision(uri) === revision) this.due.add(uri);
        } catch (error) {
          this.record({ uri, status: 'failed', steps: 0 });
          this.host.log(`${this.host.what ?? 'formatting'} ahead for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Waits for the host's pause. A document changed meanwhile is dropped: the work made for this
   * text would be thrown away, and the newer text brings its own publication. False when the
   * work should wait again (an analysis became due, or the runner was disposed).
   */
  private async paused(): Promise<boolean> {
    const before = new Map([...this.due].map((uri) => [uri, this.host.revision(uri)]));
    await this.host.pause?.();
    for (const [uri, revision] of before) if (this.host.revision(uri) !== revision) this.due.delete(uri);
    return !this.disposed && !this.host.busy();
  }

  private record(run: AheadRecord): void {
    this.runs.push(run);
    if (this.runs.length > 50) this.runs.shift();
  }
}
