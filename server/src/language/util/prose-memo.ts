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
 * Bounded by a count of entries in two generations: a hit in the older one moves the entry to
 * the current one; when the current one is full it becomes the older one and the oldest is
 * dropped. What one analysis reads therefore stays as long as it fits in one generation, and a
 * hit costs one lookup. Two levels (space, then text) so a long text is never concatenated into
 * a key.
 *
 * The text is stored as the key as it is given, so the caller must own it: never a slice of a
 * document (a slice keeps the whole document alive as long as the entry lives, and every edit
 * leaves a new document behind) but a node's value, `SemanticModel.exactSource`/`proseSource`,
 * or a string computed from those. Passing the same string object again is what makes a hit
 * cheap: the map compares it by identity, where an equal copy is compared character by
 * character (that comparison was most of a keystroke's linking at 100,000 lines).
 */
type Generation = Map<string, Map<string, unknown>>;

export class ProseMemo {
  private current: Generation = new Map();
  private previous: Generation = new Map();
  private currentSize = 0;

  private readonly spaceIds = new Map<string, string>();
  private nextSpaceId = 0;

  /** `generationLimit` entries per generation: at least what one analysis of the largest document reads. */
  constructor(readonly generationLimit: number) {}

  /**
   * A short name for a space whose description is long (every defined term, every protected
   * name): ask once per analysis and pass the name to `get`. A space string is compared on every
   * lookup, and V8 does not keep a hash for strings beyond 16,383 characters, so a long one was
   * compared in full on each of the tens of thousands of lookups of an analysis. Equal
   * descriptions get the same name; the table is forgotten when large (names only grow, so that
   * costs misses, never a wrong hit).
   */
  space(description: string): string {
    let id = this.spaceIds.get(description);
    if (id === undefined) {
      if (this.spaceIds.size >= 4096) this.spaceIds.clear();
      this.spaceIds.set(description, (id = `#${this.nextSpaceId++}`));
    }
    return id;
  }

  /** The remembered value, or `compute`'s. `text` must not be a slice of a larger string (see above). */
  get<T>(space: string, text: string, compute: (text: string) => T): T {
    const entries = this.current.get(space);
    if (entries !== undefined) {
      const value = entries.get(text);
      if (value !== undefined || entries.has(text)) return value as T;
    }
    const older = this.previous.get(space);
    if (older?.has(text)) {
      const value = older.get(text) as T;
      older.delete(text);
      this.store(space, text, value);
      return value;
    }
    const value = compute(text);
    this.store(space, text, value);
    return value;
  }

  get entryCount(): number {
    let count = this.currentSize;
    for (const entries of this.previous.values()) count += entries.size;
    return count;
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.currentSize = 0;
  }

  private store(space: string, text: string, value: unknown): void {
    if (this.currentSize >= this.generationLimit) {
      this.previous = this.current;
      this.current = new Map();
      this.currentSize = 0;
    }
    let entries = this.current.get(space);
    if (!entries) this.current.set(space, (entries = new Map()));
    entries.set(text, value);
    this.currentSize++;
  }
}

/** For models built without a service (tests, scripts): what the old per-module caches held, and more. */
const sharedMemo = new ProseMemo(2048);
/** Keyed by the model (any object: util imports nothing from the model folder). */
const memos = new WeakMap<object, ProseMemo>();

/** Give a model the memo of the service that built it. */
export function attachProseMemo(model: object, memo: ProseMemo): void {
  memos.set(model, memo);
}

export function proseMemoOf(model: object): ProseMemo {
  return memos.get(model) ?? sharedMemo;
}

export function defaultProseMemo(): ProseMemo {
  return sharedMemo;
}
