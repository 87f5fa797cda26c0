/**
 * A value that holds positions (findings, ranges, quoted terms), on lines `lineDelta` further on:
 * what a kept answer about a declaration becomes when an edit above it moves the declaration
 * (util/declaration-memo.ts). As syntax/shift.ts moves the AST: every position's line moves, a
 * column never does, and a position at the very start of the text (the parser's stand-in for a
 * node recovery left without tokens) stays where it is.
 *
 * Copy on write: a part that holds no position is the very same object, so an answer with nothing
 * to move (most declarations have no finding) is the same value after the move and compares equal
 * by identity. Plain data only: anything else (a Map, a class, a function) may hide a position,
 * and is refused loudly rather than carried over unmoved.
 */
export function movedPositions<T>(value: T, lineDelta: number): T {
  return lineDelta === 0 ? value : (moved(value, lineDelta) as T);
}

function moved(value: unknown, lineDelta: number): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function') throw new Error('movedPositions: a function may hold a position');
    return value;
  }
  if (Array.isArray(value)) {
    let result: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = moved(value[i], lineDelta);
      if (item !== value[i]) (result ??= value.slice())[i] = item;
    }
    return result ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error('movedPositions: a value that is not plain data may hold a position');
  const record = value as Record<string, unknown>;
  if (isPosition(record)) return record.line === 0 && record.character === 0 ? record : { line: record.line + lineDelta, character: record.character };
  let result: Record<string, unknown> | undefined;
  for (const key in record) {
    const item = moved(record[key], lineDelta);
    if (item !== record[key]) (result ??= { ...record })[key] = item;
  }
  return result ?? record;
}

/** Only positions have a numeric `line` and `character` (the AST's and the LSP's types say so). */
function isPosition(value: Record<string, unknown>): value is Record<string, unknown> & { line: number; character: number } {
  return typeof value.character === 'number' && typeof value.line === 'number';
}
