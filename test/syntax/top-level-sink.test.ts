/**
 * The parser hands each child of `document` to `topLevelSink` as soon as its rule returns
 * (parser.ts), so the AST is built construct by construct while each CST is young. It rests on
 * a method of Chevrotain's tree builder: these tests say so if an upgrade stops calling it.
 */
import assert from 'node:assert/strict';
import type { CstNode } from 'chevrotain';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { parser } from '../../server/src/language/syntax/parse';

// A channel left open before a clause: its node comes out of recovery, and still reaches the sink.
const text = `memorandum "MoU" {
  status non-binding
}
participant EE "Estonia" { kind state jurisdiction EE }
stray words here
channel Intel between EE, FI {
  carries indicators
clause Costs "Each Participant will bear its own costs."
`;

function sunk(source: string): { nodes: CstNode[]; document: CstNode } {
  const nodes: CstNode[] = [];
  const p = parser();
  p.topLevelSink = (node) => nodes.push(node);
  try {
    p.input = ententeLexer.tokenize(source).tokens;
    return { nodes, document: p.document() as CstNode };
  } finally {
    p.topLevelSink = undefined;
  }
}

describe('top-level sink', () => {
  it('receives every child of document in source order, and the document keeps none', () => {
    const { nodes, document } = sunk(text);
    assert.deepEqual(
      nodes.map((n) => `${n.name}:${Object.keys(n.children).join(',')}`),
      ['topLevel:instrument', 'topLevel:party', 'junk:tokens', 'topLevel:channel', 'topLevel:clause'],
    );
    assert.deepEqual(Object.keys(document.children), []);
  });

  it('leaves the CST whole when no sink is set (completion and parseRule read it)', () => {
    const p = parser();
    p.input = ententeLexer.tokenize(text).tokens;
    const document = p.document() as CstNode;
    assert.equal((document.children.topLevel as CstNode[]).length, 4);
    assert.equal((document.children.junk as CstNode[]).length, 1);
  });
});
