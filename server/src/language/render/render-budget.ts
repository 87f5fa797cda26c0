/**
 * A rendering made ahead in slices (lsp/render-ahead.ts): at 100,000 lines a first rendering
 * takes about half a second of CPU, more than any request may wait, so the server makes it while
 * idle, a few milliseconds at a time. A slice is the ordinary rendering (features/render-document.ts)
 * run under a budget: between two articles (before one is made, or a kept one checked against the
 * new text: after an edit at 100,000 lines those checks alone take ~25 ms) it asks whether its time
 * is up, and if so stops there
 * by throwing `OutOfTime`, which `withinBudget` catches. What it made so far is kept where every
 * rendering keeps it — each declaration's article (kept-articles.ts), each article resolved under
 * its citations (resolved-articles.ts), each article's Markdown (markdown.ts) — each entry set
 * whole, once made, and reused only under its own checks; so the next slice, or a request,
 * renders the same text again, finds those parts and goes on from there. The rendering a slice
 * stopped leaves nothing half made: the model's rendering and Markdown are set only when done.
 *
 * Only the outermost rendering stops: an article's own rendering may arrange the text again (a
 * `§Name` asks for the numbers), and that nested rendering runs whole (`whole`), so the only
 * places a slice stops are between two articles of the rendering it was asked for.
 */

/** Thrown at a boundary between articles when the slice's time is up; never seen outside `withinBudget`. */
class OutOfTime {}
const outOfTime = new OutOfTime();

let timeUp: (() => boolean) | undefined;

/** At a boundary between two articles of the rendering: stops there when a slice's time is up. */
export function between(): void {
  if (timeUp !== undefined && timeUp()) throw outOfTime;
}

/** Runs one article's rendering with no boundary inside it. */
export function whole<T>(work: () => T): T {
  const outer = timeUp;
  if (outer === undefined) return work();
  timeUp = undefined;
  try {
    return work();
  } finally {
    timeUp = outer;
  }
}

/** `work`'s value, or undefined when it stopped at a boundary because `up` said the time was up. */
export function withinBudget<T>(up: () => boolean, work: () => T): T | undefined {
  const outer = timeUp;
  timeUp = up;
  try {
    return work();
  } catch (error) {
    if (error === outOfTime) return undefined;
    throw error;
  } finally {
    timeUp = outer;
  }
}
