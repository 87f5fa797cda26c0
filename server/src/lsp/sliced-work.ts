/**
 * Runs a stepwise computation of the core (a generator: service.diagnosticsSteps, the
 * workspace-wide requests) in slices of a few milliseconds, yielding to the event loop between
 * slices so that requests and edits that arrive meanwhile are read and answered within one
 * slice instead of after the whole computation (issue 11 item 2). Before every step it asks
 * whether the work is still wanted: a cancelled request (`$/cancelRequest`) or a document that
 * changed since (stale) stops it there.
 *
 * One step is the unit: a slice ends after the step that passes its budget, so the longest
 * wait a request can see is the longest single step (a parse, a model build, one rule).
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import { cancelled } from './guard';

/** How long a slice may run before other messages get their turn. */
export const sliceBudgetMs = 15;

export interface SliceOptions {
  readonly token?: CancellationToken;
  /** True when the result is no longer wanted (the document changed). */
  readonly stale?: () => boolean;
  readonly budgetMs?: number;
}

export type SlicedOutcome<T> =
  | { readonly status: 'done'; readonly value: T; readonly steps: number }
  | { readonly status: 'cancelled' | 'stale'; readonly steps: number };

/**
 * Lets every message, timer and I/O callback that is waiting run before the next slice. Two
 * turns, not one: a message read in the turn after a slice is dispatched by an immediate of its
 * own (vscode-jsonrpc), queued behind this one's; with one hop the next slice ran first, so a
 * keystroke waited a whole further slice of work ahead before its change stopped that work.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export async function runSliced<T>(steps: Iterator<unknown, T, void>, options: SliceOptions = {}): Promise<SlicedOutcome<T>> {
  const budget = options.budgetMs ?? sliceBudgetMs;
  let count = 0;
  for (;;) {
    const sliceEnd = performance.now() + budget;
    do {
      const stop = cancelled(options.token) ? 'cancelled' : options.stale?.() ? 'stale' : undefined;
      if (stop) {
        steps.return?.(); // the computation's own clean-up, if it has any
        return { status: stop, steps: count };
      }
      const next = steps.next();
      if (next.done) return { status: 'done', value: next.value, steps: count };
      count++;
    } while (performance.now() < sliceEnd);
    await yieldToEventLoop();
  }
}

/**
 * For a request handler: the computation's value, or RequestCancelled (-32800) when the client
 * cancelled it or the document it is about changed meanwhile (LSP 3.17, "Cancellation Support":
 * a server may answer a request whose result is outdated with RequestCancelled / ContentModified).
 */
export async function slicedRequest<T>(method: string, steps: Iterator<unknown, T, void>, options: SliceOptions): Promise<T> {
  const outcome = await runSliced(steps, options);
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'stale') throw new ResponseError(LSPErrorCodes.ContentModified, `${method}: the document changed while it was computed; ask again`);
  throw new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
}
