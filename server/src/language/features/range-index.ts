/**
 * Which of many ranges contain a position, without a scan of all of them. Built once per model
 * and again after every keystroke (a hover right after an edit builds it), so building is
 * linear and allocates little: a range on one line — every name, reference and term use — is
 * kept by its line as the item's place in the list; only ranges over several lines (rare: a
 * quoted file name broken over lines) are sorted, by start, with the furthest end reached so
 * far, so that the search walks back from the last one starting at or before the position only
 * while an earlier one can still reach it. Answers come back in the order the items were given.
 */
import { comparePositions, type Position, type Range } from '../ast/positions';

export class RangeIndex<T> {
  /** For each line, the places (in `items`) of the one-line ranges on it, in order. */
  private readonly byLine = new Map<number, number[]>();
  /** Places of the ranges over several lines, sorted by start. */
  private readonly spanning: number[] = [];
  /** furthest[i]: the latest end among the ranges of spanning[0..i]. */
  private readonly furthest: Position[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly rangeOf: (item: T) => Range,
  ) {
    for (let place = 0; place < items.length; place++) {
      const range = rangeOf(items[place]);
      if (range.start.line !== range.end.line) {
        this.spanning.push(place);
        continue;
      }
      const bucket = this.byLine.get(range.start.line);
      if (bucket) bucket.push(place);
      else this.byLine.set(range.start.line, [place]);
    }
    this.spanning.sort((a, b) => comparePositions(rangeOf(items[a]).start, rangeOf(items[b]).start) || a - b);
    for (let i = 0; i < this.spanning.length; i++) {
      const end = rangeOf(items[this.spanning[i]]).end;
      const before = this.furthest[i - 1];
      this.furthest.push(before && comparePositions(before, end) > 0 ? before : end);
    }
  }

  /** Every item whose range contains the position (ends included), in the order given. */
  containing(position: Position): T[] {
    const places: number[] = [];
    for (const place of this.byLine.get(position.line) ?? []) {
      const range = this.rangeOf(this.items[place]);
      if (range.start.character <= position.character && position.character <= range.end.character) places.push(place);
    }
    const fromLines = places.length;
    let low = 0;
    let high = this.spanning.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (comparePositions(this.rangeOf(this.items[this.spanning[mid]]).start, position) <= 0) {
        last = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    for (let i = last; i >= 0 && comparePositions(this.furthest[i], position) >= 0; i--) {
      if (comparePositions(this.rangeOf(this.items[this.spanning[i]]).end, position) >= 0) places.push(this.spanning[i]);
    }
    // A line's places are in order already; only a mix of both kinds needs sorting.
    if (places.length > fromLines) places.sort((a, b) => a - b);
    return places.map((place) => this.items[place]);
  }
}
