/**
 * One object of each shape the parse makes and drops, kept for as long as the program runs.
 *
 * Why: V8 gives each class's instances (and each object built up property by property) a
 * hidden class reached from its constructor by transitions the garbage collector holds weakly.
 * When no object of that shape is alive at a full collection (the previous analysis dropped,
 * its builders' contexts long gone), the hidden class is collected and every optimised function
 * that relies on it is thrown away ("weak objects" in `--trace-deopt`): the next parse runs
 * those functions unoptimised until V8 compiles them again. One live object of the shape keeps
 * it, and the optimised code with it. The objects kept here are small and hold no document.
 */
const kept: object[] = [];

/** Keeps `sample` (an object of a shape to keep) alive; returns it. */
export function keepShape<T extends object>(sample: T): T {
  kept.push(sample);
  return sample;
}

/** What is kept, for the test that holds each to no document (test/syntax/kept-shapes.test.ts). */
export function keptShapes(): readonly object[] {
  return kept;
}
