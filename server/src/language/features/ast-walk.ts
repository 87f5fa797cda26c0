/**
 * A generic walk over the AST's plain objects for the features that look for "the word under
 * the cursor" or "every closed value" (hover, semantic tokens) without a case per node type:
 * the AST grows as the language does, and a generic walk keeps up by itself.
 *
 * It runs over the whole AST of a 100,000-line instrument for semantic tokens, so it allocates
 * nothing per node (parallel stacks, `for…in` rather than `Object.entries`) and does not descend
 * into ranges and positions, which are most of the AST's objects and never hold a word.
 */
import type { Word } from '../ast/nodes';
import type { Range } from '../ast/positions';

/**
 * Calls `visit` with every closed value (Word) under `roots`, with the property of its parent
 * that holds it (`kind`, `marking`, `keyword`…; an array's elements get the array's property).
 */
export function forEachWord(roots: readonly object[], visit: (word: Word, property: string) => void): void {
  // The AST is a tree (the document's typed lists, such as `parties`, repeat nodes of
  // `declarations`: callers pass the roots they want, not the document), so no node is reached
  // twice and no set of seen nodes is kept.
  const nodes: unknown[] = [...roots];
  const properties: string[] = roots.map(() => '');
  while (nodes.length > 0) {
    const node = nodes.pop();
    const property = properties.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        nodes.push(node[i]);
        properties.push(property);
      }
      continue;
    }
    if (isWord(node)) {
      visit(node, property);
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (key === 'range' || value === null || typeof value !== 'object' || isRange(value)) continue;
      nodes.push(value);
      properties.push(key);
    }
  }
}

/** A closed value as written (Word): text, value and range, not a prose Text. */
export function isWord(node: object): node is Word {
  return 'text' in node && 'value' in node && 'range' in node && !('multiline' in node) && !('type' in node);
}

/** A range (`{start, end}` of positions), not a node with `start` and `end` properties of its own. */
export function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const start = (value as { start?: unknown }).start;
  return typeof start === 'object' && start !== null && typeof (start as { line?: unknown }).line === 'number' && 'end' in value;
}
