// What the benchmark measures: the language core's public entry points, bundled as the server is.
export { parse } from '../server/src/language/syntax/parse';
export { createEntenteService } from '../server/src/language/service';
import { ententeLexer } from '../server/src/language/syntax/lexer';

export function lex(text: string): number {
  return ententeLexer.tokenize(text).tokens.length;
}

/** The longest document the core analyses (UTF-16 characters); a longer one draws one `document-too-large` error. */
export { maxDocumentLength } from '../server/src/language/util/limits';
