import { sameElements } from './same-values';

/**
 * An answer about a node kept with the node across analyses for as long as the list of other
 * things it reads is the very same, element by element (`===`): after a keystroke a declaration
 * the edit did not touch is the same node, and the sentences or texts it is read against are the
 * same objects unless the edit changed them — then the answer is one pass over that list instead
 * of a search of each text (a RegExp built per body and run over every text, per keystroke).
 *
 * `answer` must be a pure function of the node and the list; the list must not be mutated.
 */
export function keptWithInputs<N extends object, I, V>(answer: (node: N, inputs: readonly I[]) => V): (node: N, inputs: readonly I[]) => V {
  const kept = new WeakMap<N, { readonly inputs: readonly I[]; readonly value: V }>();
  return (node, inputs) => {
    const before = kept.get(node);
    if (before !== undefined && sameElements(before.inputs, inputs)) return before.value;
    const value = answer(node, inputs);
    kept.set(node, { inputs, value });
    return value;
  };
}
