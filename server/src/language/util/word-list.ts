/**
 * Lists of words in a sentence, as messages and exports print them: "A", "A and B", "A, B and C"
 * (or "or"). One home, so that every message lists the same way.
 */
export function andList(items: readonly string[]): string {
  return joined(items, 'and');
}

export function orList(items: readonly string[]): string {
  return joined(items, 'or');
}

function joined(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
