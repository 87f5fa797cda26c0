/**
 * The lexer the parse runs: one pass over the text's character codes that gives the tokens,
 * comments and errors Chevrotain's lexer gives for tokens.ts's vocabulary (the definition of the
 * token set; test/syntax/scanner.test.ts holds the two to the same output on every sample, real
 * instrument and random text, errors included).
 *
 * Why not Chevrotain's `tokenize`: it tries every keyword starting with a word's first letter as
 * a regular expression before the identifier, and gives each keyword a string of its own (two,
 * with the identifier it is checked against). Here a word is read once and no token object or
 * image is made: the parser's tokens go into a packed table (token-table.ts: type, start, end),
 * made into objects when read, with a keyword's or a punctuation mark's one string as image.
 * Token objects made here, 200,000 at 100,000 lines, outlived the young generation and the
 * garbage collector copied each of them: half of lexing's CPU at that size. Comments and errors
 * (few) are objects as Chevrotain gives them.
 */
import type { ILexingError, ILexingResult, IToken, TokenType } from 'chevrotain';
import { sequential } from '../ast/positions';
import { pushToken, tokensOf, tokenTable, type TokenTable } from './token-table';
import {
  BlockComment, Colon, Comma, DateLiteral, Dot, Identifier, keywords, keywordWords, LCurly, LineComment, NumberLiteral, RCurly,
  StringLiteral, TlpLabel, TripleString, TwentyFourSeven, UnterminatedComment, UnterminatedString, UnterminatedTripleString, WhiteSpace,
} from './tokens';

/** The token types this scanner reads besides the keywords (the test checks that tokens.ts has no other). */
export const scannedTokenTypes: readonly TokenType[] = [
  WhiteSpace, LineComment, BlockComment, UnterminatedComment, TripleString, UnterminatedTripleString, StringLiteral, UnterminatedString,
  DateLiteral, TwentyFourSeven, NumberLiteral, TlpLabel, LCurly, RCurly, Comma, Dot, Colon, Identifier,
];

/** Each keyword by its word, with the word as its tokens' image (one string for every token of it). */
const keywordByWord = new Map<string, { readonly type: TokenType; readonly index: number }>(keywordWords.map((word, i) => [word, { type: keywords[i], index: keywords[i].tokenTypeIdx! }]));

/**
 * The keywords by first character, last character and length (one number), each with its type
 * index: a word is looked up without slicing it out of the text (a string per word was most of
 * what lexing allocated once tokens were packed).
 */
const keywordsByShape = new Map<number, { readonly word: string; readonly index: number }[]>();
const shapeOf = (first: number, last: number, length: number) => (first * 65536 + last) * 64 + Math.min(length, 63);
for (const [word, { index }] of keywordByWord) {
  const shape = shapeOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
  const list = keywordsByShape.get(shape);
  if (list) list.push({ word, index });
  else keywordsByShape.set(shape, [{ word, index }]);
}

/** The type index of the word `text[start, end)`: its keyword's, or Identifier's. */
function keywordAt(text: string, start: number, end: number): number {
  const candidates = keywordsByShape.get(shapeOf(text.charCodeAt(start), text.charCodeAt(end - 1), end - start));
  if (candidates !== undefined) {
    for (let i = 0; i < candidates.length; i++) {
      const { word, index } = candidates[i];
      if (word.length === end - start && text.startsWith(word, start)) return index;
    }
  }
  return identifier;
}

/** The type indexes the loop writes (read once here, not from each token type in the loop). */
const [identifier, tlpLabel, dateLiteral, twentyFourSeven, numberLiteral, tripleString, unterminatedTripleString, stringLiteral, unterminatedString] = [
  Identifier, TlpLabel, DateLiteral, TwentyFourSeven, NumberLiteral, TripleString, UnterminatedTripleString, StringLiteral, UnterminatedString,
].map((type) => type.tokenTypeIdx!);
/** Each punctuation mark's type index, by its character code. */
const punctuation = new Int32Array(128).fill(-1);
for (const [code, type] of [[123, LCurly], [125, RCurly], [44, Comma], [46, Dot], [58, Colon]] as const) punctuation[code] = type.tokenTypeIdx!;

/** Character classes of ASCII codes (bits); codes from U+0080 are classed by `isWordCode`. */
const blank = 1;
const wordStart = 2;
const wordPart = 4;
const digit = 8;
const ascii = new Uint8Array(128);
for (const code of [32, 9, 13, 10, 12, 11]) ascii[code] = blank;
for (let code = 65; code <= 90; code++) ascii[code] = ascii[code + 32] = wordStart | wordPart;
ascii[95] = wordStart | wordPart; // _
ascii[45] = wordPart; // -
for (let code = 48; code <= 57; code++) ascii[code] = digit | wordPart;

/** Identifier characters from U+0080, as tokens.ts's Identifier has them: the BMP from U+00C0 but surrogates, U+FEFF (a blank) and U+FFFE–U+FFFF. */
function isWordCode(code: number): boolean {
  return (code >= 0xc0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfefe) || (code >= 0xff00 && code <= 0xfffd);
}

function isBlank(code: number): boolean {
  return code < 128 ? (ascii[code] & blank) !== 0 : code === 0xa0 || code === 0xfeff;
}

function isWordStart(code: number): boolean {
  return code < 128 ? (ascii[code] & wordStart) !== 0 : isWordCode(code);
}

function isWordPart(code: number): boolean {
  return code < 128 ? (ascii[code] & wordPart) !== 0 : isWordCode(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A comment token, in the field order every token has (token-table.ts makes the parser's tokens
 * so, shift.ts writes moved tokens so): one object shape for every reader.
 */
function token(image: string, startOffset: number, tokenType: TokenType): IToken {
  return { image, startOffset, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType, endOffset: startOffset + image.length - 1 };
}

/** Each token type by its index, and the one image of the types whose tokens all have one (keywords, punctuation). */
const typeByIndex: TokenType[] = [];
const fixedImages: (string | undefined)[] = [];
for (const type of scannedTokenTypes) typeByIndex[type.tokenTypeIdx!] = type;
for (const [word, { type }] of keywordByWord) {
  typeByIndex[type.tokenTypeIdx!] = type;
  fixedImages[type.tokenTypeIdx!] = word;
}
for (const [type, image] of [[LCurly, '{'], [RCurly, '}'], [Comma, ','], [Dot, '.'], [Colon, ':']] as const) fixedImages[type.tokenTypeIdx!] = image;

/** What the scanner gives: the parser's tokens packed, the comments and errors as Chevrotain's lexer gives them. */
export interface ScannedText {
  readonly table: TokenTable;
  readonly comments: IToken[];
  readonly errors: ILexingError[];
}

/** Lexes `text` as Chevrotain's lexer with tokens.ts's vocabulary would, its tokens as objects. */
export function scan(text: string, unexpected: UnexpectedCharacters): ILexingResult {
  const { table, comments, errors } = scanTable(text, unexpected);
  return { tokens: tokensOf(table), groups: { comments }, errors };
}

/** Where some token can start: the error after unexpected characters ends there. */
function startsToken(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 47) {
    const next = text.charCodeAt(at + 1);
    return next === 47 || next === 42;
  }
  return isBlank(code) || isWordStart(code) || isDigit(code) || code === 34 || code === 123 || code === 125 || code === 44 || code === 46 || code === 58;
}

/** How the lexer's errors read: Chevrotain's message provider, shared with the reference lexer. */
export type UnexpectedCharacters = (text: string, startOffset: number, length: number) => string;

/** Lexes `text` as Chevrotain's lexer with tokens.ts's vocabulary would, its parser tokens packed in a table. */
export function scanTable(given: string, unexpected: UnexpectedCharacters): ScannedText {
  const text = sequential(given);
  const length = text.length;
  const tokens = tokenTable(text, typeByIndex, fixedImages);
  const comments: IToken[] = [];
  const errors: ILexingError[] = [];
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const start = at;
    // The parser token read here, by type index, added once below (one call site keeps this loop small enough to inline its helpers).
    let type = -1;
    if (isBlank(code)) {
      at++;
      while (at < length && isBlank(text.charCodeAt(at))) at++;
    } else if (isWordStart(code)) {
      at++;
      while (at < length && isWordPart(text.charCodeAt(at))) at++;
      if (code === 84 && at - start === 3 && text.charCodeAt(at) === 58 && text.startsWith('TLP', start)) {
        at++;
        for (let next = text.charCodeAt(at); (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 43; next = text.charCodeAt(at)) at++;
        type = tlpLabel;
      } else {
        type = keywordAt(text, start, at);
      }
    } else if (isDigit(code)) {
      at = numberEnd(text, start);
      type = at - start === 10 && text.charCodeAt(start + 4) === 45 ? dateLiteral : at - start === 4 && text.charCodeAt(start + 2) === 47 ? twentyFourSeven : numberLiteral;
    } else if (code === 34) {
      if (text.charCodeAt(at + 1) === 34 && text.charCodeAt(at + 2) === 34) {
        const close = tripleQuoteAt(text, at + 3);
        at = close < 0 ? length : close + 3;
        type = close < 0 ? unterminatedTripleString : tripleString;
      } else {
        at = stringEnd(text, at + 1);
        const closed = text.charCodeAt(at) === 34;
        if (closed) at++;
        type = closed ? stringLiteral : unterminatedString;
      }
    } else if (code === 123 || code === 125 || code === 44 || code === 46 || code === 58) {
      at++;
      type = punctuation[code];
    } else if (code === 47 && text.charCodeAt(at + 1) === 47) {
      at += 2;
      for (let next = text.charCodeAt(at); at < length && next !== 10 && next !== 13; next = text.charCodeAt(at)) at++;
      comments.push(token(text.slice(start, at), start, LineComment));
    } else if (code === 47 && text.charCodeAt(at + 1) === 42) {
      const close = commentCloseAt(text, at + 2);
      at = close < 0 ? length : close + 2;
      comments.push(token(text.slice(start, at), start, close < 0 ? UnterminatedComment : BlockComment));
    } else {
      at++;
      while (at < length && !startsToken(text, at)) at++;
      errors.push({ offset: start, line: undefined, column: undefined, length: at - start, message: unexpected(text, start, at - start) });
    }
    if (type >= 0) pushToken(tokens, type, start, at);
  }
  return { table: tokens, comments, errors };
}

/**
 * The end of the literal starting with a digit at `start`, in tokens.ts's order: a date
 * (`\d{4}-\d{2}-\d{2}`), `24/7`, else a number (`\d+(?:\.\d+)?`).
 */
function numberEnd(text: string, start: number): number {
  if (isDigits(text, start, 4) && text.charCodeAt(start + 4) === 45 && isDigits(text, start + 5, 2) && text.charCodeAt(start + 7) === 45 && isDigits(text, start + 8, 2)) return start + 10;
  if (text.startsWith('24/7', start)) return start + 4;
  let at = start + 1;
  while (isDigit(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 46 && isDigit(text.charCodeAt(at + 1))) {
    at += 2;
    while (isDigit(text.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * Where the next `"""` (or `*\/`) starts from `at`, -1 if none: a character loop, as
 * positions.ts's line scan, since the work meter of test/hostile/ counts an `indexOf` as the
 * whole text's length and would read a document of many prose blocks as quadratic.
 */
function tripleQuoteAt(text: string, at: number): number {
  for (let i = at; i + 2 < text.length; i++) if (text.charCodeAt(i) === 34 && text.charCodeAt(i + 1) === 34 && text.charCodeAt(i + 2) === 34) return i;
  return -1;
}

function commentCloseAt(text: string, at: number): number {
  for (let i = at; i + 1 < text.length; i++) if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) return i;
  return -1;
}

function isDigits(text: string, at: number, count: number): boolean {
  for (let i = 0; i < count; i++) if (!isDigit(text.charCodeAt(at + i))) return false;
  return true;
}

/**
 * Where a one-line string's content ends (`(?:[^"\\\r\n]|\\.)*`): at its closing quote, a line
 * break, a backslash before a line terminator, or the end of the text.
 */
function stringEnd(text: string, at: number): number {
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 34 || code === 10 || code === 13) return at;
    if (code === 92) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= length || next === 10 || next === 13 || next === 0x2028 || next === 0x2029) return at;
      at += 2;
    } else {
      at++;
    }
  }
  return at;
}

