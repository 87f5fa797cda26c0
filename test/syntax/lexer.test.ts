/**
 * The lexer's tokens carry their end offset from the start (syntax/scanner.ts makes them so, in
 * the one field order every token of a parse has): Chevrotain's node locations read it, and the
 * parse no longer adds it afterwards. Were a token made without it, these tests say so before
 * any range goes wrong.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { parse } from '../../server/src/language/syntax/parse';

const sample = readFileSync(new URL('../../samples/cert-cert-mou.entente', import.meta.url), 'utf8');

describe('lexer', () => {
  it('gives every token and comment its end offset, in one field order', () => {
    const lexed = ententeLexer.tokenize(`${sample}\n/* a comment */ // another\n`);
    const tokens = [...lexed.tokens, ...(lexed.groups.comments ?? [])];
    assert.ok(tokens.length > 100);
    for (const token of tokens) {
      assert.equal(token.endOffset, token.startOffset + token.image.length - 1, token.image);
      assert.deepEqual(Object.keys(token), ['image', 'startOffset', 'tokenTypeIdx', 'tokenType', 'endOffset']);
    }
  });

  it('gives the parse tokens at their offsets in the whole text, ends included', () => {
    const result = parse(sample);
    for (const token of [...result.tokens, ...result.comments]) {
      assert.equal(sample.slice(token.startOffset, token.endOffset! + 1), token.image);
    }
  });
});
