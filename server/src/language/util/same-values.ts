/**
 * Two equalities the reuse across keystrokes rests on, in one place: the very same elements in
 * the same order (a kept answer's inputs, a memo's parts), and structural equality of JSON-like
 * values (the render context's answers, the preview's panel), which on parts an edit did not
 * touch compares references. Both are plain loops: no callback compiled again per analysis.
 */

/** Whether two lists hold the very same elements (`===`), in order. */
export function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equality of JSON-like values: strings, numbers, booleans, arrays and plain objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

type KeyPart = string | readonly string[];

/** The last key made under each name, with its parts. */
const lastKeys = new Map<string, { readonly parts: readonly KeyPart[]; readonly key: string }>();

/**
 * `JSON.stringify(parts)` as a key of facts compared between analyses (a memo's facts,
 * model/document-change.ts), and the very same string object as the last key made under `name`
 * when every part is equal (strings by value, lists element by element): a key that names every
 * defined term and declared name is then neither written as JSON again on every keystroke nor
 * compared character by character with the last one. A pure function of the parts.
 */
export function keyOfParts(name: string, parts: readonly KeyPart[]): string {
  const last = lastKeys.get(name);
  if (last !== undefined && sameParts(last.parts, parts)) return last.key;
  const key = JSON.stringify(parts);
  lastKeys.set(name, { parts, key });
  return key;
}

function sameParts(a: readonly KeyPart[], b: readonly KeyPart[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'string' || typeof y === 'string' || !sameElements(x, y)) return false;
  }
  return true;
}
