/**
 * A key that names objects by identity, for a per-declaration rule's `facts` (rules/rule.ts) when
 * what the findings depend on is a value the analysis keeps as the very same object while it is
 * unchanged (a list put together by `combinedParts`, model/document-change.ts, is the same list
 * after a keystroke that changed none of its parts). Two objects never share a number, so a new
 * object — even an equal one — gives a new key: the declarations are then checked again, which is
 * never wrong, only slower; comparing the key costs nothing next to writing the values out.
 */
const numbers = new WeakMap<object, number>();
let next = 0;

/** `name` followed by one number per object, each the same for the same object as long as it lives. */
export function identityKey(name: string, objects: readonly object[]): string {
  let key = name;
  for (const object of objects) {
    let number = numbers.get(object);
    if (number === undefined) numbers.set(object, (number = next++));
    key += `\u0000${number}`;
  }
  return key;
}
