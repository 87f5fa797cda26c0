/**
 * A block's statements (`channelItem`…) grouped by the names of their children, each group in
 * source order.
 *
 * Why: a builder asks a block for its first `purpose`, its first `modality`, every `caveat`,
 * every `senders`… — a channel about twenty questions, each of which searched every statement
 * (a look-up of a name in objects of as many shapes as there are kinds of statement). One pass
 * over the statements' names answers them all.
 */
const none: readonly never[] = [];

export class ItemsByName<T extends object> {
  private readonly groups = new Map<string, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      // A statement's children object has only its own names (its prototype has none: parser.ts).
      for (const name in item) {
        const group = this.groups.get(name);
        if (group === undefined) this.groups.set(name, [item]);
        else group.push(item);
      }
    }
  }

  /** The statements that have `name`, in source order (`items.filter((i) => i[name])`: a child list is never empty). */
  having<K extends keyof T & string>(name: K): readonly T[] {
    return this.groups.get(name) ?? none;
  }

  /** The `name` children of the first statement that has any (`items.find((i) => i[name])?.[name]`). */
  first<K extends keyof T & string>(name: K): T[K] | undefined {
    return this.groups.get(name)?.[0][name];
  }
}
