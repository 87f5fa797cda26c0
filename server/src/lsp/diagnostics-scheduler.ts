/**
 * Debounced diagnostics. Every change restarts a short timer per document; when it fires the
 * diagnostics are computed for the version that was current then, and discarded if a newer
 * version arrived meanwhile (the core is synchronous, but publishing may interleave with
 * later edits). Files that `use` the changed one are re-published too.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

export interface SchedulerHost {
  /** The version the editor last sent for a document, or undefined when it is not open. */
  currentVersion(uri: string): number | undefined;
  compute(uri: string): Diagnostic[];
  dependents(uri: string): string[];
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  log(message: string): void;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly host: SchedulerHost,
    private readonly delayMs = 200,
  ) {}

  /** A document changed: re-check it and its dependents after the debounce delay. */
  schedule(uri: string, withDependents = true): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const version = this.host.currentVersion(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri, version);
        if (withDependents) for (const dependent of this.safeDependents(uri)) this.schedule(dependent, false);
      }, this.delayMs),
    );
  }

  /** Re-check every given document (settings or library changed). */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, false);
  }

  /** A closed document: drop its pending run and clear what the editor shows. */
  clear(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.host.publish(uri, [], undefined);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private run(uri: string, version: number | undefined): void {
    try {
      const diagnostics = this.host.compute(uri);
      // A newer edit arrived while computing: its own run will publish.
      if (this.host.currentVersion(uri) !== version) return;
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
