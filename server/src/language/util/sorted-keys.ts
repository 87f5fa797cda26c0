/**
 * A sorted map from numbers to values with predecessor queries, in chunks of a few hundred keys:
 * insertion and lookup cost O(log n + √n) instead of the O(n) of one sorted array (which shifts
 * every later key on insertion) or of a scan. Used where an answer must be built from thousands of
 * edits or findings one at a time (fix all: does this edit overlap one already taken?).
 */
const chunkSize = 512;

interface Chunk<V> {
  readonly keys: number[];
  readonly values: V[];
}

export class SortedKeys<V> {
  private readonly chunks: Chunk<V>[] = [];

  /** The entry with the greatest key `<= key` (`strict`: `< key`). */
  floor(key: number, strict = false): { key: number; value: V } | undefined {
    const below = (k: number) => (strict ? k < key : k <= key);
    // The last chunk whose first key qualifies.
    let low = 0;
    let high = this.chunks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (below(this.chunks[mid].keys[0])) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    const chunk = this.chunks[low - 1];
    let l = 0;
    let h = chunk.keys.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (below(chunk.keys[mid])) l = mid + 1;
      else h = mid;
    }
    return { key: chunk.keys[l - 1], value: chunk.values[l - 1] };
  }

  get(key: number): V | undefined {
    const found = this.floor(key);
    return found && found.key === key ? found.value : undefined;
  }

  /** Adds or replaces the value of a key. */
  set(key: number, value: V): void {
    if (this.chunks.length === 0) {
      this.chunks.push({ keys: [key], values: [value] });
      return;
    }
    let index = 0;
    let low = 0;
    let high = this.chunks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.chunks[mid].keys[0] <= key) low = mid + 1;
      else high = mid;
    }
    index = Math.max(0, low - 1);
    const chunk = this.chunks[index];
    let l = 0;
    let h = chunk.keys.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (chunk.keys[mid] < key) l = mid + 1;
      else h = mid;
    }
    if (chunk.keys[l] === key) {
      chunk.values[l] = value;
      return;
    }
    chunk.keys.splice(l, 0, key);
    chunk.values.splice(l, 0, value);
    if (chunk.keys.length > 2 * chunkSize) {
      const keys = chunk.keys.splice(chunkSize);
      const values = chunk.values.splice(chunkSize);
      this.chunks.splice(index + 1, 0, { keys, values });
    }
  }
}
