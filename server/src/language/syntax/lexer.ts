/**
 * The one Entente lexer. The parse runs scanner.ts, which gives what Chevrotain's lexer gives
 * for tokens.ts's vocabulary in one pass over the text; Chevrotain's lexer over the same
 * vocabulary stays the definition of the token set (`definitionLexer`), against which
 * test/syntax/scanner.test.ts holds the scanner on every sample, real instrument and random text.
 *
 * Positions are tracked as offsets only: the AST builder converts offsets to LSP positions with
 * a line index, which is both faster and correct for UTF-16 columns and every kind of line break.
 */
import { Lexer, type ILexingResult, type IToken, type TokenType } from 'chevrotain';
import { scan, scanTable, type ScannedText } from './scanner';
import { allTokens } from './tokens';

/** Lexer errors are collected and reported as diagnostics; they must never be printed. */
function unexpectedCharacters(fullText: string, startOffset: number, length: number): string {
  const text = fullText.substr(startOffset, Math.min(length, 20));
  return `Unexpected character${length > 1 ? 's' : ''} ${JSON.stringify(text)}: remove ${length > 1 ? 'them' : 'it'} or put prose in quotes.`;
}

export const ententeLexer = {
  /** The tokens as objects (completion, tests, the reference lexer's comparison). */
  tokenize(text: string): ILexingResult {
    return scan(text, unexpectedCharacters);
  },
  /** The parser's tokens packed (token-table.ts): what the parse lexes with. */
  scan(text: string): ScannedText {
    return scanTable(text, unexpectedCharacters);
  },
};

/**
 * Chevrotain's offset-only tokens leave out `endOffset`, which its node locations read: made
 * here with the token, in the field order the scanner gives every token.
 */
class DefinitionLexer extends Lexer {
  createOffsetOnlyToken(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken {
    return { image, startOffset, tokenTypeIdx, tokenType, endOffset: startOffset + image.length - 1 };
  }
}

let definition: Lexer | undefined;

/** Chevrotain's lexer for tokens.ts, built when first asked for (building a lexer is costly; only tests ask). */
export function definitionLexer(): Lexer {
  definition ??= new DefinitionLexer(allTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    errorMessageProvider: {
      buildUnexpectedCharactersMessage: unexpectedCharacters,
      buildUnableToPopLexerModeMessage() {
        return 'Internal lexer mode error.';
      },
    },
  });
  return definition;
}
