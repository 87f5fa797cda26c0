/**
 * Debounced diagnostics. Every change restarts a short timer per document; when it fires the
 * document joins a queue that is worked off one document per turn of the event loop, so
 * requests and edits that arrive meanwhile are read between two documents instead of after all
 * of them (a settings change re-checks every open document).
 *
 * Stale work stops where the server can see it: a change drops the document's pending timer
 * and its place in the queue (the newer text gets its own run), a closed document leaves the
 * queue, and a result computed for a revision that is no longer current is not published. The
 * computation of one document is synchronous in the core and runs to its end once started.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

export interface SchedulerHost {
  /** Our revision of an open document (bumped by every change), or undefined when it is not open. */
  revision(uri: string): number | undefined;
  /** The version the editor sent with the current text, published with the diagnostics. */
  version(uri: string): number | undefined;
  compute(uri: string): Diagnostic[];
  dependents(uri: string): string[];
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  log(message: string): void;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents due for a run, in order; the value says whether their dependents follow. */
  private readonly due = new Map<string, boolean>();
  private draining: NodeJS.Immediate | undefined;

  constructor(
    private readonly host: SchedulerHost,
    private readonly delayMs = 200,
  ) {}

  /** A document changed: re-check it (and its dependents) after the debounce delay. */
  schedule(uri: string, withDependents = true): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.enqueue(uri, withDependents);
      }, this.delayMs),
    );
  }

  /** Re-check every given document (settings or library changed). */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, false);
  }

  /** A closed document: drop its pending run and clear what the editor shows. */
  clear(uri: string): void {
    this.cancel(uri);
    this.host.publish(uri, [], undefined);
  }

  dispose(): void {
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
    this.due.set(uri, (this.due.get(uri) ?? false) || withDependents);
    this.draining ??= setImmediate(() => this.drain());
  }

  private drain(): void {
    this.draining = undefined;
    const next = this.due.entries().next();
    if (next.done) return;
    const [uri, withDependents] = next.value;
    this.due.delete(uri);
    this.run(uri);
    if (withDependents) for (const dependent of this.safeDependents(uri)) this.schedule(dependent, false);
    if (this.due.size > 0) this.draining = setImmediate(() => this.drain());
  }

  private run(uri: string): void {
    const revision = this.host.revision(uri);
    if (revision === undefined) return;
    const version = this.host.version(uri);
    try {
      const diagnostics = this.host.compute(uri);
      // Defensive: the core is synchronous, but a host may not be.
      if (this.host.revision(uri) !== revision) return;
      this.host.publish(uri, diagnostics, version);
    } catch (error) {
      this.host.log(`diagnostics for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private safeDependents(uri: string): string[] {
    try {
      return this.host.dependents(uri);
    } catch {
      return [];
    }
  }
}
