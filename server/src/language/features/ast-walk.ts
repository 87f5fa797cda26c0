/**
 * A generic walk over the AST's plain objects, for features that look for "the word under the
 * cursor" or "every closed value" without a case per node type (the AST grows as the language
 * does; a generic walk keeps up by itself).
 */
import type { Word } from '../ast/nodes';
import type { Range } from '../ast/positions';

export interface Visit {
  readonly node: object;
  /** The property of the parent that holds the node (`kind`, `marking`, `carries`…). */
  readonly property: string;
  /** The nearest enclosing node that has a `type` (Party, Channel, Instrument…). */
  readonly owner: { type: string } | undefined;
}

export function walk(root: object, visit: (v: Visit) => void): void {
  const stack: { node: unknown; property: string; owner: { type: string } | undefined }[] = [{ node: root, property: '', owner: undefined }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { node, property, owner } = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], property, owner });
      continue;
    }
    visit({ node, property, owner });
    const nextOwner = typeof (node as { type?: unknown }).type === 'string' ? (node as { type: string }) : owner;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'range' || value === null || typeof value !== 'object') continue;
      stack.push({ node: value, property: key, owner: nextOwner });
    }
  }
}

/** A closed value as written (Word): text, value and range, not a prose Text. */
export function isWord(node: object): node is Word {
  return 'text' in node && 'value' in node && 'range' in node && !('multiline' in node) && !('type' in node);
}

export function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value;
}
