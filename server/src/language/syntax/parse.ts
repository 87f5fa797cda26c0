/**
 * `parse(text)`: the total parser. Never throws, whatever the input; returns the AST plus every
 * lexer and parser problem. The lexer and parser are built once and reused.
 */
import type { IToken } from 'chevrotain';
import { buildDocument, type SyntaxProblem } from './build-ast';
import type { EntenteDocument } from '../ast/nodes';
import { LineIndex } from '../ast/positions';
import type { DocumentCstNode } from './cst.generated';
import { placeSyntaxError } from './error-messages';
import { ententeLexer } from './lexer';
import { EntenteParser } from './parser';

export type { SyntaxProblem };

export interface ParseResult {
  readonly ast: EntenteDocument;
  /** Offsets ↔ positions for the parsed text, built once and shared by every later phase. */
  readonly lines: LineIndex;
  /** Lexer and parser problems, in document order, at most `maxSyntaxProblems` (+ one summary). */
  readonly problems: readonly SyntaxProblem[];
  /**
   * The tokens the parser read and the comments, each in document order: kept with the parse so
   * that completion, hover, formatting and quick fixes never lex the document again.
   */
  readonly tokens: readonly IToken[];
  readonly comments: readonly IToken[];
}

/** Past this many, one more problem says how many were left out: a binary file yields thousands. */
export const maxSyntaxProblems = 200;

let sharedParser: EntenteParser | undefined;

function parser(): EntenteParser {
  sharedParser ??= new EntenteParser();
  return sharedParser;
}

export function parse(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch (error) {
    // A bug of ours must not take the editor down: report it as a problem on an empty document.
    const lines = new LineIndex(text);
    const empty = buildDocument(text, { name: 'document', children: {} } as DocumentCstNode, []).ast;
    const message = `Internal parser error (please report): ${error instanceof Error ? error.message : String(error)}`;
    return { ast: empty, lines, problems: [{ message, range: lines.range(0, 0), source: 'parser' }], tokens: [], comments: [] };
  }
}

function parseUnsafe(text: string): ParseResult {
  const lexed = ententeLexer.tokenize(text);
  const p = parser();
  p.input = lexed.tokens;
  const cst = p.document() as DocumentCstNode;
  const lines = new LineIndex(text);
  const comments = lexed.groups.comments ?? [];
  const { ast, problems: builderProblems } = buildDocument(text, cst, comments, lines);
  // Where two problems start at one token, the first listed here is kept (see `dedupe`): text
  // never closed; stray text in a block (its message lists the block's statements); what the
  // parser expected there (it names the statement being written); last, "a declaration starts
  // with …" for text recovery skipped between declarations, which is wrong when the parser
  // failed inside a construct on that very token and recovery left the construct.
  const problems: SyntaxProblem[] = builderProblems.filter((p) => !p.betweenDeclarations);
  for (const error of lexed.errors) {
    problems.push({ message: error.message, range: lines.range(error.offset, error.offset + Math.max(1, error.length)), source: 'lexer' });
  }
  for (const error of p.errors) {
    const token = error.token;
    const start = Number.isNaN(token.startOffset) ? text.length : token.startOffset;
    const end = Number.isNaN(token.startOffset) ? text.length : token.startOffset + token.image.length;
    problems.push({ message: placeSyntaxError(error.message, error.context.ruleStack), range: lines.range(start, end), source: 'parser' });
  }
  problems.push(...builderProblems.filter((p) => p.betweenDeclarations));
  return { ast, lines, problems: limit(dedupe(problems)), tokens: lexed.tokens, comments };
}

/** One problem per start position (the first listed): a recovery error and a junk run often begin at the same token. */
function dedupe(problems: SyntaxProblem[]): SyntaxProblem[] {
  const sorted = [...problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const result: SyntaxProblem[] = [];
  for (const problem of sorted) {
    const previous = result[result.length - 1];
    if (previous && previous.range.start.line === problem.range.start.line && previous.range.start.character === problem.range.start.character) continue;
    result.push(problem);
  }
  return result;
}

function limit(problems: SyntaxProblem[]): SyntaxProblem[] {
  if (problems.length <= maxSyntaxProblems) return problems;
  const kept = problems.slice(0, maxSyntaxProblems);
  const last = kept[kept.length - 1];
  kept.push({ message: `${problems.length - maxSyntaxProblems} more syntax problems are not shown; fix the ones above first.`, range: last.range, source: 'parser' });
  return kept;
}
