/**
 * What one analysis of a document leaves for the next analysis of the same document to start
 * from (the last linking, the last combination of per-declaration parts, the last measure of
 * term use: issue #11), kept per service. The scope is the prose memo of the service that built
 * the model (prose-memo.ts: one per service, a shared one for models built without a service).
 *
 * Keyed by uri alone, any other analysis of the same uri in another service — a fresh analysis
 * of the file, the benchmark's full analysis run between two of its keystrokes — replaced the
 * state, and the next keystroke relinked and remeasured the whole document (at 10,000 lines 4–7
 * ms of main-thread CPU of a 10–17 ms keystroke). A service's states go with it (weakly held).
 */
import { proseMemoOf } from './prose-memo';

export class LastStates<T> {
  private readonly byScope = new WeakMap<object, Map<string, T>>();

  /** At most `documents` documents per service (the least recently set is dropped first). */
  constructor(private readonly documents = Number.POSITIVE_INFINITY) {}

  /** The state the last analysis of `uri` by the service that built `model` left, if any. */
  get(model: object, uri: string): T | undefined {
    return this.byScope.get(proseMemoOf(model))?.get(uri);
  }

  set(model: object, uri: string, value: T): void {
    const scope = proseMemoOf(model);
    let byUri = this.byScope.get(scope);
    if (!byUri) this.byScope.set(scope, (byUri = new Map()));
    byUri.delete(uri);
    byUri.set(uri, value);
    if (byUri.size > this.documents) byUri.delete(byUri.keys().next().value!);
  }
}
