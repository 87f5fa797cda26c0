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

import { LastStates } from './last-states';
import { sameElements } from './same-values';

interface Kept {
  readonly uri: string;
  readonly facts: string;
  readonly value: unknown;
  /** The first line of the node the value was computed for, when it is kept for the node's origin. */
  readonly line?: number;
}

/**
 * The value of a declaration copied `lineDelta` lines further on (negative: back) from the value
 * of the declaration it was copied from, given the copy: the same value when it holds no position
 * and no node; positions moved (util/moved-positions.ts); a node of the copy for one of the origin.
 */
export type Follow<T, N = never> = (value: T, lineDelta: number, node: N) => T;

/** By name, then node: one weak map per name, so that a lookup is one hash of the node. */
const keptByName = new Map<string, WeakMap<object, Kept>>();

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
    private readonly kept: WeakMap<object, Kept>,
    private readonly uri: string,
    private readonly facts: string,
  ) {}

  /**
   * The value kept for `node` under this name, uri and facts, or `compute`'s (then kept). With
   * `follow`, `origin` (the node `node` was copied from onto other lines, or `node` itself) and
   * `line` (`node`'s first line), the value is kept for the origin and follows its copies.
   */
  get<T, N extends object>(node: N, compute: () => T, follow?: Follow<T, N>, origin?: object, line?: number): T {
    if (follow === undefined || origin === undefined || line === undefined) {
      const kept = this.kept.get(node);
      if (kept !== undefined && kept.facts === this.facts && kept.uri === this.uri && kept.line === undefined) return kept.value as T;
      const value = compute();
      this.kept.set(node, { uri: this.uri, facts: this.facts, value });
      return value;
    }
    const kept = this.kept.get(origin);
    // On the first line either side, a move is not followed: a position at the very start of the
    // text is the parser's stand-in for a node recovery left without tokens, which no move moves.
    if (kept !== undefined && kept.facts === this.facts && kept.uri === this.uri && kept.line !== undefined && kept.line > 0 && line > 0) {
      followCounts.followed++;
      // Followed even where the line is the same: the value may hold the node it was computed for,
      // another copy (a line typed above, then deleted, leaves a copy on the origin's lines).
      return follow(kept.value as T, line - kept.line, node);
    }
    const value = compute();
    this.kept.set(origin, { uri: this.uri, facts: this.facts, value, line });
    return value;
  }
}

/**
 * A memo for one analysis: `name` says what is kept (a rule code, a shared fact), `facts` what
 * else it depends on. Ask once per analysis, then `get` per declaration.
 */
export function declarationMemo(name: string, uri: string, facts: string): DeclarationMemo {
  let kept = keptByName.get(name);
  if (!kept) keptByName.set(name, (kept = new WeakMap()));
  const last = lastFacts.get(name);
  if (last === facts) return new DeclarationMemo(kept, uri, last);
  lastFacts.set(name, facts);
  return new DeclarationMemo(kept, uri, facts);
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
