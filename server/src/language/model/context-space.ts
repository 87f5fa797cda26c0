/**
 * Memo spaces for analyses of an instrument's prose that depend on its reference context (the
 * nouns by which it names itself, its signatories): a short name per context's contents, made
 * once per context object (prose-voice.ts, wording.ts).
 */
import type { ReferenceContext } from './instrument-references';

/**
 * Every wording rule asks about the same spans, and a keystroke leaves most spans as they were:
 * the analyses are remembered in the service's prose memo (util/prose-memo.ts), keyed by the
 * context's contents, then by the text. The contents (every signatory) are joined once per list
 * of names and interned as a short id, so a memo key is short to build and to hash.
 */
const contextIds = new WeakMap<readonly string[], WeakMap<readonly string[], string>>();
const interned = new Map<string, string>();
let nextContextId = 0;

/**
 * A short key naming a context's contents: equal contents, equal key; different contents never
 * share one (ids only grow, so forgetting the table when it is large only costs misses).
 */
export function contextKey(context: ReferenceContext): string {
  let bySelf = contextIds.get(context.signatories);
  if (!bySelf) contextIds.set(context.signatories, (bySelf = new WeakMap()));
  let id = bySelf.get(context.selfNouns);
  if (id === undefined) {
    const contents = `${context.selfNouns.join('\u0002')}\u0001${context.signatories.join('\u0002')}`;
    if (interned.size >= 4096) interned.clear();
    id = interned.get(contents);
    if (id === undefined) interned.set(contents, (id = `c${nextContextId++}`));
    bySelf.set(context.selfNouns, id);
  }
  return context.title ? `T${id}` : `P${id}`;
}

/**
 * The memo space of an analysis (`kind`) of a context's prose, made once per context object:
 * every span of a model shares one context, and building and hashing a fresh space string for
 * each of the thousands of spans an analysis looks up cost more than the lookups themselves.
 * Keyed by the object, the space names the contents (contextKey), so an equal context made
 * later finds the same entries.
 */
const spaces = new WeakMap<ReferenceContext, Map<string, string>>();

export function contextSpace(kind: string, context: ReferenceContext): string {
  let byKind = spaces.get(context);
  if (!byKind) spaces.set(context, (byKind = new Map()));
  let space = byKind.get(kind);
  if (space === undefined) byKind.set(kind, (space = `${kind}\u0004${contextKey(context)}`));
  return space;
}
