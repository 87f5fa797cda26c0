/**
 * Text-free objects of each CST shape the parser has made, kept for as long as the program runs
 * (util/kept-shapes.ts says why for the parse's other short-lived objects).
 *
 * Why: each rule's node keeps its children in an object whose properties are added one by one
 * as the rule consumes its tokens and subrules (parser.ts, `openNode`), so a rule gets one V8
 * hidden class per order of its children's names (about a hundred in the bench's instrument).
 * The CST of a parse dies as soon as its constructs are built, and at the next full garbage
 * collection those hidden classes died with it: V8 then threw away every optimised function
 * that had seen them — Chevrotain's CONSUME and ALT closures, the tree builder, the AST
 * builders — ("weak objects" in `--trace-deopt`: 652 in 20 rounds of the bench's figures at
 * 10,000 lines, 48 with the shapes kept, none of them the parser's), and the next parse ran them
 * unoptimised. An object of each shape kept alive keeps its hidden class, and the optimised code
 * with it. Keeping the trees themselves would have kept their text.
 *
 * What is kept is made here, not taken from the parse: a node with an empty name, and children
 * objects with the children's names in the order the parse added them, each child list holding
 * one empty object. No text of any document is held.
 */
import type { CstNode, IToken } from 'chevrotain';

/** At most this many children shapes are kept (the grammar's 86 rules use about 110 in practice): an unusual parse cannot grow the list without end. */
export const maxKeptCstShapes = 2048;

/** The children's names of each shape kept, by rule name. */
const namesByRule = new Map<string, (readonly string[])[]>();
/** What is kept: a node of each kind (plain, and recovered), and a children object of each shape. */
const kept: object[] = [];
let childrenShapes = 0;

/** What every child list of a kept object holds: an object, as the parse's lists hold (tokens or nodes), so a kept list has the parse's array kind. */
const listItem = {} as IToken;

/**
 * Per kind of top-level construct (`clause`, `channel`…, or `junk`): how many were seen, and how
 * many walked in a row since one brought a shape not kept before.
 */
const kinds = new Map<string, { seen: number; sinceNew: number }>();
/** Constructs of a kind walked in a row without a new shape, after which the kind is only sampled. */
const settledAfter = 32;
/** Once a kind is settled, one of its constructs in this many is walked (a shape first met later is still kept, a little later). */
const sampleEvery = 16;
/** Set by the tests that check every shape parsed is kept: every construct walked. */
let walkEvery = false;
/** How many constructs were walked, for the test of the sampling. */
let walks = 0;

/**
 * Keeps a text-free object of each shape in `node`'s tree not kept yet. Called on each top-level
 * construct as it is parsed (parser.ts, `cstPostNonTerminal`). The walk reads every node's
 * children's names (a few milliseconds per 10,000 lines, a few per cent of a parse), so a kind
 * of construct is walked until it stops bringing new shapes, then one construct in
 * `sampleEvery`: at 10,000 lines that is a twentieth of the walk.
 */
export function keepCstShapes(node: CstNode, childrenPrototype: object): void {
  if (childrenShapes >= maxKeptCstShapes) return;
  const kind = kindOf(node);
  let count = kinds.get(kind);
  if (count === undefined) kinds.set(kind, (count = { seen: 0, sinceNew: 0 }));
  const walk = walkEvery || count.sinceNew < settledAfter || count.seen % sampleEvery === 0;
  count.seen++;
  if (!walk) return;
  walks++;
  const before = childrenShapes;
  keepTree(node, childrenPrototype);
  count.sinceNew = childrenShapes > before ? 0 : count.sinceNew + 1;
}

/** The rule of a `topLevel` node's one child (what construct it is), or the node's own (`junk`). */
function kindOf(node: CstNode): string {
  if (node.name === 'topLevel') for (const name in node.children) return name;
  return node.name;
}

function keepTree(node: CstNode, childrenPrototype: object): void {
  const children = node.children;
  const names = Object.keys(children);
  if (!isKept(node.name, names)) keepChildren(node.name, names, childrenPrototype);
  if (node.recoveredNode === true && recoveredKept === undefined) keepNode(true, childrenPrototype);
  for (let i = 0; i < names.length; i++) {
    const list = children[names[i]] as (CstNode | IToken)[];
    for (let j = 0; j < list.length; j++) {
      const child = list[j];
      if ('children' in child) keepTree(child, childrenPrototype);
    }
  }
}

/** How many top-level constructs were walked so far (for the test of the sampling). */
export function cstShapeWalks(): number {
  return walks;
}

/** For the tests that check that every shape parsed is kept: walk every construct while `on`. */
export function walkEveryConstruct(on: boolean): void {
  walkEvery = on;
}

function isKept(rule: string, names: readonly string[]): boolean {
  const shapes = namesByRule.get(rule);
  if (shapes === undefined) return false;
  for (let s = 0; s < shapes.length; s++) if (sameNames(shapes[s], names)) return true;
  return false;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A children object with `names` added in order, as the parse added them (each property a new hidden class, from the prototype's). */
function keepChildren(rule: string, names: readonly string[], childrenPrototype: object): void {
  if (childrenShapes >= maxKeptCstShapes) return;
  childrenShapes++;
  let shapes = namesByRule.get(rule);
  if (shapes === undefined) namesByRule.set(rule, (shapes = []));
  shapes.push(names);
  const children = Object.create(childrenPrototype) as Record<string, IToken[]>;
  for (const name of names) children[name] = [listItem];
  kept.push(children);
}

let recoveredKept: object | undefined;

/**
 * A node as `openNode` and Chevrotain make it: `name` and `children`, then the location of offsets
 * Chevrotain adds (`setInitialNodeLocation`, with recovery on), then, for a rule that recovered
 * from an error, `recoveredNode`. The literal's own shape is kept by its code; each added field is
 * a new hidden class.
 */
function keepNode(recovered: boolean, childrenPrototype: object): void {
  const node: { -readonly [K in keyof CstNode]: CstNode[K] } = { name: '', children: Object.create(childrenPrototype) as CstNode['children'] };
  node.location = { startOffset: NaN, endOffset: NaN };
  if (recovered) {
    node.recoveredNode = true;
    recoveredKept = node;
  }
  kept.push(node);
}

/** Keeps the plain node's shape once, when the parser is made (every node has it). */
export function keepCstNodeShape(childrenPrototype: object): void {
  keepNode(false, childrenPrototype);
}

/** What is kept, for the tests that hold it to no document and a bounded size (test/syntax/cst-shapes.test.ts). */
export function keptCstShapes(): readonly object[] {
  return kept;
}
