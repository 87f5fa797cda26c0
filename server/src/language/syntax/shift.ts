/**
 * Moving a reused segment (segments.ts) to where it sits in the new text: its offsets by the
 * change's length, its positions by the change's line count. Only segments that start on a
 * line after the change are moved, so a column never changes. The parse of the previous text
 * may still be in use (a model built on it), so nothing is moved in place: a segment whose
 * lines did not move keeps its AST objects, the others are copied.
 */
import type { IToken } from 'chevrotain';
import type { Position } from '../ast/positions';
import type { Segment, SegmentProblems } from './segments';

export function moveSegment(segment: Segment, delta: number, lineDelta: number): Segment {
  if (delta === 0 && lineDelta === 0) return segment;
  const moved: Segment = {
    ...segment,
    start: segment.start + delta,
    end: segment.end + delta,
    tokens: segment.tokens.map((token) => moveToken(token, delta)),
    comments: segment.comments.map((token) => moveToken(token, delta)),
  };
  if (lineDelta === 0) return moved;
  const problems: Record<string, unknown> = {};
  for (const [kind, list] of Object.entries(segment.problems)) problems[kind] = moveLines(list, lineDelta);
  return {
    ...moved,
    ...(segment.instrument ? { instrument: moveLines(segment.instrument, lineDelta) } : {}),
    ...(segment.declaration ? { declaration: moveLines(segment.declaration, lineDelta) } : {}),
    commentNodes: moveLines(segment.commentNodes, lineDelta),
    problems: problems as unknown as SegmentProblems,
  };
}

function moveToken(token: IToken, delta: number): IToken {
  return { ...token, startOffset: token.startOffset + delta, endOffset: token.endOffset! + delta };
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
  if (isPosition(value)) return value.line === 0 && value.character === 0 ? { line: 0, character: 0 } : { line: value.line + lineDelta, character: value.character };
  const result: Record<string, unknown> = {};
  for (const key in value) result[key] = copy((value as Record<string, unknown>)[key], lineDelta);
  return result;
}

function isPosition(value: object): value is Position {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}
