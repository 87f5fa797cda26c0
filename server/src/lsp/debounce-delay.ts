/**
 * How long a changed document waits before its diagnostics are computed.
 *
 * The wait exists so that a typist's keystrokes do not each start an analysis of a text about
 * to be replaced. What that saves is the analysis itself, so the wait follows its cost: a
 * document whose last analysis took 40 ms waits 50 ms (the floor: a multi-cursor edit or an
 * editor's auto-inserted closing bracket arrives as a burst of changes within a few ms), one
 * whose analysis takes half a second waits the full 200 ms, the fixed delay this replaced
 * (issue 11: at 10k lines the fixed 200 ms was three quarters of the time from the last
 * keystroke to the diagnostics). A document not analysed yet waits the full delay; an
 * analysis under way stops at its next step when the text changes (sliced-work.ts), so a
 * short wait wastes at most one step per keystroke.
 */

export interface DebounceDelay {
  /** Milliseconds to wait after a change of this document. */
  delayFor(uri: string): number;
  /** A finished analysis of the document took this long (wall-clock, slices and pauses included). */
  analysed(uri: string, elapsedMs: number): void;
  /** The document closed: its history no longer applies. */
  forget(uri: string): void;
}

export const minDelayMs = 50;
export const maxDelayMs = 200;

/** The same delay for every document (tests; a client that wants the old behaviour). */
export function fixedDelay(ms: number): DebounceDelay {
  return { delayFor: () => ms, analysed: () => undefined, forget: () => undefined };
}

/** Waits as long as the document's last analysis took, between minDelayMs and maxDelayMs. */
export class AnalysisCostDelay implements DebounceDelay {
  private readonly lastElapsed = new Map<string, number>();

  constructor(
    private readonly min = minDelayMs,
    private readonly max = maxDelayMs,
  ) {}

  delayFor(uri: string): number {
    const elapsed = this.lastElapsed.get(uri);
    if (elapsed === undefined || !Number.isFinite(elapsed)) return this.max;
    return Math.round(Math.min(this.max, Math.max(this.min, elapsed)));
  }

  analysed(uri: string, elapsedMs: number): void {
    this.lastElapsed.set(uri, elapsedMs);
  }

  forget(uri: string): void {
    this.lastElapsed.delete(uri);
  }
}
