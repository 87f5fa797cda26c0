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
