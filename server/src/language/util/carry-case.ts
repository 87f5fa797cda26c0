/**
 * Carrying the written capitalisation onto a replacement word, so that a wording fix keeps the
 * text's style: "Parties" becomes "Participants", "SHALL" "WILL", "Entry into Force" "Coming into
 * Effect". Kept apart from the wording table that uses it (model/wording.ts).
 */

/** Words a title keeps in lower case. */
const smallWords = new Set(['a', 'an', 'and', 'at', 'in', 'into', 'of', 'or', 'the', 'to']);

/** Carry the written capitalisation onto a replacement: `Parties`→`Participants`, `SHALL`→`WILL`, `Entry into Force`→`Coming into Effect`. */
export function carryCase(written: string, replacement: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const words = written.split(/\s+/);
  const titleCase = words.length > 1 && words.filter((w) => !smallWords.has(w.toLowerCase())).every((w) => isUpper(w[0]));
  if (titleCase) {
    return replacement
      .split(' ')
      .map((w, i) => (i > 0 && smallWords.has(w) ? w : capitalise(w)))
      .join(' ');
  }
  return isUpper(written[0]) ? capitalise(replacement) : replacement;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
