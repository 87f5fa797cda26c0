/**
 * Overlap queries over a fixed list of spans in O(log n) each: the spans sorted by start, and for
 * every prefix of that order the span reaching furthest. A span overlapping `[start, end)` exists
 * exactly when, among the spans starting before `end`, the one reaching furthest ends after
 * `start`. Scanning the list per query made the wording checks quadratic on long prose.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export class SpanIndex<S extends Span> {
  private readonly spans: S[];
  /** For each position in `spans`, the index of the span ending furthest among it and those before. */
  private readonly furthest: number[];

  constructor(spans: readonly S[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.furthest = [];
    let best = -1;
    for (let i = 0; i < this.spans.length; i++) {
      if (best < 0 || this.spans[i].end > this.spans[best].end) best = i;
      this.furthest.push(best);
    }
  }

  /** A span that overlaps `[start, end)`, if any. */
  overlapping(start: number, end: number): S | undefined {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start < end) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    const candidate = this.spans[this.furthest[low - 1]];
    return candidate.end > start ? candidate : undefined;
  }

  /** A span that holds `offset` (`start <= offset < end`), if any. */
  holding(offset: number): S | undefined {
    return this.overlapping(offset, offset + 1);
  }
}
