/**
 * The parse reads its tokens from the scanner's packed table (syntax/token-table.ts), making a
 * token object only when the parser looks at one (parser.ts, `LA_FAST`): it must parse exactly
 * as from the array of token objects — the same CST, the same errors, recovery included — and a
 * segment's tokens, made when first read, must be the tokens the lexer gives.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CstElement, CstNode, IRecognitionException, IToken } from 'chevrotain';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { parse, parser, segmentsOfParse } from '../../server/src/language/syntax/parse';
import { tokensOf } from '../../server/src/language/syntax/token-table';
import { ententeFiles } from '../helpers/entente-files';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ['samples', 'test/real-instruments', 'test/syntax'].flatMap((dir) => ententeFiles(join(root, dir))).map((path) => readFileSync(path, 'utf8'));

/** Texts whose parse recovers from errors: each corpus text cut in its middle, and a few made to fail. */
const broken = [
  ...corpus.slice(0, 40).map((text) => text.slice(0, Math.floor(text.length / 2))),
  'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "Estonia" { kind state jurisdiction EE }\nstray words here\nchannel Intel between EE, FI {\n  carries indicators\nclause Costs "Each Participant will bear its own costs."\n',
  'amendment by mutual consent of the Parties',
  'channel { } } } party',
];

const token = (t: IToken) => [t.image, t.startOffset, t.endOffset, t.tokenTypeIdx, t.tokenType.name, t.isInsertedInRecovery === true];

function described(element: CstElement): unknown {
  if ('image' in element) return token(element);
  const node = element as CstNode;
  return { name: node.name, location: node.location, recovered: node.recoveredNode === true, children: Object.entries(node.children).map(([key, list]) => [key, list.map(described)]) };
}

function parsed(run: () => void): unknown {
  const p = parser();
  const nodes: CstNode[] = [];
  p.topLevelSink = (node) => nodes.push(node);
  try {
    run();
    const document = p.document() as CstNode;
    const errors = p.errors.map((e: IRecognitionException) => [e.name, e.message, token(e.token), e.context.ruleStack]);
    return { nodes: nodes.map(described), document: described(document), errors };
  } finally {
    p.topLevelSink = undefined;
  }
}

describe('token table', () => {
  it('gives the lexer tokens, made when read', () => {
    for (const text of corpus.slice(0, 20)) assert.deepEqual(tokensOf(ententeLexer.scan(text).table), ententeLexer.tokenize(text).tokens);
  });

  it('parses as the array of tokens does, recovery included', () => {
    for (const text of [...corpus, ...broken]) {
      const fromTable = parsed(() => parser().readTable(ententeLexer.scan(text).table));
      const fromArray = parsed(() => (parser().input = ententeLexer.tokenize(text).tokens));
      assert.deepEqual(fromTable, fromArray, JSON.stringify(text.slice(0, 120)));
    }
  });

  it('an array input after a table parses the array (setting input forgets the table)', () => {
    const text = broken[broken.length - 3];
    const before = parsed(() => (parser().input = ententeLexer.tokenize(text).tokens));
    parsed(() => parser().readTable(ententeLexer.scan(corpus[0]).table));
    assert.deepEqual(parsed(() => (parser().input = ententeLexer.tokenize(text).tokens)), before);
  });

  it("gives each segment of a parse the lexer's tokens", () => {
    for (const text of [...corpus.slice(0, 20), ...broken]) {
      const segments = segmentsOfParse(parse(text))!;
      assert.deepEqual(
        segments.flatMap((segment) => [...segment.tokens]),
        ententeLexer.tokenize(text).tokens,
      );
    }
  });
});
