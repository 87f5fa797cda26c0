// What the benchmark measures: the language core's public entry points, bundled as the server is.
export { parse } from '../server/src/language/syntax/parse';
export { createEntenteService } from '../server/src/language/service';
import { ententeLexer } from '../server/src/language/syntax/lexer';

/** Lexing as the parse lexes: the scanner's packed token table (syntax/token-table.ts). */
export function lex(text: string): number {
  return ententeLexer.scan(text).table.count;
}

/** The longest document the core analyses (UTF-16 characters); a longer one draws one `document-too-large` error. */
export { maxDocumentLength } from '../server/src/language/util/limits';
