/**
 * The scanner (syntax/scanner.ts) the parse runs against Chevrotain's lexer over tokens.ts, the
 * definition of the token set: the same tokens (image, offsets, type, field order), comments and
 * errors on every sample and real instrument, on those texts cut and spliced, and on random text
 * made of the vocabulary's edges (unclosed strings and comments, escapes before line breaks,
 * dates and numbers that almost are, keywords inside longer words, characters no token takes).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ILexingResult, IToken } from 'chevrotain';
import fc from 'fast-check';
import { definitionLexer, ententeLexer } from '../../server/src/language/syntax/lexer';
import { scannedTokenTypes } from '../../server/src/language/syntax/scanner';
import { allTokens, keywords, keywordWords } from '../../server/src/language/syntax/tokens';
import { ententeFiles } from '../helpers/entente-files';

const root = new URL('../..', import.meta.url).pathname;
const corpus = ['samples', 'test/real-instruments', 'test/syntax'].flatMap((dir) => ententeFiles(join(root, dir))).map((path) => readFileSync(path, 'utf8'));

/** Everything a lexing result says, fields in their order. */
function described(result: ILexingResult): unknown {
  const token = (t: IToken) => [Object.keys(t), t.image, t.startOffset, t.endOffset, t.tokenTypeIdx, t.tokenType.name];
  return {
    tokens: result.tokens.map(token),
    groups: Object.keys(result.groups),
    comments: (result.groups.comments ?? []).map(token),
    errors: result.errors.map((e) => [Object.keys(e), e.offset, e.length, e.line, e.column, e.message]),
  };
}

function assertSameLexing(text: string): void {
  assert.deepEqual(described(ententeLexer.tokenize(text)), described(definitionLexer().tokenize(text)), JSON.stringify(text.slice(0, 200)));
}

/** Pieces at the edges of the vocabulary. */
const pieces = [
  ...keywordWords.slice(0, 12), 'contacts', 'contact', 'in', 'including', 'in-force', 'security-agreement', 'security-agreements', 'x', 'Party_1', 'é', 'Ж', '中', 'ﬀ',
  '-', '_', '0', '9', '12', '1.', '1.5', '.5', '24/7', '24/', '24/70', '2024-01-01', '2024-1-01', '2024-01-0', '20240-01-01', 'TLP:RED', 'TLP:AMBER+STRICT', 'TLP:', 'TLP', 'TLPx:', 'tlp:',
  '{', '}', ',', '.', ':', '"a"', '"', '""', '"""', '"""p"""', '\\', '\\"', '\\\n', '\\\r', '\\\u2028', '\u2028', '//', '//c', '/*', '*/', '/*c*/', '/', '*',
  ' ', '\n', '\r', '\r\n', '\t', '\v', '\f', '\u00A0', '\uFEFF', '\u00BF', '\u00C0', '\uD7FF', '\uD800', '\uDC00', '\uE000', '\uFEFE', '\uFF00', '\uFFFD', '\uFFFE', '😀', '@', '#', '+', '\u0000',
];

describe('scanner', () => {
  it('reads every token type tokens.ts defines, and no other', () => {
    const defined = allTokens.filter((type) => type.PATTERN !== undefined && String(type.PATTERN) !== String(/NOT_APPLICABLE/));
    assert.deepEqual(new Set(defined), new Set([...scannedTokenTypes, ...keywords]));
  });

  it('lexes every sample and real instrument as Chevrotain does', () => {
    assert.ok(corpus.length > 100);
    for (const text of corpus) assertSameLexing(text);
  });

  it('lexes cut and spliced instruments as Chevrotain does', () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.nat(), fc.nat(400), fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (which, at, length, inserted) => {
        const text = corpus[which];
        const cut = at % (text.length + 1);
        assertSameLexing(text.slice(cut, cut + length) + inserted.join('') + text.slice(cut + length, cut + 2 * length));
      }),
      { numRuns: 3000 },
    );
  });

  it('lexes random text made of the vocabulary\'s edges as Chevrotain does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => assertSameLexing(parts.join(''))),
      { numRuns: 20000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), assertSameLexing), { numRuns: 5000 });
  });
});
