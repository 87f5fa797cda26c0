/**
 * A reading of one object (a semantic model, a parsed document, a list) done once and kept as
 * long as the object lives. Models and parses are immutable and a new one is made for every
 * edit, so a kept answer can never be stale; several checks asking the same question of one
 * analysis then share one reading instead of each walking the text again.
 *
 * The answer is boxed so that `undefined` and `false` are kept like any other answer. Callers
 * must not mutate what they are given: it is shared.
 */
export function oncePer<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, { readonly value: V }>();
  return (key) => {
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = { value: read(key) }));
    return answer.value;
  };
}

/**
 * A reading of one item (a declaration) within one object (a model) done once per pair: several
 * checks of one analysis asking about the same channel share one reading. Kept as long as both live.
 */
export function oncePerPair<K extends object, I extends object, V>(read: (key: K, item: I) => V): (key: K, item: I) => V {
  const answers = new WeakMap<K, WeakMap<I, { readonly value: V }>>();
  return (key, item) => {
    let byItem = answers.get(key);
    if (!byItem) answers.set(key, (byItem = new WeakMap()));
    let answer = byItem.get(item);
    if (!answer) byItem.set(item, (answer = { value: read(key, item) }));
    return answer.value;
  };
}
