/**
 * The blocks `splitParagraphs` reads from a drafter's text (paragraph-split.ts), made into
 * paragraphs with their items nested under them, and a chapeau's closing words made the end of
 * its list.
 *
 * A chapeau's closing words — a line in lower case straight after the list's last item, with no
 * label ("The Parties shall:", "(a) …;", "(b) …;", "in accordance with their domestic law.";
 * "(1) Vehicles which are:" … "(c) …;", "shall be exempted from the taxes …", NL–UK 1969 Art. 2(1);
 * after a blank line, "1. The intentional commission of:" … "(e) …", "shall be made by each State
 * Party a crime under its internal law", IPP 1973 Art. 2(1)) — govern every item, and return to the
 * paragraph the items belong to. The splitter marks them (`closes`); here they become that
 * paragraph's `wrapUp`, the words after its list, which the exports print as the list's end
 * (Akoma Ntoso `listWrapUp`, the optional element of a `blockList` after its items), not as a
 * paragraph of its own, which says a new provision begins (treaty lawyer lr18, D9). Words and their
 * order are unchanged: only the structure. Where the words could be anything else — a new sentence
 * in capitals, a numbered paragraph, words with a list of their own, a paragraph with a table — the
 * splitter does not mark them or they stay a paragraph.
 */
import type { ListItem, Paragraph } from './construct';

export interface Block {
  label: string;
  text: string;
  depth: number;
  /** A chapeau's closing words after its list's last item (paragraph-split.ts): the list's wrap-up. */
  closes?: boolean;
  /** The label stood alone on its line (paragraph-split.ts, `aloneNumber`): its first item is not printed on its line. */
  alone?: boolean;
}

/** The blocks as paragraphs (depth 0) with their items nested under them. */
export function tree(blocks: readonly Block[], rows: ReadonlyMap<Block, string[][]>): Paragraph[] {
  interface Node { label: string; text: string; items: Node[] }
  const roots: { node: Node; block: Block }[] = [];
  const path: Node[] = [];
  for (const block of blocks) {
    const node: Node = { label: block.label, text: block.text, items: [] };
    const depth = Math.min(block.depth, path.length);
    if (depth === 0) roots.push({ node, block });
    else path[depth - 1].items.push(node);
    path.length = depth;
    path.push(node);
  }
  const item = (n: Node): ListItem => ({ label: n.label, text: n.text, ...(n.items.length > 0 ? { items: n.items.map(item) } : {}) });
  const result: { -readonly [K in keyof Exclude<Paragraph, string>]: Exclude<Paragraph, string>[K] }[] = [];
  for (const { node, block } of roots) {
    const [head, ...body] = rows.get(block) ?? [];
    const before = result[result.length - 1];
    if (block.closes && node.items.length === 0 && !head && node.label === '' && before?.items && before.wrapUp === undefined && !before.table) {
      before.wrapUp = node.text;
      continue;
    }
    result.push({ text: node.text, label: node.label, ...(node.items.length > 0 ? { items: node.items.map(item) } : {}), ...(head ? { table: { head, rows: body } } : {}), ...(block.alone && node.items.length > 0 ? { alone: true } : {}) });
  }
  return result;
}

/** `| TOP SECRET | ZEER GEHEIM | HEMLIG AV SYNNERLIG BETYDELSE |` → its cells. */
export function tableRow(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());
}
