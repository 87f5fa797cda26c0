/**
 * The last line of every switch over a closed set of kinds: if a kind is added and a switch
 * does not handle it, `value` is no longer `never` and the switch fails to type-check.
 */
export function assertNever(value: never, what = 'kind'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
