/**
 * syntax/cst-shapes.ts keeps a text-free object of each CST shape the parser has made, so that a
 * full garbage collection does not throw away the optimised parser and builder code that saw
 * them. These tests say that each shape parsed is kept with V8's very hidden class, that what is
 * kept holds no text, and that it does not grow with parsing the same shapes again.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { CstNode, IToken } from 'chevrotain';
import fc from 'fast-check';
import { ententeFiles } from '../helpers/entente-files';
import { cstShapeWalks, keptCstShapes, maxKeptCstShapes, walkEveryConstruct } from '../../server/src/language/syntax/cst-shapes';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { parse, parser } from '../../server/src/language/syntax/parse';

// V8's own answer to "do these two objects share a hidden class": natives syntax, allowed from here
// on for code compiled after this line (the function below is).
setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;

function sampleTexts(): string[] {
  return ententeFiles(new URL('../../samples/', import.meta.url).pathname).map((path) => readFileSync(path, 'utf8'));
}

/** Every node of the top-level constructs of `text`, as the parse made them (through the sink, as `parse` does). */
function parsedNodes(text: string): CstNode[] {
  const nodes: CstNode[] = [];
  const visit = (node: CstNode) => {
    nodes.push(node);
    for (const list of Object.values(node.children) as (CstNode | IToken)[][]) for (const child of list) if ('children' in child) visit(child);
  };
  const p = parser();
  const sunk: CstNode[] = [];
  p.topLevelSink = (node) => sunk.push(node);
  try {
    p.readTable(ententeLexer.scan(text).table);
    p.document();
  } finally {
    p.topLevelSink = undefined;
  }
  for (const node of sunk) visit(node);
  return nodes;
}

function assertEveryShapeKept(text: string): void {
  const nodes = parsedNodes(text);
  const kept = keptCstShapes();
  const keptNodes = kept.filter((o) => 'children' in o);
  for (const node of nodes) {
    assert.ok(keptNodes.some((k) => haveSameMap(k, node)), `the hidden class of a ${node.name} node is kept`);
    assert.ok(
      kept.some((k) => haveSameMap(k, node.children)),
      `the hidden class of ${node.name}'s children ${Object.keys(node.children).join(',')} is kept`,
    );
  }
}

describe('kept CST shapes', () => {
  // A kind of construct that stopped bringing new shapes is only sampled (cst-shapes.ts): here every construct is walked.
  before(() => walkEveryConstruct(true));
  after(() => walkEveryConstruct(false));

  it('keeps an object of the very hidden class of every node and children object parsed', () => {
    assertEveryShapeKept(sampleTexts().join('\n'));
  });

  it('keeps the shape of a node that recovered from an error', () => {
    const text = 'protocol P { report within }\nclause B "Text."';
    const nodes = parsedNodes(text);
    assert.ok(nodes.some((n) => n.recoveredNode === true), 'the text makes a recovered node');
    assertEveryShapeKept(text);
  });

  it('keeps the shapes of broken texts too (fast-check: sample texts cut and spliced)', () => {
    const texts = sampleTexts();
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), fc.nat(), fc.nat(texts.length - 1), fc.nat(), (a, cut, from, b, length) => {
        const first = texts[a];
        const second = texts[b];
        const at = cut % (first.length + 1);
        const start = from % (second.length + 1);
        assertEveryShapeKept(first.slice(0, at) + second.slice(start, start + (length % 400)) + first.slice(at));
      }),
      { numRuns: 60 },
    );
  });

  it('holds no text: a kept node has an empty name and no children, each kept child list one empty object', () => {
    parse(sampleTexts().join('\n'));
    for (const o of keptCstShapes()) {
      if ('children' in o) {
        const node = o as CstNode;
        assert.equal(node.name, '');
        assert.deepEqual(Object.keys(node.children), []);
        assert.deepEqual(Object.keys(node.location!), ['startOffset', 'endOffset']);
        assert.ok(Number.isNaN(node.location!.startOffset));
      } else {
        for (const list of Object.values(o) as unknown[][]) {
          assert.equal(list.length, 1);
          assert.deepEqual(Object.keys(list[0] as object), []);
        }
      }
    }
  });

  it('walks one construct in 16 of a kind that stopped bringing new shapes', () => {
    walkEveryConstruct(false);
    try {
      // Settles the kind (if earlier parses have not): 32 clauses in a row without a new shape.
      parse(Array.from({ length: 100 }, (_, i) => `clause S${i} "Text."`).join('\n'));
      const before = cstShapeWalks();
      parse(Array.from({ length: 160 }, (_, i) => `clause T${i} "Text."`).join('\n'));
      assert.equal(cstShapeWalks() - before, 10);
    } finally {
      walkEveryConstruct(true);
    }
  });

  it('does not grow with parsing the same shapes again, and stays bounded', () => {
    const text = sampleTexts().join('\n');
    parse(text);
    const before = keptCstShapes().length;
    parse(text);
    parse(`${text}\nclause Z "More."`);
    assert.equal(keptCstShapes().length, before);
    assert.ok(before <= maxKeptCstShapes + 2);
  });
});
