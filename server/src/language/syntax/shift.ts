/**
 * Moving a reused segment (segments.ts) to where it sits in the new text: its offsets by the
 * change's length, its positions by the change's line count. Only segments that start on a
 * line after the change are moved, so a column never changes. The parse of the previous text
 * may still be in use (a model built on it), so nothing is moved in place: a segment whose
 * lines did not move keeps its AST objects, the others are copied.
 *
 * A segment moved again is moved from the segment its tokens were lexed in, by the sum of the
 * moves: were it moved from the previous move, every keystroke before it would add a link to a
 * chain that keeps each earlier move (and the token copies read from it) alive for as long as
 * the segment is reused — memory that grew with every edit of a long session.
 */
import type { IToken } from 'chevrotain';
import type { Position } from '../ast/positions';
import type { TableTokens } from './token-list';
import { noProblems, tokenCountOf, type Segment, type SegmentProblems } from './segments';

export function moveSegment(segment: Segment, delta: number, lineDelta: number): Segment {
  return delta === 0 && lineDelta === 0 ? segment : new MovedSegment(segment, delta, lineDelta);
}

/**
 * Each declaration copied onto other lines, with the declaration it was first built as (that of
 * the segment its tokens were lexed in, never a copy: a chain of copies would keep every earlier
 * one alive). What depends on a declaration's words and not on its lines can be carried over
 * to the copy (features/semantic-tokens.ts).
 */
const origins = new WeakMap<object, object>();

/** The declaration `node` was copied from onto other lines by an edit above it, if it was. */
export function movedFrom<T extends object>(node: T): T | undefined {
  return origins.get(node) as T | undefined;
}

/** A segment moved; a class (not a literal with getters) so that every moved segment has one shape. */
class MovedSegment implements Segment {
  readonly start: number;
  readonly end: number;
  readonly instrument: Segment['instrument'];
  readonly declaration: Segment['declaration'];
  readonly commentNodes: Segment['commentNodes'];
  readonly problems: SegmentProblems;
  readonly firmEnd: boolean;
  readonly errorAtStart: boolean;
  /** The segment the tokens were lexed in (never itself moved), and how far they have moved since. */
  private readonly lexed: Segment;
  private readonly delta: number;
  private movedTokens: IToken[] | undefined;
  private movedComments: IToken[] | undefined;
  private movedList: TableTokens | undefined;

  constructor(base: Segment, delta: number, lineDelta: number) {
    this.lexed = base instanceof MovedSegment ? base.lexed : base;
    this.delta = (base instanceof MovedSegment ? base.delta : 0) + delta;
    this.start = base.start + delta;
    this.end = base.end + delta;
    this.firmEnd = base.firmEnd;
    this.errorAtStart = base.errorAtStart;
    if (lineDelta === 0) {
      this.instrument = base.instrument;
      this.declaration = base.declaration;
      this.commentNodes = base.commentNodes;
      this.problems = base.problems;
    } else {
      this.instrument = base.instrument && moveLines(base.instrument, lineDelta);
      this.declaration = base.declaration && moveLines(base.declaration, lineDelta);
      if (this.declaration && this.lexed.declaration) origins.set(this.declaration, this.lexed.declaration);
      this.commentNodes = moveLines(base.commentNodes, lineDelta);
      const problems = base.problems;
      this.problems = problems === noProblems ? noProblems : {
        stray: moveLines(problems.stray, lineDelta),
        built: moveLines(problems.built, lineDelta),
        comment: moveLines(problems.comment, lineDelta),
        lexer: moveLines(problems.lexer, lineDelta),
        parser: moveLines(problems.parser, lineDelta),
        between: moveLines(problems.between, lineDelta),
      };
    }
  }

  get lexedSegment(): Segment {
    return this.lexed;
  }

  // Tokens are moved when first read: few requests read them, and the next edit may move them again.
  get tokens(): readonly IToken[] {
    return (this.movedTokens ??= movedTokens(this.lexed.tokens, this.delta));
  }

  get tokenList(): TableTokens {
    return (this.movedList ??= this.lexed.tokenList.moved(this.delta));
  }

  get comments(): readonly IToken[] {
    return (this.movedComments ??= this.lexed.comments.map((token) => moveToken(token, this.delta)));
  }
}

/** How many tokens (or comments) a segment has, without moving them. */
export function lexedCount(segment: Segment, kind: 'tokens' | 'comments'): number {
  const lexed = lexedOf(segment);
  return kind === 'tokens' ? tokenCountOf(lexed) : lexed.comments.length;
}

/**
 * The segment whose tokens `segment`'s were moved from (itself when it was never moved): its
 * tokens are at the offsets they were lexed at, `segment.start − lexedOf(segment).start` before
 * where they are now, and they are the same objects for as long as the segment is reused.
 */
export function lexedOf(segment: Segment): Segment {
  return segment instanceof MovedSegment ? segment.lexedSegment : segment;
}

/**
 * A token at its new offset. Written field by field in the order the lexer and parseRegion
 * give them (one object shape for every token, 2–3× faster than a spread over half a million
 * tokens): the lexer tracks offsets only, so these are all of a token's fields, which
 * reparse.test.ts holds to by comparing moved tokens with freshly lexed ones.
 */
/** Each token moved; a loop, not a callback made per segment (its optimised code would die with it at the next collection). */
function movedTokens(tokens: readonly IToken[], delta: number): IToken[] {
  const moved: IToken[] = [];
  for (const token of tokens) moved.push(moveToken(token, delta));
  return moved;
}

function moveToken(token: IToken, delta: number): IToken {
  return { image: token.image, startOffset: token.startOffset + delta, tokenTypeIdx: token.tokenTypeIdx, tokenType: token.tokenType, endOffset: token.endOffset! + delta };
}

/**
 * A copy of plain AST data with every position's line moved. A position at the very start of
 * the text is the builders' stand-in for a node recovery left without tokens (it never
 * describes text after a change), so it stays where a full parse puts it.
 */
export function moveLines<T>(value: T, lineDelta: number): T {
  return copy(value, lineDelta) as T;
}

function copy(value: unknown, lineDelta: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const result = new Array(value.length);
    for (let i = 0; i < value.length; i++) result[i] = copy(value[i], lineDelta);
    return result;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error('reparse: the AST holds an object that is not plain data');
  const record = value as Record<string, unknown>;
  if (isPosition(record)) return record.line === 0 && record.character === 0 ? { line: 0, character: 0 } : { line: record.line + lineDelta, character: record.character };
  const result: Record<string, unknown> = {};
  for (const key in value) result[key] = copy((value as Record<string, unknown>)[key], lineDelta);
  return result;
}

/** Only positions have a numeric `line` and `character` (the AST's types say so). */
function isPosition(value: Record<string, unknown>): value is Record<string, unknown> & Position {
  return typeof value.character === 'number' && typeof value.line === 'number';
}
