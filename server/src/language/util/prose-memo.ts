/**
 * Analyses of prose that are pure functions of one text (and of instrument-wide facts named in
 * the space key), remembered across analyses: after a keystroke only the edited clause's prose
 * is analysed again (issue #11). The service owns one memo (service.ts) and hands it to each
 * model (`proseMemoOf`); code that runs without a service falls back to a small shared one.
 *
 * Exactness is the caller's duty: a space must name everything besides the text the analysis
 * reads (the vocabulary, the reference context's contents, the pattern), so a hit is always the
 * answer a fresh computation would give. Values are shared: callers must not mutate them.
 *
 * Bounded by a count of entries, least recently used out first. Two levels (space, then text)
 * so that a long text is stored once per space and never concatenated into a key.
 */
import type { SemanticModel } from '../model/semantic-model';

export class ProseMemo {
  private readonly spaces = new Map<string, Map<string, unknown>>();
  private size = 0;

  constructor(readonly limit: number) {}

  get<T>(space: string, text: string, compute: () => T): T {
    let entries = this.spaces.get(space);
    if (entries?.has(text)) {
      const value = entries.get(text) as T;
      // Most recently used last, in its space and among the spaces.
      entries.delete(text);
      entries.set(text, value);
      this.spaces.delete(space);
      this.spaces.set(space, entries);
      return value;
    }
    const value = compute();
    if (!entries) this.spaces.set(space, (entries = new Map()));
    entries.set(text, value);
    this.size++;
    while (this.size > this.limit) this.evictOne();
    return value;
  }

  get entryCount(): number {
    return this.size;
  }

  clear(): void {
    this.spaces.clear();
    this.size = 0;
  }

  private evictOne(): void {
    const [space, entries] = this.spaces.entries().next().value!;
    entries.delete(entries.keys().next().value!);
    if (entries.size === 0) this.spaces.delete(space);
    this.size--;
  }
}

/** For models built without a service (tests, scripts): what the old per-module caches held, and more. */
const sharedMemo = new ProseMemo(4096);
const memos = new WeakMap<SemanticModel, ProseMemo>();

/** Give a model the memo of the service that built it. */
export function attachProseMemo(model: SemanticModel, memo: ProseMemo): void {
  memos.set(model, memo);
}

export function proseMemoOf(model: SemanticModel): ProseMemo {
  return memos.get(model) ?? sharedMemo;
}

export function defaultProseMemo(): ProseMemo {
  return sharedMemo;
}
