/**
 * What the rendering reads in every clause's heading or text to arrange the instrument (does it
 * carry its own designation, is it the preamble, the final formula), kept with the clause's node:
 * after a keystroke every other clause is the same node with the same text, and reading each of a
 * 100,000-line text's headings and texts again was about a tenth of rendering it.
 *
 * A kept reading is reused only for the same node and the very text it read (compared as
 * strings: the node's own string, or the library's for a clause taken from it, is the same object
 * while unchanged, so the comparison is one identity check).
 */
export function keptReading<T>(read: (text: string) => T): (node: object, text: string) => T {
  const kept = new WeakMap<object, { readonly text: string; readonly value: T }>();
  return (node, text) => {
    const before = kept.get(node);
    if (before !== undefined && before.text === text) return before.value;
    const value = read(text);
    kept.set(node, { text, value });
    return value;
  };
}
