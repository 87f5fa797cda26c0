/**
 * A drafter's list as the exports print it: its items, and the paragraphs that follow them in the
 * element the list is under.
 *
 * An item with no label after items with labels is no item of that list: it is a paragraph of the
 * element the list is under, after the list (constructs/list-end.ts puts it there). "The facility
 * at (a) above shall be subject to the following conditions:" after items a)–c) of paragraph 2, its
 * conditions i)–iv) under it (NL–India 1983, Annex, read: BWBV0002676), and "These grounds for not
 * disclosing information shall be interpreted in a restrictive way …" after grounds a)–h) (Protocol
 * on Water and Health 1999, Art. 10(5), read: BWBV0004373) govern the items before them. Printed as
 * an item — a Markdown bullet beside "- c)", an `li` or `item` of the same list — the sentence read
 * as a fourth good imported duty-free, beside a)–c) (treaty lawyer lr26, D10). A list whose items
 * all have no label (a generated list, the unlabelled elements of an item) is one list, as before;
 * a dash is a label.
 */
import type { ListItem } from '../constructs/construct';

export type ListPart =
  /** Items of the list, each with its label as written. */
  | { readonly kind: 'items'; readonly items: readonly ListItem[] }
  /** A paragraph of the element the list is under, after its items; its own list is `paragraph.items`. */
  | { readonly kind: 'paragraph'; readonly paragraph: ListItem };

/** The items, then each paragraph after them (with the items between, where a label follows one again), in the text's order. */
export function listParts(items: readonly ListItem[]): ListPart[] {
  const parts: ListPart[] = [];
  let run: ListItem[] = [];
  let labelled = false;
  for (const item of items) {
    if (item.label === '' && labelled) {
      if (run.length > 0) parts.push({ kind: 'items', items: run });
      run = [];
      parts.push({ kind: 'paragraph', paragraph: item });
      continue;
    }
    if (item.label !== '') labelled = true;
    run.push(item);
  }
  if (run.length > 0) parts.push({ kind: 'items', items: run });
  return parts;
}
