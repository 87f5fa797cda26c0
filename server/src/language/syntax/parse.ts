/**
 * `parse(text)`: the total parser. Never throws, whatever the input; returns the AST plus every
 * lexer and parser problem. The lexer and parser are built once and reused.
 */
import type { IToken } from 'chevrotain';
import type { SyntaxProblem } from './build-ast';
import type { EntenteDocument } from '../ast/nodes';
import { LineIndex } from '../ast/positions';
import { EntenteParser } from './parser';
import { assemble, joinTokens, parseRegion, type Segment } from './segments';
import { SegmentedTokens, sequenceOf, type TokenSequence } from './token-sequence';
import { patchedAssembly } from './assembly-patch';

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
  /**
   * The same tokens and comments by index, without joining them (token-sequence.ts): what
   * requests about one place read (the token under the cursor), so that they do not copy the
   * whole document's tokens after each edit. Whole-document walks read the arrays above.
   */
  readonly tokenSequence: TokenSequence;
  readonly commentSequence: TokenSequence;
}

/** Past this many, one more problem says how many were left out: a binary file yields thousands. */
export const maxSyntaxProblems = 200;

let sharedParser: EntenteParser | undefined;

export function parser(): EntenteParser {
  sharedParser ??= new EntenteParser();
  return sharedParser;
}

/** The segments each parse was assembled from, for `reparse` to reuse (kept out of the result, which is plain data). */
const segmentsOf = new WeakMap<ParseResult, readonly Segment[]>();

export function segmentsOfParse(parse: ParseResult): readonly Segment[] | undefined {
  return segmentsOf.get(parse);
}

export function parse(text: string): ParseResult {
  try {
    const lines = new LineIndex(text);
    return fromSegments(lines, parseRegion(parser(), lines, 0, text.length)!);
  } catch (error) {
    return internalError(text, error);
  }
}

/** The parse result of a text from segments tiling it. */
/** `last`: the parse the segments were re-parsed from, whose document may be patched rather than assembled anew (assembly-patch.ts). */
export function fromSegments(lines: LineIndex, segments: readonly Segment[], last?: ParseResult): ParseResult {
  const lastSegments = last && segmentsOf.get(last);
  const { ast, problems } = (lastSegments && patchedAssembly(lines, segments, { segments: lastSegments, ast: last.ast, problems: last.problems })) ?? assemble(lines, segments, maxSyntaxProblems);
  let tokens: IToken[] | undefined;
  let comments: IToken[] | undefined;
  let tokenSequence: TokenSequence | undefined;
  let commentSequence: TokenSequence | undefined;
  const result: ParseResult = {
    ast,
    lines,
    problems,
    get tokens() {
      return (tokens ??= joinTokens(segments, 'tokens'));
    },
    get comments() {
      return (comments ??= joinTokens(segments, 'comments'));
    },
    get tokenSequence() {
      return (tokenSequence ??= tokens ? sequenceOf(tokens) : new SegmentedTokens(segments, 'tokens'));
    },
    get commentSequence() {
      return (commentSequence ??= comments ? sequenceOf(comments) : new SegmentedTokens(segments, 'comments'));
    },
  };
  segmentsOf.set(result, segments);
  return result;
}

/** A bug of ours must not take the editor down: report it as a problem on an empty document. */
export function internalError(text: string, error: unknown): ParseResult {
  const lines = new LineIndex(text);
  const { ast } = assemble(lines, [], maxSyntaxProblems);
  const message = `Internal parser error (please report): ${error instanceof Error ? error.message : String(error)}`;
  return { ast, lines, problems: [{ message, range: lines.range(0, 0), source: 'parser' }], tokens: [], comments: [], tokenSequence: sequenceOf([]), commentSequence: sequenceOf([]) };
}
