/**
 * The one Entente lexer, built once and reused for every document (Chevrotain's performance
 * guide: building a lexer is costly, lexing is cheap).
 *
 * Positions are tracked as offsets only: the AST builder converts offsets to LSP positions with
 * a line index, which is both faster and correct for UTF-16 columns and every kind of line break.
 */
import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { allTokens } from './tokens';

/**
 * Chevrotain's offset-only tokens leave out `endOffset`, which its node locations read: adding
 * it afterwards gave every token a second object for the added field and a shape change (GC was
 * a quarter of a full analysis). Made here with the token, in the field order every token of a
 * parse has (shift.ts writes moved tokens so), so all share one shape. Chevrotain picks the
 * token factory by `positionTracking` from this method (test/syntax/lexer.test.ts holds it to that).
 */
class EntenteLexer extends Lexer {
  createOffsetOnlyToken(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken {
    return { image, startOffset, tokenTypeIdx, tokenType, endOffset: startOffset + image.length - 1 };
  }
}

export const ententeLexer = new EntenteLexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  // Lexer errors are collected and reported as diagnostics; they must never be printed.
  errorMessageProvider: {
    buildUnexpectedCharactersMessage(fullText, startOffset, length) {
      const text = fullText.substr(startOffset, Math.min(length, 20));
      return `Unexpected character${length > 1 ? 's' : ''} ${JSON.stringify(text)}: remove ${length > 1 ? 'them' : 'it'} or put prose in quotes.`;
    },
    buildUnableToPopLexerModeMessage() {
      return 'Internal lexer mode error.';
    },
  },
});
