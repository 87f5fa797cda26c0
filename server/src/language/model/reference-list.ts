/**
 * The document's list of references, put together from the header's and each declaration's
 * linking (linker.ts), and patched after a keystroke instead of put together again (issue #11).
 *
 * The list has always been in one order — the header's slot references, every declaration's slot
 * references, every declaration's term uses, the header's `§Name`s, every declaration's `§Name`s —
 * and rules and navigation read it so. At 10,000 lines that is some 7,000 references copied one by
 * one per keystroke, when a keystroke relinks one declaration, and the references it holds are
 * usually as many as before: then the last list is copied whole and the new ones written over the
 * old where they stood.
 *
 * The name index says which declarations write a name (in a slot, as a term used, after `§`): after
 * a keystroke only they can hold a reference that now resolves differently (link-reuse.ts), so only
 * they are asked instead of every declaration.
 */
import type { Contact, GovernanceBody, SecurityAgreement } from '../ast/nodes';
import type { Reference } from './symbols';

/** One declaration's (or the header's) linking, as far as the list and the index read it. */
export interface LinkedParts {
  readonly slots: readonly Reference[];
  readonly termUses: readonly Reference[];
  readonly citations: readonly Reference[];
  /** Every name written after `§`, resolved or not. */
  readonly cited: ReadonlyMap<string, unknown>;
}

const noParts: LinkedParts = { slots: [], termUses: [], citations: [], cited: new Map() };

/** How many references at the start of each list made here are slot references (the header's, then every declaration's). */
const slotCounts = new WeakMap<readonly Reference[], number>();

/**
 * How many references at the start of `refs` are slot references: a rule that looks only for
 * what slots name (unused-declaration) reads those, not the thousands of term uses and `§Name`s
 * after them. A list not made here counts as slots throughout (read whole, as before).
 */
export function slotReferenceCount(refs: readonly Reference[]): number {
  return slotCounts.get(refs) ?? refs.length;
}

/** The list and where each declaration's parts start in it. */
export interface ReferenceList {
  readonly refs: readonly Reference[];
  /** Per declaration, three starts: of its slot references, its term uses, its citations. */
  readonly starts: Int32Array;
  /** Where the header's citations start. */
  readonly headerCitations: number;
}

export function referenceList(header: LinkedParts | undefined, linked: readonly LinkedParts[]): ReferenceList {
  const h = header ?? noParts;
  const refs: Reference[] = [];
  const starts = new Int32Array(linked.length * 3);
  for (const ref of h.slots) refs.push(ref);
  for (let i = 0; i < linked.length; i++) {
    starts[3 * i] = refs.length;
    for (const ref of linked[i].slots) refs.push(ref);
  }
  const slotsEnd = refs.length;
  for (let i = 0; i < linked.length; i++) {
    starts[3 * i + 1] = refs.length;
    for (const ref of linked[i].termUses) refs.push(ref);
  }
  const headerCitations = refs.length;
  for (const ref of h.citations) refs.push(ref);
  for (let i = 0; i < linked.length; i++) {
    starts[3 * i + 2] = refs.length;
    for (const ref of linked[i].citations) refs.push(ref);
  }
  slotCounts.set(refs, slotsEnd);
  const unresolved: number[] = [];
  for (let i = 0; i < slotsEnd; i++) if (refs[i].target === undefined) unresolved.push(i);
  unresolvedSlots.set(refs, unresolved);
  return { refs, starts, headerCitations };
}

/** Per list made here: the places of its slot references that resolve to nothing, in order. */
const unresolvedSlots = new WeakMap<readonly Reference[], readonly number[]>();

/**
 * The slot references of `refs` that resolve to nothing, in the list's order: what
 * unknown-reference reports from (term uses and `§` citations always resolve). Kept with each
 * list made here and patched with it, so a keystroke does not walk the 7,000 references of a
 * 10,000-line instrument to find the few that are unknown; a list not made here is walked.
 */
export function unresolvedSlotReferences(refs: readonly Reference[]): readonly Reference[] {
  const places = unresolvedSlots.get(refs);
  if (places === undefined) {
    const found: Reference[] = [];
    const slots = slotReferenceCount(refs);
    for (let i = 0; i < slots; i++) if (refs[i].target === undefined) found.push(refs[i]);
    return found;
  }
  const found: Reference[] = [];
  for (let i = 0; i < places.length; i++) found.push(refs[places[i]]);
  return found;
}

const sameCounts = (a: LinkedParts, b: LinkedParts) => a.slots.length === b.slots.length && a.termUses.length === b.termUses.length && a.citations.length === b.citations.length;

/**
 * The list for `linked`, which differs from `last.linked` at `changed` only (and in the header
 * when `header` is not the last one): a copy of the last list with those parts written over, when
 * each holds as many references of each sort as before; otherwise put together anew.
 */
export function patchedReferenceList(
  last: { readonly list: ReferenceList; readonly header: LinkedParts | undefined; readonly linked: readonly LinkedParts[] },
  header: LinkedParts | undefined,
  linked: readonly LinkedParts[],
  changed: Iterable<number>,
): ReferenceList {
  const headerChanged = header !== last.header;
  if (headerChanged && !sameCounts(header ?? noParts, last.header ?? noParts)) return referenceList(header, linked);
  for (const i of changed) if (!sameCounts(linked[i], last.linked[i])) return referenceList(header, linked);
  const refs = last.list.refs.slice();
  const { starts, headerCitations } = last.list;
  const write = (from: readonly Reference[], at: number) => {
    for (let k = 0; k < from.length; k++) refs[at + k] = from[k];
  };
  if (headerChanged && header) {
    write(header.slots, 0);
    write(header.citations, headerCitations);
  }
  for (const i of changed) {
    write(linked[i].slots, starts[3 * i]);
    write(linked[i].termUses, starts[3 * i + 1]);
    write(linked[i].citations, starts[3 * i + 2]);
  }
  slotCounts.set(refs, slotReferenceCount(last.list.refs));
  // The unresolved slot references: the last list's, less those written over, plus those written.
  const rewritten = new Set<number>();
  const unresolved: number[] = [];
  const note = (from: readonly Reference[], at: number) => {
    for (let k = 0; k < from.length; k++) {
      rewritten.add(at + k);
      if (from[k].target === undefined) unresolved.push(at + k);
    }
  };
  if (headerChanged && header) note(header.slots, 0);
  for (const i of changed) note(linked[i].slots, starts[3 * i]);
  const lastUnresolved = unresolvedSlots.get(last.list.refs);
  if (lastUnresolved === undefined) {
    for (let i = 0; i < refs.length && i < slotReferenceCount(refs); i++) if (!rewritten.has(i) && refs[i].target === undefined) unresolved.push(i);
  } else {
    for (const place of lastUnresolved) if (!rewritten.has(place)) unresolved.push(place);
  }
  unresolvedSlots.set(refs, unresolved.sort((a, b) => a - b));
  const lastUses = slotUses.get(last.list.refs);
  if (lastUses !== undefined) {
    const uses = new Map(lastUses);
    const recount = (from: readonly Reference[], at: number) => {
      for (let k = 0; k < from.length; k++) {
        count(uses, last.list.refs[at + k], -1);
        count(uses, from[k], 1);
      }
    };
    if (headerChanged && header) recount(header.slots, 0);
    for (const i of changed) recount(linked[i].slots, starts[3 * i]);
    slotUses.set(refs, uses);
  }
  return { refs, starts, headerCitations };
}

/** A declaration that only a slot reference can put to use: what unused-declaration looks for. */
export type UsedBySlot = SecurityAgreement | GovernanceBody | Contact;

/** Per list: how many of its slot references (not citations) resolve to each security agreement, body or contact. */
const slotUses = new WeakMap<readonly Reference[], Map<UsedBySlot, number>>();

function count(uses: Map<UsedBySlot, number>, ref: Reference, by: 1 | -1): void {
  if (ref.cited) return;
  const node = ref.target?.node;
  if (node === undefined || (node.type !== 'SecurityAgreement' && node.type !== 'Contact' && node.type !== 'GovernanceBody')) return;
  const n = (uses.get(node) ?? 0) + by;
  if (n === 0) uses.delete(node);
  else uses.set(node, n);
}

/**
 * The security agreements, bodies and contacts some slot reference of `refs` resolves to (a
 * citation `§GSA` does not put an agreement to use). Counted over the slot references once per
 * list made anew, and after a keystroke patched with the list: the references written over are
 * uncounted and the ones written counted, so a keystroke does not walk the 4,000 slot references
 * of a 10,000-line instrument (issue #11). The same set as a walk over the list, always.
 */
export function usedBySlots(refs: readonly Reference[]): ReadonlyMap<UsedBySlot, number> {
  let uses = slotUses.get(refs);
  if (uses === undefined) {
    uses = new Map();
    const slots = slotReferenceCount(refs);
    for (let i = 0; i < slots; i++) count(uses, refs[i], 1);
    slotUses.set(refs, uses);
  }
  return uses;
}

/** Which declarations (by place) write each name, in any slot, as a term used or after `§`. */
export type NameIndex = Map<string, number[]>;

function namesOf(parts: LinkedParts): Set<string> {
  const names = new Set<string>(parts.cited.keys());
  for (const ref of parts.slots) names.add(ref.name);
  for (const ref of parts.termUses) names.add(ref.name);
  return names;
}

/**
 * The index of every declaration's names, places in ascending order. Read declaration by
 * declaration, a name already at this place is the last place of its list, so no set of names is
 * made per declaration (that was most of its cost, and it is made on every full linking).
 */
export function nameIndex(linked: readonly LinkedParts[]): NameIndex {
  const index: NameIndex = new Map();
  const add = (name: string, place: number) => {
    const places = index.get(name);
    if (!places) index.set(name, [place]);
    else if (places[places.length - 1] !== place) places.push(place);
  };
  for (let i = 0; i < linked.length; i++) {
    const parts = linked[i];
    for (const name of parts.cited.keys()) add(name, i);
    for (const ref of parts.slots) add(ref.name, i);
    for (const ref of parts.termUses) add(ref.name, i);
  }
  return index;
}

/** Brings the index up to date where the declaration at `place` was replaced: `before`'s names out, `after`'s in. */
export function reindex(index: NameIndex, place: number, before: LinkedParts, after: LinkedParts): void {
  const had = namesOf(before);
  const has = namesOf(after);
  for (const name of had) {
    if (has.has(name)) continue;
    const places = index.get(name);
    const at = places ? places.indexOf(place) : -1;
    if (at >= 0) places!.splice(at, 1);
  }
  for (const name of has) {
    if (had.has(name)) continue;
    const places = index.get(name);
    if (!places) index.set(name, [place]);
    else if (!places.includes(place)) places.push(place);
  }
}
