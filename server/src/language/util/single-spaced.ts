/**
 * A text with every run of white space as one space: what `text.replace(/\s+/g, ' ')` gives,
 * cheaper. That pattern replaces every single space between words with another space, so on
 * prose it builds the result from a piece per word; this one matches only the runs that change
 * (two or more white-space characters, or one that is not a space), and returns the text
 * itself, unallocated, when none does. `\s` is the same set with or without the `u` flag.
 */
import { oncePer } from './once-per';

const changingRun = /\s\s+|[^\S ]/g;
/**
 * Whether the text has such a run: asked first, because most prose has none and V8's `replace`
 * costs about ten times this `test` on a text it leaves as it is (the same pattern without `g`,
 * so no `lastIndex` is carried from one call to the next).
 */
const hasChangingRun = /\s\s|[^\S ]/;

export function singleSpaced(text: string): string {
  return hasChangingRun.test(text) ? text.replace(changingRun, ' ') : text;
}

/**
 * `singleSpaced(node.value)`, kept with the node (any object with a `value`, held weakly): a
 * node's value never changes, and a clause's body is re-spaced by several checks of one analysis
 * (and by the next analyses while the node is kept), each of which used to build the same string
 * again. The kept string is the one every caller gets, so callers that keep it
 * (instrument-prose.ts) hold one copy between them.
 */
export const singleSpacedValue: (node: { readonly value: string }) => string = oncePer((node) => singleSpaced(node.value));
