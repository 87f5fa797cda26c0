/**
 * Counting work instead of timing it. `meterWork(fn)` runs `fn` with the primitives that cost in
 * proportion to their input instrumented, and returns how much they did:
 *
 * - every step of an iterator over an array, a map, a set or a string (`for … of`, spreads,
 *   destructuring, `Array.from`), and every `get`/`set`/`has`/`add`/`delete` of a map or set: 1;
 * - every array method that visits the elements (`some`, `filter`, `map`, `indexOf`, `join`,
 *   `slice`…): the array's length (`sort`: n·log₂ n);
 * - every string method that scans or builds (`indexOf`, `lastIndexOf`, `includes`, `split`,
 *   `replace`, `toLowerCase`, `trim`, `repeat`…): the string's length; `slice`, `substring` and
 *   `charCodeAt`: 1 (V8 slices a long string in constant time; what reads the slice is counted);
 * - every regular-expression execution (which `test`, `match`, `matchAll`, `replace`, `split`
 *   and `search` all go through once `exec` is replaced): the characters from where it started to
 *   where it matched, or to the end of the input when a search fails (1 when the expression is
 *   anchored at its start or sticky, and so tried at one place);
 * - `JSON.parse`/`JSON.stringify`, `Object.keys`/`values`/`entries`: the size of what they read.
 *
 * A quadratic algorithm shows as work that grows fourfold when its input doubles, whichever of
 * these it loops through: a nested `for … of`, an `Array.some` per element, a `slice(0, i)` or a
 * `lastIndexOf` from each match back to the start. Not counted: plain indexed loops over text
 * (`text[i]`) and a regular expression's backtracking inside one execution — bounded elsewhere
 * (the expressions the core runs on long text are anchored or applied to bounded windows).
 *
 * Installing these patches switches V8's fast paths for arrays and regular expressions off for
 * the rest of the process, so this module is meant for a child process (measure-work.ts), never
 * for the mocha process itself.
 */

let work = 0;
let active = false;

type AnyFunction = (...args: never[]) => unknown;
interface Patch {
  readonly target: object;
  readonly key: PropertyKey;
  readonly original: AnyFunction;
}
const patches: Patch[] = [];

function patch(target: object, key: PropertyKey, cost: (self: unknown, args: readonly unknown[], result: unknown) => number): void {
  const original = (target as Record<PropertyKey, AnyFunction>)[key as string];
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (active) work += cost(this, args, result);
    return result;
  };
  Object.defineProperty(wrapped, 'name', { value: original.name });
  patches.push({ target, key, original });
  Object.defineProperty(target, key, { value: wrapped, writable: true, configurable: true, enumerable: false });
}

const one = () => 1;
const lengthOf = (value: unknown) => (value as { length?: number } | null)?.length ?? 0;
const ownLength = (self: unknown) => lengthOf(self);
const resultLength = (_self: unknown, _args: readonly unknown[], result: unknown) => lengthOf(result);

function install(): void {
  if (patches.length > 0) return;
  // Iterators: one per step.
  const iteratorPrototypes = [
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(new Map()[Symbol.iterator]()),
    Object.getPrototypeOf(new Set()[Symbol.iterator]()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
  ];
  for (const proto of iteratorPrototypes) patch(proto, 'next', one);
  for (const proto of [Map.prototype, Set.prototype, WeakMap.prototype, WeakSet.prototype]) for (const key of ['get', 'set', 'has', 'add', 'delete']) patch(proto, key, one);

  // Arrays: the elements visited.
  const arrayScans = ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'flatMap', 'flat', 'forEach', 'reduce', 'reduceRight', 'includes', 'indexOf', 'lastIndexOf', 'join', 'concat', 'fill', 'reverse', 'splice', 'copyWithin', 'toReversed', 'toSpliced', 'with'];
  for (const key of arrayScans) patch(Array.prototype, key, ownLength);
  patch(Array.prototype, 'slice', resultLength);
  patch(Array.prototype, 'unshift', ownLength);
  patch(Array.prototype, 'shift', ownLength);
  for (const key of ['sort', 'toSorted']) patch(Array.prototype, key, (self) => nLogN(lengthOf(self)));

  // Strings: the characters scanned or copied.
  const stringScans = ['indexOf', 'lastIndexOf', 'includes', 'split', 'replace', 'replaceAll', 'match', 'matchAll', 'search', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize', 'localeCompare', 'isWellFormed', 'toWellFormed'];
  for (const key of stringScans) patch(String.prototype, key, ownLength);
  // V8 makes a slice of a long string in constant time (it points into the original); what
  // reads it afterwards is counted.
  for (const key of ['slice', 'substring', 'substr', 'at']) patch(String.prototype, key, one);
  for (const key of ['padStart', 'padEnd', 'repeat', 'concat']) patch(String.prototype, key, resultLength);
  for (const key of ['startsWith', 'endsWith']) patch(String.prototype, key, (_self, args) => Math.max(1, lengthOf(args[0])));
  for (const key of ['charAt', 'charCodeAt', 'codePointAt']) patch(String.prototype, key, one);

  // Regular expressions: from where the search started to where it ended.
  const exec = RegExp.prototype.exec;
  patches.push({ target: RegExp.prototype, key: 'exec', original: exec as AnyFunction });
  Object.defineProperty(RegExp.prototype, 'exec', {
    value: function (this: RegExp, input: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const match = exec.call(this, input);
      if (active) {
        const text = String(input);
        // An expression anchored at the start (`^…` without `m`) or sticky is tried at one place only.
        const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
        if (match) work += match.index + match[0].length - from + 1;
        else work += anchored ? 1 : Math.max(1, text.length - from);
      }
      return match;
    },
    writable: true,
    configurable: true,
  });

  patch(JSON, 'parse', (_self, args) => lengthOf(args[0]));
  patch(JSON, 'stringify', resultLength);
  for (const key of ['keys', 'values', 'entries', 'getOwnPropertyNames']) patch(Object, key, resultLength);
}

function nLogN(n: number): number {
  return n <= 1 ? 1 : Math.ceil(n * Math.log2(n));
}

/** The work `fn` does, counted as described above. */
export function meterWork<T>(fn: () => T): { result: T; work: number } {
  install();
  const before = work;
  active = true;
  try {
    const result = fn();
    return { result, work: work - before };
  } finally {
    active = false;
  }
}
