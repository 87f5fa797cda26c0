/**
 * What changed in a document since the last analysis of it in this service (issue #11): the one
 * place that tells which declarations an edit added, removed or kept, so that a rule or a shared
 * reading can patch the answer it gave the last tree instead of walking every declaration again.
 *
 * An incremental parse keeps the node of every declaration the edit did not touch (syntax/shift.ts
 * copies a node whose lines move, never moves it in place), so "kept" is node identity. A
 * keystroke inside one declaration replaces that one node at the same place in the list: the two
 * lists are then aligned, and the change lists the places whose node differs.
 *
 * Exactness rests with the user of a change, as with the declaration memo: a patched answer must
 * be a function of each declaration's node and of facts the user names (a string compared with
 * the facts of the answer it patches), and it may patch only an answer it made from `from`, the
 * tree this change is counted from. `instrumentKept` says whether the instrument-wide nodes (the
 * headers) are the very same; facts read from several declarations (terms, signatories, status)
 * belong in the user's facts.
 *
 * Remembered per document and service (util/last-states.ts) by the tree of the last model asked,
 * held weakly: when it is gone, or the service never analysed the document, there is no change and
 * every user computes its answer in full.
 */
import type { Declaration, EntenteDocument } from '../ast/nodes';
import { movedFrom } from '../syntax/shift';
import { combinedWhenChanged, declarationMemo, type DeclarationMemo, type Follow, type NodeSlots } from '../util/declaration-memo';
import { LastStates } from '../util/last-states';
import { movedPositions } from '../util/moved-positions';
import { oncePer } from '../util/once-per';

export interface DocumentChange {
  /** The tree of the last analysis: answers made from it, and only those, may be patched. */
  readonly from: EntenteDocument;
  /** Declarations the last tree did not have, in the order of the new tree. */
  readonly added: readonly Declaration[];
  /** Declarations of the last tree that are gone. */
  readonly removed: readonly Declaration[];
  /**
   * Where both lists have the same length and every kept declaration stands where it stood: the
   * places whose node is new (a keystroke: one). Undefined otherwise (lines added or removed).
   */
  readonly replacedAt: readonly number[] | undefined;
  /** The instrument headers are the same nodes. */
  readonly instrumentKept: boolean;
}

interface Analysed {
  readonly model: { readonly uri: string; readonly ast: EntenteDocument };
}

const lastTrees = new LastStates<WeakRef<EntenteDocument>>();

/** The change from the last tree of this document analysed by this model's service, once per model. */
export const documentChange: (model: Analysed['model']) => DocumentChange | undefined = oncePer((model) => {
  const from = lastTrees.get(model, model.uri)?.deref();
  lastTrees.set(model, model.uri, new WeakRef(model.ast));
  return from ? changeBetween(from, model.ast) : undefined;
});

function changeBetween(from: EntenteDocument, to: EntenteDocument): DocumentChange {
  const before = from.declarations;
  const after = to.declarations;
  const instrumentKept = from.instruments.length === to.instruments.length && from.instruments.every((h, i) => h === to.instruments[i]);
  if (before.length === after.length) {
    const replacedAt: number[] = [];
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) replacedAt.push(i);
    const added = replacedAt.map((i) => after[i]);
    const now = new Set(added);
    // A node moved to another place, not replaced: the lists are not aligned.
    if (!replacedAt.some((i) => now.has(before[i]))) return { from, added, removed: replacedAt.map((i) => before[i]), replacedAt, instrumentKept };
  }
  const had = new Set(before);
  const has = new Set(after);
  return { from, added: after.filter((d) => !had.has(d)), removed: before.filter((d) => !has.has(d)), replacedAt: undefined, instrumentKept };
}

/** The last parts made under each name, per document and service, with the tree and facts they were made from. */
const lastParts = new Map<string, LastStates<{ readonly from: EntenteDocument; readonly facts: string; readonly parts: readonly unknown[] }>>();
const partDocuments = 8;

/**
 * `part` of each declaration of the model's tree, in order: the last list of this name, patched
 * where the change replaced a declaration, when it was made from the tree the change is counted
 * from under the same facts; otherwise each part from the declaration memo (kept with the node).
 * The same part values either way (a patched place is computed through the memo too), so a caller
 * may compare parts by identity. `part` must be a function of the node and `facts` alone; the
 * list is shared: callers must not mutate it. With `follow`, a declaration an edit above it moved
 * to other lines (Enter, Backspace at a line start, a paste) takes the part of the node it was
 * copied from, through `follow` (`sameWords`, `sameWordsMoved`, or one that puts the copy in
 * place of a node the part holds); without, it is computed again.
 */
export function declarationParts<T>(name: string, model: Analysed['model'], facts: string, part: (d: Declaration) => T, follow?: Follow<T, Declaration>): readonly T[] {
  const kept = declarationMemo(name, model, facts);
  const change = documentChange(model);
  let byDocument = lastParts.get(name);
  if (!byDocument) lastParts.set(name, (byDocument = new LastStates(partDocuments)));
  const last = byDocument.get(model, model.uri);
  const declarations = model.ast.declarations;
  // Asked again of the same tree under the same facts (several rules read `wording:treaty`): the same parts.
  if (last && last.from === model.ast && last.facts === facts) return last.parts as readonly T[];
  let parts: T[];
  if (change?.replacedAt && last && last.from === change.from && last.facts === facts && last.parts.length === declarations.length) {
    // Where every replaced declaration's part is the very same value as before (a keystroke in
    // prose that holds nothing this part reads: undefined, false, the same string, an empty list
    // for another), the last list itself: no copy, and a combination over it (`combinedParts`) is
    // told unchanged by identity.
    const before = last.parts as T[];
    let patched: T[] | undefined;
    for (const i of change.replacedAt) {
      // The memo looked up for the replaced declarations alone: the tree's slot arrays
      // (`treeSlots`, three weak-map lookups per declaration) were made on every keystroke for
      // one or two places, some 5% of a steady keystroke at 10k lines.
      const d = declarations[i];
      const now = kept.get(d, part, follow, movedFrom(d) ?? d, d.range.start.line);
      if (patched === undefined) {
        if (now === before[i] || (emptyList(now) && emptyList(before[i]))) continue;
        patched = before.slice();
      }
      patched[i] = now;
    }
    parts = patched ?? before;
  } else {
    const slots = treeSlots(kept, declarations);
    parts = declarations.map((d, i) => kept.getAt(slots, i, d, part, follow));
  }
  byDocument.set(model, model.uri, { from: model.ast, facts, parts });
  return parts;
}

/**
 * The memo's slot arrays of a tree's declarations, looked up once per tree for every name asked
 * of it (util/declaration-memo.ts): a declaration an edit above it moved to other lines takes its
 * parts from the node it was copied from (syntax/shift.ts), which is known when the tree is made.
 */
function treeSlots(memo: DeclarationMemo, declarations: readonly Declaration[]): NodeSlots {
  let slots = slotsByTree.get(declarations);
  if (slots === undefined) {
    treeSlotsMade.trees++;
    slotsByTree.set(declarations, (slots = memo.slotsOf(declarations, (d) => movedFrom(d) ?? d, (d) => d.range.start.line)));
  }
  return slots;
}

/**
 * By tree. A tree is analysed by the service that parsed it, whose table its memos read; were it
 * not, another service's slot arrays serve as well (each entry is checked by uri and facts).
 */
const slotsByTree = new WeakMap<readonly Declaration[], NodeSlots>();

/** How many trees had their slot arrays made: a keystroke patches parts without (tests count work, not time). */
export const treeSlotsMade = { trees: 0 };

/** A list with nothing in it: one is as good as another as a part (parts are never mutated). */
function emptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/**
 * How a part that holds no position and no node follows its declaration onto other lines: it is
 * the same (a part read from the declaration's words — a move changes its lines only).
 */
export function sameWords<T>(value: T): T {
  return value;
}

/** How a part that holds positions (findings, ranges) and no node follows its declaration: moved as far. */
export function sameWordsMoved<T>(value: T, lineDelta: number): T {
  return movedPositions(value, lineDelta);
}

/**
 * A value combined from one part per declaration (`declarationParts`), made again only when a
 * part changed: after a keystroke the parts of every untouched declaration are the very same
 * values, so telling that nothing else changed is one identity check per declaration instead of a
 * rebuild of the whole (a set of every name declared). `combine` must be a pure function of the parts.
 */
export function combinedParts<P, T>(name: string, model: Analysed['model'], facts: string, part: (d: Declaration) => P, combine: (parts: readonly P[]) => T, follow?: Follow<P, Declaration>): T {
  return combinedWhenChanged(name, model, declarationParts(name, model, facts, part, follow), combine);
}

/**
 * Whether `holds` is true of some declaration of the model's tree: one answer per declaration
 * (`declarationParts`, so after a keystroke only the replaced declaration is asked) and one pass
 * over those booleans, without a callback per declaration. `holds` must be a function of the node
 * and `facts` alone, as for `declarationParts`, and read its words, not its lines (a copy of the
 * declaration on other lines takes its origin's answer); what else a check reads (a library
 * clause's text, the parent's clauses) it asks on its own.
 */
export function someDeclaration(name: string, model: Analysed['model'], facts: string, holds: (d: Declaration) => boolean): boolean {
  const parts = declarationParts(name, model, facts, holds, sameWords);
  for (let i = 0; i < parts.length; i++) if (parts[i]) return true;
  return false;
}
