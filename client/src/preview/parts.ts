/**
 * Which parts of the rendered instrument the preview holds, and which to ask for (DOM-free, so
 * test/client can drive it). The preview asks the server for the part the drafter sees, not the
 * whole text (at 100,000 lines the whole is 11 MB to send and decode on every refresh): the first
 * part comes with each update, and each further part when the drafter scrolls to it. Parts are
 * known by the block they start at (`from`); a part is `fresh` when it was answered for the
 * latest update. After an edit the parts already shown stay on screen until each is seen again,
 * then they are asked for anew, so the reading place is kept and only what is seen is sent.
 */

export interface PartAnswer {
  readonly from: number;
  readonly count: number;
  /** How many blocks the whole text has. */
  readonly total: number;
}

export interface ShownPart {
  readonly from: number;
  /** Blocks it holds; 0 while it was never answered (a place-holder at the end of what is shown). */
  count: number;
  /** The update it was answered for; -1 while never answered. */
  version: number;
  /** Asked for, for the latest update, and not yet answered. */
  asked: boolean;
}

export class PreviewParts {
  /** The updates seen: each refresh of the document after an edit is one. */
  version = 0;
  total = 0;
  private parts: ShownPart[] = [];

  /** The parts in reading order: what the page shows, one element each. */
  get shown(): readonly ShownPart[] {
    return this.parts;
  }

  /** A new update with its first part: every other part shown is now stale. */
  update(first: PartAnswer): void {
    this.version += 1;
    for (const part of this.parts) part.asked = false;
    void this.fill(first, this.version);
  }

  /**
   * A part answered for update `version`; it replaces what was shown from the same block, unless
   * an answer for a later update is shown there already. Whether it is to be drawn.
   */
  fill(answer: PartAnswer, version: number): boolean {
    this.total = answer.total;
    let part = this.parts.find((p) => p.from === answer.from);
    if (!part) {
      part = { from: answer.from, count: 0, version: -1, asked: false };
      this.parts.push(part);
      this.parts.sort((a, b) => a.from - b.from);
    }
    const drawn = version >= part.version;
    if (drawn) {
      part.count = answer.count;
      part.version = version;
      // A part that grew covers the parts that began inside it (the text grew before them).
      const covered = part;
      this.parts = this.parts.filter((p) => p === covered || p.from < covered.from || p.from >= covered.from + covered.count);
    }
    part.asked = false;
    // The text may have shrunk: nothing is shown past its end, or after an empty part.
    this.parts = this.parts.filter((p) => p.from < this.total || p.from === 0);
    // Where the parts shown end short of the whole, a place-holder asks for the next part when seen.
    const last = this.parts[this.parts.length - 1];
    const next = last.from + last.count;
    if (last.count > 0 && next < this.total) this.parts.push({ from: next, count: 0, version: -1, asked: false });
    return drawn;
  }

  /**
   * The parts to ask for, given those in view: each seen one not answered for the latest update
   * and not already asked for. They are marked as asked.
   */
  wanted(visible: Iterable<number>): number[] {
    const seen = new Set(visible);
    const asks: number[] = [];
    for (const part of this.parts) {
      if (seen.has(part.from) && part.version < this.version && !part.asked) {
        part.asked = true;
        asks.push(part.from);
      }
    }
    return asks;
  }
}
