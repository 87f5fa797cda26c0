/**
 * Which of many ranges contain a position, in O(log n + answers) instead of a scan of all of
 * them: the ranges sorted by start, with the furthest end reached so far, so that the search
 * walks back from the last range starting at or before the position only while an earlier one
 * can still reach it. Answers come back in the order the items were given.
 */
import { comparePositions, type Position, type Range } from '../ast/positions';

export class RangeIndex<T> {
  private readonly entries: { range: Range; item: T; order: number }[];
  /** furthest[i]: the latest end among entries[0..i]. */
  private readonly furthest: Position[];

  constructor(items: Iterable<{ range: Range; item: T }>) {
    let order = 0;
    const entries: { range: Range; item: T; order: number }[] = [];
    for (const { range, item } of items) entries.push({ range, item, order: order++ });
    entries.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.order - b.order);
    this.entries = entries;
    this.furthest = [];
    for (let i = 0; i < entries.length; i++) {
      const end = entries[i].range.end;
      const before = this.furthest[i - 1];
      this.furthest.push(before && comparePositions(before, end) > 0 ? before : end);
    }
  }

  /** Every item whose range contains the position (ends included), in the order given. */
  containing(position: Position): T[] {
    let low = 0;
    let high = this.entries.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (comparePositions(this.entries[mid].range.start, position) <= 0) {
        last = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    const found: { item: T; order: number }[] = [];
    for (let i = last; i >= 0 && comparePositions(this.furthest[i], position) >= 0; i--) {
      if (comparePositions(this.entries[i].range.end, position) >= 0) found.push(this.entries[i]);
    }
    return found.sort((a, b) => a.order - b.order).map((e) => e.item);
  }
}
