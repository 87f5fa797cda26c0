/**
 * A parse cut into segments, one per top-level construct (or junk run) with the gap after it, so
 * that an edit re-parses only the segments it touches (reparse.ts). A full parse is the same
 * pipeline over the whole text: `parseRegion` lexes, parses and builds a span of text into
 * segments, `assemble` joins segments into the parse result. Because both paths assemble the
 * same per-segment data in the same order, an incremental parse equals a full one whenever the
 * segments it reuses would have been built the same way in full context (reparse.ts says when:
 * `firmEnd` and `errorAtStart` for the cut before a region, a parse run on into the reused
 * text's first tokens for the cut after it).
 */
import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { Comment, Declaration, EntenteDocument, Instrument } from '../ast/nodes';
import type { LineIndex } from '../ast/positions';
import { buildTopLevel, type SyntaxProblem, type TopLevelBuild } from './build-ast';
import { BuildContext, firstOffsetOf } from './build-context';
import { placeSyntaxError } from './error-messages';
import { freeWordsHint } from './free-words';
import { ententeLexer } from './lexer';
import { EntenteParser } from './parser';
import { tableTokens, type TableTokens } from './token-list';
import { firstFrom, imageAt, startAt, tokensOf, tokenTable, tokenTypeAt, type TokenTable } from './token-table';
import { RCurly } from './tokens';
import { keepShape } from '../util/kept-shapes';
import { ownCopy } from '../util/own-copy';

/**
 * Problems of one segment by where the full parse lists them: its final order (stable sort by
 * position, first of a position kept) depends on the list order, so each kind is kept apart.
 */
export interface SegmentProblems {
  /** Stray text inside a block (builder). */
  readonly stray: readonly SyntaxProblem[];
  /** Problems the builders find in leniently read text. */
  readonly built: readonly SyntaxProblem[];
  /** Comments never closed. */
  readonly comment: readonly SyntaxProblem[];
  readonly lexer: readonly SyntaxProblem[];
  readonly parser: readonly SyntaxProblem[];
  /** Junk between declarations (listed last: a parser error at the same token says more). */
  readonly between: readonly SyntaxProblem[];
}

export interface Segment {
  /** Offset of the construct's first token (the text's start for the leading segment). */
  readonly start: number;
  /** The next segment's start, or the end of the text. */
  readonly end: number;
  readonly instrument: Instrument | undefined;
  readonly declaration: Declaration | undefined;
  /** Parser tokens and comment tokens in [start, end), in document order. */
  readonly tokens: readonly IToken[];
  /** The parser tokens read in place, without token objects (token-list.ts): what whole-document readers read. */
  readonly tokenList: TableTokens;
  readonly comments: readonly IToken[];
  readonly commentNodes: readonly Comment[];
  readonly problems: SegmentProblems;
  /**
   * The parse may be cut at `end`: the construct ends with a real `}` (or the segment has no
   * tokens), and the character before `end` is blank or that `}`, so neither the lexer nor
   * the parser carries anything across.
   */
  readonly firmEnd: boolean;
  /** A parser error sits on the first token: the construct before may have caused it. */
  readonly errorAtStart: boolean;
}

/**
 * The problems of a segment that has none. Nearly every segment of a long instrument has none,
 * and `assemble` reads every segment's six lists after each keystroke: one shared object lets
 * it skip them all with one comparison.
 */
const none: readonly SyntaxProblem[] = Object.freeze([]);
export const noProblems: SegmentProblems = Object.freeze({ stray: none, built: none, comment: none, lexer: none, parser: none, between: none });

function problemsOf(problems: SegmentProblems): SegmentProblems {
  const { stray, built, comment, lexer, parser, between } = problems;
  return stray.length + built.length + comment.length + lexer.length + parser.length + between.length === 0 ? noProblems : problems;
}

/** How many region parses stopped where the reused text starts (parser.ts, `stopAt`): the reparse tests check the path is taken. */
export const regionStops = { stopped: 0 };

/** One of the first tokens of the reused text after a region, its offset counted from the region's end. */
export interface NextToken {
  readonly offset: number;
  readonly image: string;
  readonly tokenType: IToken['tokenType'];
}

/**
 * Lexes, parses and builds `text[from, to)` into segments, positions taken from `lines` (the
 * whole new text). With `next`, the region is followed by reused text starting with those
 * tokens (two: the parser looks at most two tokens ahead): they are lexed and parsed after
 * the region, so every decision at its end is taken as in a full parse, and then dropped.
 * Undefined when the region cannot be cut there: the lexer does not stop right before the
 * reused text, or the parser does not start a new top-level construct on its first token.
 */
export function parseRegion(parser: EntenteParser, lines: LineIndex, from: number, to: number, next?: readonly NextToken[]): Segment[] | undefined {
  const text = lines.text;
  const lastNext = next?.[next.length - 1];
  // A region is lexed from its own copy: token images (and the prose values sliced from them)
  // would otherwise keep this whole version of the text alive for as long as the segment is
  // reused, and a long session of edits in different places would keep one version per edit.
  const source = !lastNext ? (from === 0 && to === text.length ? text : ownCopy(text.slice(from, to))) : ownCopy(text.slice(from, to + lastNext.offset + lastNext.image.length));
  const lexed = ententeLexer.scan(source);
  const table = lexed.table;
  let comments = lexed.comments;
  let lexErrors = lexed.errors;
  if (next) {
    const first = table.count - next.length;
    const same = first >= 0 && next.every((n, i) => startAt(table, first + i) === to - from + n.offset && imageAt(table, first + i) === n.image && tokenTypeAt(table, first + i) === n.tokenType);
    if (!same) return undefined;
  }
  // Offsets in the whole text (the lexer gives them in the region).
  if (from !== 0) {
    table.shift += from;
    for (const token of comments) moveToken(token, from);
  }
  // Each top-level construct is built as soon as it is parsed (parser.ts, `topLevelSink`).
  const built: TopLevel[] = [];
  parser.topLevelSink = (node) => built.push(buildNode(lines, node));
  // With reused text after the region, the parse stops as the construct there is entered (parser.ts, `stopAt`).
  let stoppedAt: number | undefined;
  try {
    parser.readTable(table);
    parser.stopAt = next ? to : undefined;
    parser.stoppedAt = undefined;
    parser.document();
  } catch (error) {
    if (!EntenteParser.isStop(error)) throw error;
  } finally {
    stoppedAt = parser.stoppedAt;
    parser.topLevelSink = undefined;
    parser.stopAt = undefined;
    parser.stoppedAt = undefined;
  }
  let errors = parser.errors;
  // In source order by first offset (each starts on its own token; kept as the sort it always was).
  let nodes = built.sort((a, b) => a.offset - b.offset);
  if (next) {
    // The construct the appended tokens start must start on the first of them, and nothing
    // found there may be blamed on the region: then the region parses as in full context.
    if (stoppedAt === to) regionStops.stopped++;
    else if (!nodes.some((entry) => entry.offset === to)) return undefined;
    if (errors.some((error) => error.token.startOffset === to)) return undefined;
    nodes = nodes.filter((entry) => entry.offset < to);
    errors = errors.filter((error) => error.token.startOffset < to);
    table.count = firstFrom(table, to);
    comments = comments.filter((token) => token.startOffset < to);
    lexErrors = lexErrors.filter((error) => error.offset + from < to);
  }

  const starts = nodes.map((entry) => entry.offset);
  const leading = nodes.length === 0 || starts[0] > from ? 1 : 0;
  const segmentStart = (i: number) => (i < leading ? from : starts[i - leading]);
  const count = nodes.length + leading;
  const segments: Segment[] = [];
  let tokenAt = 0;
  let commentAt = 0;
  // The tokens as objects, made only for the hint of a parser error (free-words.ts).
  let tokens: IToken[] | undefined;
  const tokenObjects = () => (tokens ??= tokensOf(table));
  let errorAt = 0;
  let lexErrorAt = 0;
  // Parser errors in occurrence order, each placed by its token's offset (end of text when none).
  const placedErrors = errors.map((error) => ({ error, offset: Number.isNaN(error.token.startOffset) ? text.length : error.token.startOffset }));
  for (let i = 0; i < count; i++) {
    const start = segmentStart(i);
    const end = i + 1 < count ? segmentStart(i + 1) : to;
    const last = i + 1 === count;
    const inside = (offset: number) => offset < end || (last && offset <= text.length);
    const firstToken = tokenAt;
    while (tokenAt < table.count && inside(startAt(table, tokenAt))) tokenAt++;
    const segComments: IToken[] = [];
    while (commentAt < comments.length && inside(comments[commentAt].startOffset)) segComments.push(comments[commentAt++]);
    const lexer: SyntaxProblem[] = [];
    while (lexErrorAt < lexErrors.length && inside(lexErrors[lexErrorAt].offset + from)) {
      const error = lexErrors[lexErrorAt++];
      const offset = error.offset + from;
      lexer.push({ message: error.message, range: lines.range(offset, offset + Math.max(1, error.length)), source: 'lexer' });
    }
    const parserProblems: SyntaxProblem[] = [];
    let errorAtStart = false;
    while (errorAt < placedErrors.length && inside(placedErrors[errorAt].offset)) {
      const { error, offset } = placedErrors[errorAt++];
      if (offset === start && i >= leading) errorAtStart = true;
      parserProblems.push(parserProblem(error, offset, lines, tokenObjects));
    }
    const node = i < leading ? undefined : nodes[i - leading];
    const ctx = new BuildContext(lines);
    const built = node ? node.built : { stray: [], between: [] };
    const commentNodes: Comment[] = [];
    const commentProblems: SyntaxProblem[] = [];
    for (const token of segComments) {
      commentNodes.push({ text: token.image, range: ctx.tokenRange(token), block: token.image.startsWith('/*') });
      if (token.tokenType.name === 'UnterminatedComment') {
        commentProblems.push({ message: 'This comment is never closed: end it with */ (everything after it is being ignored).', range: ctx.tokenRange(token), source: 'lexer' });
      }
    }
    segments.push(
      new LexedSegment(
        start,
        end,
        'instrument' in built ? built.instrument : undefined,
        'declaration' in built ? built.declaration : undefined,
        table,
        firstToken,
        tokenAt,
        segComments,
        commentNodes,
        problemsOf({ stray: built.stray, built: node ? node.problems : none, comment: commentProblems, lexer, parser: parserProblems, between: built.between }),
        endsFirmly(text, node, table, firstToken, tokenAt, end),
        errorAtStart,
      ),
    );
  }
  return segments;
}

/**
 * A segment as parsed: its tokens are a range of the region's token table, read in place by
 * `tokenList`, made into objects when first asked for as `tokens` (requests about one place).
 */
class LexedSegment implements Segment {
  private made: IToken[] | undefined = undefined;
  private list: TableTokens | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly instrument: Instrument | undefined,
    readonly declaration: Declaration | undefined,
    private readonly table: TokenTable,
    private readonly firstToken: number,
    private readonly afterToken: number,
    readonly comments: readonly IToken[],
    readonly commentNodes: readonly Comment[],
    readonly problems: SegmentProblems,
    readonly firmEnd: boolean,
    readonly errorAtStart: boolean,
  ) {}

  get tokens(): readonly IToken[] {
    return (this.made ??= tokensOf(this.table, this.firstToken, this.afterToken));
  }

  get tokenList(): TableTokens {
    return (this.list ??= tableTokens(this.table, this.firstToken, this.afterToken));
  }

  get tokenCount(): number {
    return this.afterToken - this.firstToken;
  }
}

/** A segment kept alive, with its hidden class (util/kept-shapes.ts): a dropped analysis takes every other with it. */
keepShape(new LexedSegment(0, 0, undefined, undefined, tokenTable('', [], []), 0, 0, [], [], noProblems, true, false));

/** How many parser tokens a segment has, without making them. */
export function tokenCountOf(segment: Segment): number {
  return segment instanceof LexedSegment ? segment.tokenCount : segment.tokens.length;
}

/** A child of `document`, built: its construct (or junk run), and what `endsFirmly` reads of its CST. */
interface TopLevel {
  readonly offset: number;
  readonly built: TopLevelBuild;
  /** The builders' own problems (`BuildContext.problems`). */
  readonly problems: readonly SyntaxProblem[];
  readonly name: string;
  readonly endOffset: number | undefined;
}

function buildNode(lines: LineIndex, node: CstNode): TopLevel {
  const ctx = new BuildContext(lines);
  const built = buildTopLevel(ctx, node);
  return { offset: firstOffsetOf(node), built, problems: ctx.problems, name: node.name, endOffset: node.location?.endOffset };
}

function moveToken(token: IToken, by: number): void {
  token.startOffset += by;
  token.endOffset! += by;
}

function parserProblem(error: IRecognitionException, offset: number, lines: LineIndex, tokens: () => readonly IToken[]): SyntaxProblem {
  const end = Number.isNaN(error.token.startOffset) ? offset : offset + error.token.image.length;
  const hint = freeWordsHint(error, tokens);
  const message = placeSyntaxError(error.message, error.context.ruleStack);
  return { message: hint ? `${message} ${hint}` : message, range: lines.range(offset, end), source: 'parser' };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff;
}

/** Whether the segment whose tokens are `table`'s from `first` up to `after` ends firmly (`Segment.firmEnd`). */
function endsFirmly(text: string, node: TopLevel | undefined, table: TokenTable, first: number, after: number, end: number): boolean {
  const last = after > first ? after - 1 : -1;
  if (node) {
    if (node.name !== 'topLevel' || last < 0 || tokenTypeAt(table, last) !== RCurly) return false;
    if (node.endOffset !== startAt(table, last)) return false;
  } else if (last >= 0) {
    return false;
  }
  if (end === 0 || end >= text.length) return true;
  return isBlank(text.charCodeAt(end - 1)) || (last >= 0 && startAt(table, last) + 1 === end);
}

/** The parse result of a whole text from its segments, in order. */
export function assemble(lines: LineIndex, segments: readonly Segment[], maxProblems: number): { ast: EntenteDocument; problems: SyntaxProblem[] } {
  const instruments: Instrument[] = [];
  const declarations: Declaration[] = [];
  const commentNodes: Comment[] = [];
  const kinds: (keyof SegmentProblems)[] = ['stray', 'built', 'comment', 'lexer', 'parser', 'between'];
  const listed: SyntaxProblem[] = [];
  for (const segment of segments) {
    if (segment.instrument) instruments.push(segment.instrument);
    if (segment.declaration) declarations.push(segment.declaration);
    for (const node of segment.commentNodes) commentNodes.push(node);
  }
  for (const kind of kinds) {
    for (const segment of segments) {
      if (segment.problems === noProblems) continue;
      const list = segment.problems[kind];
      for (let i = 0; i < list.length; i++) listed.push(list[i]);
    }
  }
  // One pass sorts the declarations by type (a filter per type reads every declaration 13 times).
  const byType = new Map<Declaration['type'], Declaration[]>();
  for (const declaration of declarations) {
    const list = byType.get(declaration.type);
    if (list) list.push(declaration);
    else byType.set(declaration.type, [declaration]);
  }
  const of = <T extends Declaration['type']>(type: T) => (byType.get(type) ?? []) as Extract<Declaration, { type: T }>[];
  const ast: EntenteDocument = {
    type: 'Document',
    instrument: instruments[0],
    instruments,
    declarations,
    uses: of('Use'),
    parties: of('Party'),
    securityAgreements: of('SecurityAgreement'),
    channels: of('Channel'),
    protocols: of('IncidentProtocol'),
    exercises: of('Exercise'),
    cooperations: of('Cooperation'),
    bodies: of('GovernanceBody'),
    definitions: of('Definition'),
    clauses: of('Clause'),
    assistance: of('Assistance'),
    notes: of('Note'),
    designations: of('Designation'),
    comments: commentNodes,
    range: lines.range(0, lines.text.length),
  };
  return { ast, problems: limit(dedupe(listed), maxProblems) };
}

/** The segments' parser tokens (or comments), joined: read only by requests that need tokens, so joined on demand. */
export function joinTokens(segments: readonly Segment[], kind: 'tokens' | 'comments'): IToken[] {
  const result: IToken[] = [];
  for (const segment of segments) for (const token of segment[kind]) result.push(token);
  return result;
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

function limit(problems: SyntaxProblem[], max: number): SyntaxProblem[] {
  if (problems.length <= max) return problems;
  const kept = problems.slice(0, max);
  const last = kept[kept.length - 1];
  kept.push({ message: `${problems.length - max} more syntax problems are not shown; fix the ones above first.`, range: last.range, source: 'parser' });
  return kept;
}
