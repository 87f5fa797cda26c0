/**
 * A copy of a string that shares no storage with the string it was sliced from. V8 represents a
 * slice of a long string as a view of the whole: a token image, a prose value or a memo key
 * sliced from a document would keep that whole version of the document alive for as long as it
 * is kept, and every edit makes a new version. Concatenation flattens into a new string; the
 * slice after it is a view of that copy alone.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
