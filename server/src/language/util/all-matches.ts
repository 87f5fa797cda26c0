/**
 * `text.matchAll(pattern)` as an array, read with the pattern itself rather than a copy of it.
 *
 * `matchAll` makes its copy through the RegExp constructor, and V8 finds the copy's compiled code
 * in a cache that keeps an entry through one full garbage collection but not two. After two, each
 * `matchAll` compiles its pattern again (0.1–1 ms for the long patterns of the rules), so an
 * analysis run after an idle spell (or after the benchmark's forced collections) paid several
 * milliseconds of compiling that the same analysis a moment earlier did not. `exec` on the
 * pattern keeps the code the pattern object holds.
 *
 * The same matches, in the same order, as `matchAll` gives them: from the pattern's `lastIndex`,
 * an empty match stepping one code point on (one code unit without the `u` or `v` flag), and a
 * pattern without the `g` flag refused. The pattern's `lastIndex` is what it was before, as
 * `matchAll` leaves it. Every match is read before any is returned, so a caller that reads the
 * same pattern again while going through them cannot disturb them.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a pattern with the g flag, as String.prototype.matchAll does');
  const start = pattern.lastIndex;
  const unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = start;
  }
  return found;
}

/** ECMAScript's AdvanceStringIndex: past one code point with `unicode`, else one code unit. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
