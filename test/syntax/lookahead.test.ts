/**
 * The parser's lookahead (syntax/lookahead.ts) narrows each choice that needs two tokens to the
 * alternatives that can start with the next one, then decides as Chevrotain does: a parser with
 * it must give the very tree and errors of a parser with Chevrotain's own LL(k) strategy — on
 * every sample and real instrument, and on them broken by random edits, which is where error
 * recovery asks the lookahead in unusual places (re-sync, repetition recovery, stray text).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { EntenteParser } from '../../server/src/language/syntax/parser';
import { LLkLookaheadStrategy, type CstNode, type IToken } from 'chevrotain';

let ours: EntenteParser;
let chevrotains: EntenteParser;
// Read by URL: a test that names `__dirname` is run as CommonJS, where chevrotain cannot be loaded.
const root = new URL('../../', import.meta.url);

/** The whole CST (names, offsets, labels, token images) and the errors, as one string. */
function parsed(parser: EntenteParser, text: string): string {
  parser.input = ententeLexer.tokenize(text).tokens;
  const cst = parser.document() as CstNode;
  const errors = parser.errors.map((e) => `${e.name} ${e.token.startOffset} ${e.message} ${e.context.ruleStack.join('>')}`);
  return JSON.stringify({ cst: shape(cst), errors });
}

function shape(node: CstNode | IToken): unknown {
  if ('image' in node) return `${node.tokenType.name}:${node.image}@${node.startOffset}${node.isInsertedInRecovery ? '+' : ''}`;
  const children = Object.entries(node.children).map(([key, list]) => [key, list.map(shape)]);
  return [node.name, node.location?.startOffset, node.location?.endOffset, node.recoveredNode === true, children];
}

const files = ['test/real-instruments/', 'samples/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.entente'))
    .map((f) => ({ name: `${dir}${f}`, text: readFileSync(new URL(dir + f, root), 'utf8') })),
);

/** Pieces that make statements ambiguous on their first token, break blocks, or start stray text. */
const pieces = ['x', ' ', '\n', '{', '}', ',', '.', '"', '"""', 'notify', 'inform', 'report', 'when', 'within 24 hours', 'contacts EE.Duty', 'level', 'onward sharing', 'clause', 'channel', 'protocol', 'party', 'means', 'EE', '24', 'hours'];

describe('lookahead narrowed by the first token', () => {
  before(() => {
    ours = new EntenteParser();
    chevrotains = new EntenteParser(new LLkLookaheadStrategy({ maxLookahead: 2 }));
  });

  it('gives the tree and errors of Chevrotain’s own lookahead on every sample and real instrument', () => {
    assert.ok(files.length > 20);
    for (const file of files) assert.equal(parsed(ours, file.text), parsed(chevrotains, file.text), file.name);
  });

  it('gives the tree and errors of Chevrotain’s own lookahead after random edits (property)', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(12), piece: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        let text = files[which].text;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.piece + text.slice(at + e.remove);
        }
        assert.equal(parsed(ours, text), parsed(chevrotains, text));
      }),
      { seed: 45, numRuns: 300 },
    );
  });
});
