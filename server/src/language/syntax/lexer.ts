/**
 * The one Entente lexer, built once and reused for every document (Chevrotain's performance
 * guide: building a lexer is costly, lexing is cheap).
 *
 * Positions are tracked as offsets only: the AST builder converts offsets to LSP positions with
 * a line index, which is both faster and correct for UTF-16 columns and every kind of line break.
 */
import { Lexer } from 'chevrotain';
import { allTokens } from './tokens';

export const ententeLexer = new Lexer(allTokens, {
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
