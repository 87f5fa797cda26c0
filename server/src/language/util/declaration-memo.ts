/**
 * What a rule (or a fact the rules share) found in one top-level declaration, kept with the
 * declaration's node across analyses (issue #11). An incremental parse keeps the node objects of
 * every declaration a change did not touch, at the same positions (syntax/shift.ts: a node whose
 * lines move is copied, never moved in place), so after a keystroke a rule reads again only the
 * edited declaration and takes the others' findings as they were.
 *
 * Exactness is the caller's duty, as with the prose memo: `facts` must name everything besides
 * the node that the kept value depends on (the status the instrument declares, its defined terms,
 * its signatories…), so that a kept value is always what a fresh computation would give; and the
 * value must hold only ranges inside the node, or ranges the facts pin down. A property test holds
 * the diagnostics of an edited document equal to a fresh service's (diagnostics-reuse.test.ts).
 *
 * One entry per name and node: a value computed under new facts replaces the old one, so an entry
 * never outlives its node nor multiplies across edits. Values are shared: callers must not mutate
 * them. Keyed by any object (util imports nothing from the AST or the model folders).
 *
 * A declaration below a typed or deleted line is a copy of its node on other lines (syntax/shift.ts),
 * which would miss: half a document computed again for one Enter. A caller whose value follows a
 * move (`Follow`) names the node the copy was made from and the copy's line; the entry is then kept
 * for that origin, with the line it was computed at, and a copy on other lines takes it moved by
 * `follow` — the same value when it holds no position (most answers are about words).
 */

import { keepShape } from './kept-shapes';
import { LastStates } from './last-states';
import { NodeTable } from './node-tables';
import { sameElements } from './same-values';

/**
 * What is kept for a node under one name, as four consecutive slots of the node's array (one
 * object less per name and node: a cold analysis keeps some twenty per declaration, and every one
 * survives into the old generation): the uri, the facts, the value, and the first line of the node
 * the value was computed for when it is kept for the node's origin (`notFollowed` otherwise).
 */
const stride = 4;
const notFollowed = -1;
type Slots = unknown[];

/**
 * The value of a declaration copied `lineDelta` lines further on (negative: back) from the value
 * of the declaration it was copied from, given the copy: the same value when it holds no position
 * and no node; positions moved (util/moved-positions.ts); a node of the copy for one of the origin.
 */
export type Follow<T, N = never> = (value: T, lineDelta: number, node: N) => T;

/**
 * By node, then name: one weak map for every name, holding per node an array with a slot per name
 * (`nameIds`). A cold analysis asks some twenty names of every declaration: one entry per node
 * instead of one per name and node is fewer insertions into weak maps, and far fewer ephemerons
 * for the collector to trace. One map per service (node-tables.ts): another service's dropped
 * trees leave no deleted slots for a keystroke's first insertion to rehash.
 */
const keptByNode = new NodeTable<object, Slots>();
type Table = WeakMap<object, Slots>;
const nameIds = new Map<string, number>();

/**
 * The last facts seen under each name: equal facts of the next analysis are replaced by the same
 * string object, so a node's entry is matched by identity, not by comparing a list of every
 * defined term once per declaration.
 */
const lastFacts = new Map<string, string>();

/** How many answers followed a copy of their declaration onto other lines: the reuse tests check the path is taken. */
export const followCounts = { followed: 0 };

export class DeclarationMemo {
  constructor(
    private readonly table: Table,
    private readonly slot: number,
    private readonly uri: string,
    private readonly facts: string,
  ) {}

  /** `nodeSlots` of `nodes` in this memo's table. */
  slotsOf<N extends object>(nodes: readonly N[], origin: (node: N) => object, line: (node: N) => number): NodeSlots {
    return nodeSlots(this.table, nodes, origin, line);
  }

  /**
   * `get` for the declarations of one tree, whose slot arrays the caller looked up once for
   * every name (`NodeSlots`, made by `nodeSlots`): the same value `get(node, compute, follow,
   * origin, line)` gives for the node at `index`, without the two weak-map lookups per name and
   * declaration (a cold analysis asks some thirty names of every declaration: at 10k lines that
   * was 60,000 lookups in tables that hold every node the collector has not yet cleared).
   */
  getAt<T, N extends object>(slots: NodeSlots, index: number, node: N, compute: (node: N) => T, follow?: Follow<T, N>): T {
    const at = this.slot * stride;
    if (follow === undefined) {
      const own = slots.own[index];
      if (own[at] === this.uri && own[at + 1] === this.facts && own[at + 3] === notFollowed) return own[at + 2] as T;
      const value = compute(node);
      this.fill(own, value, notFollowed);
      return value;
    }
    const origin = slots.origin[index];
    const line = slots.lines[index];
    const keptLine = origin[at + 3] as number | undefined;
    if (origin[at] === this.uri && origin[at + 1] === this.facts && keptLine !== undefined && keptLine > 0 && line > 0) {
      followCounts.followed++;
      return follow(origin[at + 2] as T, line - keptLine, node);
    }
    const value = compute(node);
    this.fill(origin, value, line);
    return value;
  }

  /**
   * The value kept for `node` under this name, uri and facts, or `compute`'s (then kept). With
   * `follow`, `origin` (the node `node` was copied from onto other lines, or `node` itself) and
   * `line` (`node`'s first line), the value is kept for the origin and follows its copies.
   * `compute` is given `node` (so a caller need not make a closure per node).
   */
  get<T, N extends object>(node: N, compute: (node: N) => T, follow?: Follow<T, N>, origin?: object, line?: number): T {
    const at = this.slot * stride;
    if (follow === undefined || origin === undefined || line === undefined) {
      const slots = this.table.get(node);
      if (slots !== undefined && slots[at] === this.uri && slots[at + 1] === this.facts && slots[at + 3] === notFollowed) return slots[at + 2] as T;
      const value = compute(node);
      this.keep(slots, node, value, notFollowed);
      return value;
    }
    const slots = this.table.get(origin);
    const keptLine = slots?.[at + 3] as number | undefined;
    // On the first line either side, a move is not followed: a position at the very start of the
    // text is the parser's stand-in for a node recovery left without tokens, which no move moves.
    if (slots !== undefined && slots[at] === this.uri && slots[at + 1] === this.facts && keptLine !== undefined && keptLine > 0 && line > 0) {
      followCounts.followed++;
      // Followed even where the line is the same: the value may hold the node it was computed for,
      // another copy (a line typed above, then deleted, leaves a copy on the origin's lines).
      return follow(slots[at + 2] as T, line - keptLine, node);
    }
    const value = compute(node);
    this.keep(slots, origin, value, line);
    return value;
  }

  private keep(slots: Slots | undefined, key: object, value: unknown, line: number): void {
    this.fill(slots ?? slotsOf(this.table, key), value, line);
  }

  private fill(slots: Slots, value: unknown, line: number): void {
    const at = this.slot * stride;
    slots[at] = this.uri;
    slots[at + 1] = this.facts;
    slots[at + 2] = value;
    slots[at + 3] = line;
  }
}

// Memos are made per analysis and dropped with it: at a full collection between two keystrokes
// no memo was alive, the class's shape went, and `--trace-deopt` showed the optimised `fill`
// and `declarationParts` thrown away ("weak objects") and run unoptimised on the next keystroke
// (util/kept-shapes.ts). One memo of no document keeps the shape.
keepShape(new DeclarationMemo(new WeakMap(), 0, '', ''));

/** A node's slot array, made (empty) when first asked. */
function slotsOf(table: Table, key: object): Slots {
  let slots = table.get(key);
  // Sized for every name known so far: a node's array otherwise grew (and was copied) several
  // times as the names of one analysis were asked of it in turn, and what survives of a cold
  // analysis is what the collector copies.
  if (slots === undefined) table.set(key, (slots = new Array<unknown>(Math.max(1, nameIds.size) * stride)));
  return slots;
}

/**
 * The slot arrays of a list of nodes (one tree's declarations), looked up once for every name
 * asked of them: each node's own, and its origin's with the node's first line (the `origin` and
 * `line` of `get`). A slot array is only ever filled in place, so the arrays stay the nodes'.
 */
export interface NodeSlots {
  readonly own: readonly Slots[];
  readonly origin: readonly Slots[];
  readonly lines: readonly number[];
}

/** `NodeSlots` of `nodes` in `table`, whose origins (`origin(node)`: the node itself when not a copy) and first lines are given. */
function nodeSlots<N extends object>(table: Table, nodes: readonly N[], origin: (node: N) => object, line: (node: N) => number): NodeSlots {
  const own: Slots[] = [];
  const origins: Slots[] = [];
  const lines: number[] = [];
  for (const node of nodes) {
    const mine = slotsOf(table, node);
    const from = origin(node);
    own.push(mine);
    origins.push(from === node ? mine : slotsOf(table, from));
    lines.push(line(node));
  }
  return { own, origin: origins, lines };
}

/**
 * A memo for one analysis of `model` (its uri, and the service that built it: node-tables.ts):
 * `name` says what is kept (a rule code, a shared fact), `facts` what else it depends on. Ask
 * once per analysis, then `get` per declaration.
 */
export function declarationMemo(name: string, model: { readonly uri: string }, facts: string): DeclarationMemo {
  let slot = nameIds.get(name);
  if (slot === undefined) nameIds.set(name, (slot = nameIds.size));
  const table = keptByNode.of(model);
  const last = lastFacts.get(name);
  if (last === facts) return new DeclarationMemo(table, slot, model.uri, last);
  lastFacts.set(name, facts);
  return new DeclarationMemo(table, slot, model.uri, facts);
}

/** The last combination made under each name, per document and service: a few documents open at once, not every file ever analysed. */
const lastCombined = new Map<string, LastStates<{ readonly parts: readonly unknown[]; readonly value: unknown }>>();
const combinedDocuments = 8;

/**
 * `combine(parts)`, or the value combined last under this name for this document and service when
 * every part is the very same (`===`) as then: after a keystroke the parts of every untouched
 * declaration are the very same values, so telling that nothing else changed is one identity
 * check per declaration instead of a rebuild of the whole. A part that is a string is compared by
 * value, so an edited declaration whose part reads the same leaves the combination as it was.
 * `combine` must be a pure function of the parts. Parts come from model/document-change.ts.
 */
export function combinedWhenChanged<P, T>(name: string, model: { readonly uri: string }, parts: readonly P[], combine: (parts: readonly P[]) => T): T {
  let byDocument = lastCombined.get(name);
  if (!byDocument) lastCombined.set(name, (byDocument = new LastStates(combinedDocuments)));
  const last = byDocument.get(model, model.uri);
  if (last && sameElements(last.parts, parts)) return last.value as T;
  const value = combine(parts);
  byDocument.set(model, model.uri, { parts, value });
  return value;
}
