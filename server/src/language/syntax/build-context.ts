/**
 * Shared helpers for turning CST tokens into AST values. Every helper tolerates the holes that
 * error recovery leaves (missing children, tokens inserted in recovery with NaN offsets).
 */
import type { CstNode, IToken } from 'chevrotain';
import type { DateValue, Name, Quantity, Text, Word } from '../ast/nodes';
import { LineIndex, type Range } from '../ast/positions';
import type { ClosedSlot } from '../constructs/construct';
import { hoursPerUnit, lookup, type DurationUnit, type Vocabulary } from '../ast/vocabulary';
import { sharedSlots } from '../constructs/shared';
import type { ProseCstNode, QuantityCstNode } from './cst.generated';
import type { SyntaxProblem } from './build-ast';
import { keepShape } from '../util/kept-shapes';

export class BuildContext {
  readonly lines: LineIndex;
  /** Syntax problems a builder finds in text the grammar reads leniently (words after a table cell). */
  readonly problems: SyntaxProblem[] = [];

  constructor(source: string | LineIndex) {
    this.lines = typeof source === 'string' ? new LineIndex(source) : source;
  }

  /** A token as written; inserted-in-recovery tokens (NaN offsets) count as absent. */
  token(tokens: IToken[] | undefined, index = 0): IToken | undefined {
    const token = tokens?.[index];
    if (!token || token.isInsertedInRecovery || Number.isNaN(token.startOffset)) return undefined;
    return token;
  }

  tokenRange(token: IToken): Range {
    return this.lines.range(token.startOffset, token.startOffset + token.image.length);
  }

  /** The range from the first to the last real token anywhere below a CST node. */
  nodeRange(node: CstNode): Range {
    // Chevrotain tracks each node's offsets while parsing; a node built by error recovery may
    // lack them (NaN), and only then are they recomputed from its tokens.
    const location = node.location;
    if (location && !Number.isNaN(location.startOffset) && location.endOffset !== undefined && !Number.isNaN(location.endOffset)) {
      return this.lines.range(location.startOffset, location.endOffset + 1);
    }
    const [start, end] = tokenSpan(node);
    return start === undefined || end === undefined ? this.lines.range(0, 0) : this.lines.range(start, end);
  }

  name(tokens: IToken[] | undefined, index = 0): Name | undefined {
    const token = this.token(tokens, index);
    return token ? { text: token.image, range: this.tokenRange(token) } : undefined;
  }

  names(tokens: IToken[] | undefined): Name[] {
    const result: Name[] = [];
    for (let i = 0; i < (tokens?.length ?? 0); i++) {
      const name = this.name(tokens, i);
      if (name) result.push(name);
    }
    return result;
  }

  /** The names under `key` of every item, in order: `items.flatMap((i) => this.names(i[key]))` without an array per item. */
  namesIn<K extends string>(items: readonly { readonly [P in K]?: IToken[] }[], key: K, into: Name[] = []): Name[] {
    for (let i = 0; i < items.length; i++) {
      const tokens = items[i][key];
      if (tokens === undefined) continue;
      for (let k = 0; k < tokens.length; k++) {
        const name = this.name(tokens, k);
        if (name) into.push(name);
      }
    }
    return into;
  }

  /** The strings under `key` of every item, in order, as texts (those written, not inserted in recovery). */
  textsIn<K extends string>(items: readonly { readonly [P in K]?: IToken[] }[], key: K): Text[] {
    const result: Text[] = [];
    for (let i = 0; i < items.length; i++) {
      const tokens = items[i][key];
      if (tokens === undefined) continue;
      for (let k = 0; k < tokens.length; k++) {
        const text = this.text(tokens, k);
        if (text) result.push(text);
      }
    }
    return result;
  }

  word<T extends string>(vocab: Vocabulary<T>, tokens: IToken[] | undefined, index = 0): Word<T> | undefined {
    const token = this.token(tokens, index);
    return token ? { text: token.image, value: lookup(vocab, token.image), range: this.tokenRange(token) } : undefined;
  }

  /** A word written in a closed slot (constructs/): its value is looked up in the slot's vocabulary. */
  closed<T extends string>(slot: ClosedSlot<T>, tokens: IToken[] | undefined, index = 0): Word<T> | undefined {
    return this.word(slot.vocabulary, tokens, index);
  }

  /** A word from a fixed set that the grammar already guarantees (e.g. which keyword was used). */
  keywordWord<T extends string>(token: IToken | undefined, value: T): Word<T> | undefined {
    return token ? { text: token.image, value, range: this.tokenRange(token) } : undefined;
  }

  text(tokens: IToken[] | undefined, index = 0): Text | undefined {
    const token = this.token(tokens, index);
    if (!token) return undefined;
    const multiline = token.image.startsWith('"""');
    const value = multiline ? dedent(token.image.slice(3, -3)) : unescapeString(token.image.slice(1, -1));
    return { value, range: this.tokenRange(token), multiline };
  }

  date(tokens: IToken[] | undefined, index = 0): DateValue | undefined {
    const token = this.token(tokens, index);
    return token ? parseDate(token.image, this.tokenRange(token)) : undefined;
  }

  /** Prose: a one-line string or a `"""` block. */
  prose(node: ProseCstNode | undefined): Text | undefined {
    return node ? this.text(node.children.text) : undefined;
  }

  quantity(node: QuantityCstNode | undefined): Quantity | undefined {
    if (!node) return undefined;
    const amountToken = this.token(node.children.amount);
    if (!amountToken) return undefined;
    const amount = Number(amountToken.image);
    const unit = this.closed(sharedSlots['quantity.unit'], node.children.unit);
    const unitWord: Word<DurationUnit> = unit ?? {
      text: '',
      value: undefined,
      range: this.tokenRange(amountToken),
    };
    const hours = unitWord.value ? amount * hoursPerUnit[unitWord.value] : undefined;
    return { amount, unit: unitWord, hours, days: hours === undefined ? undefined : hours / 24, range: this.nodeRange(node) };
  }
}

/** A context kept alive, with its hidden class: contexts live for one construct each (util/kept-shapes.ts). */
keepShape(new BuildContext(''));

/**
 * First and one-past-last offsets of the real tokens below a node. Children under one key are
 * in source order, so only the first and last real child of each key can hold the extremes:
 * this keeps the cost proportional to the node's depth, not its size.
 */
function tokenSpan(node: CstNode): [number | undefined, number | undefined] {
  let start: number | undefined;
  let end: number | undefined;
  for (const children of Object.values(node.children) as (CstNode | IToken)[][]) {
    for (let i = 0; i < children.length; i++) {
      const childStart = spanOf(children[i])[0];
      if (childStart !== undefined) {
        if (start === undefined || childStart < start) start = childStart;
        break;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const childEnd = spanOf(children[i])[1];
      if (childEnd !== undefined) {
        if (end === undefined || childEnd > end) end = childEnd;
        break;
      }
    }
  }
  return [start, end];
}

function spanOf(child: CstNode | IToken): [number | undefined, number | undefined] {
  if ('image' in child) {
    if (child.isInsertedInRecovery || Number.isNaN(child.startOffset)) return [undefined, undefined];
    return [child.startOffset, child.startOffset + child.image.length];
  }
  return tokenSpan(child);
}

/** The first real token offset below a node (Infinity if none); looks only at first children. */
export function firstOffsetOf(node: CstNode): number {
  const tracked = node.location?.startOffset;
  if (tracked !== undefined && !Number.isNaN(tracked)) return tracked;
  let start = Number.POSITIVE_INFINITY;
  for (const children of Object.values(node.children) as (CstNode | IToken)[][]) {
    for (const child of children) {
      const offset = 'image' in child ? (child.isInsertedInRecovery ? Number.NaN : child.startOffset) : firstOffsetOf(child);
      if (!Number.isNaN(offset) && offset !== Number.POSITIVE_INFINITY) {
        if (offset < start) start = offset;
        break;
      }
    }
  }
  return start;
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/' };

/** Unescape `\"`, `\\`, `\n`, `\t`, `\uXXXX`; an unknown escape keeps its character. */
export function unescapeString(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, esc: string) =>
    esc.length === 5 ? String.fromCharCode(parseInt(esc.slice(1), 16)) : (escapes[esc] ?? esc),
  );
}

/**
 * Prose blocks are indented with the code; strip the common indentation and the outer blank lines
 * (a blank line is white space only, as `trim` reads it; indentation is spaces and tabs), and
 * write every line break as `\n`. Every multi-line text of a document comes here (579 blocks at
 * 10,000 lines), so the lines are found by offsets, in one indexed pass, into
 * arrays reused from call to call, and only the kept lines are sliced: splitting by a regular
 * expression made a string per line, blank ones included (10k profile of the builders: `dedent`
 * and its split 11% of their time). A block whose kept lines need no change (no indentation, `\n`
 * breaks only) is one slice.
 */
export function dedent(body: string): string {
  const n = body.length;
  const crlf = body.indexOf('\r') !== -1;
  const count = findLines(body);
  const starts = lineStarts;
  const ends = lineEnds;
  let first = 0;
  let last = count - 1;
  while (first <= last && isBlankSpan(body, starts[first], ends[first])) first++;
  while (last >= first && isBlankSpan(body, starts[last], ends[last])) last--;
  if (first > last) return '';
  let common = n;
  for (let i = first; i <= last; i++) {
    const start = starts[i];
    const end = ends[i];
    let indent = start;
    while (indent < end && (body.charCodeAt(indent) === 32 || body.charCodeAt(indent) === 9)) indent++;
    // Blank lines do not count; a line indented as far as the least so far cannot lower it.
    if (indent === end || indent - start >= common || isBlankSpan(body, indent, end)) continue;
    common = indent - start;
  }
  // Lines first..last hold a line that is not blank, so `common` is that line's indentation or less.
  if (common === 0 && !crlf) return body.slice(starts[first], ends[last]);
  const kept: string[] = [];
  // A line shorter than the common indentation is blank: it keeps what is past it (nothing).
  for (let i = first; i <= last; i++) kept.push(body.slice(Math.min(starts[i] + common, ends[i]), ends[i]));
  return kept.join('\n');
}

/** Fills `lineStarts` and `lineEnds` with the lines of `body` (breaks `\r\n`, `\r`, `\n`); returns how many. */
function findLines(body: string): number {
  // One indexed pass (not `indexOf` from each line's start: the hostile-input work meter counts a
  // string search as the whole string, which made a long block look quadratic).
  const n = body.length;
  let count = 0;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    addLine(count++, lineStart, i);
    if (code === 13 && i + 1 < n && body.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  addLine(count++, lineStart, n);
  return count;
}

/** Each line's start and end offsets in the body `dedent` reads, grown as needed and reused. */
let lineStarts = new Int32Array(64);
let lineEnds = new Int32Array(64);

function addLine(at: number, start: number, end: number): void {
  if (at === lineStarts.length) {
    const starts = new Int32Array(at * 2);
    const ends = new Int32Array(at * 2);
    starts.set(lineStarts);
    ends.set(lineEnds);
    lineStarts = starts;
    lineEnds = ends;
  }
  lineStarts[at] = start;
  lineEnds[at] = end;
}

/** Whether `body[start, end)` is white space only, as `String.prototype.trim` reads it. */
function isBlankSpan(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = body.charCodeAt(i);
    if (code === 32 || code === 9 || code === 11 || code === 12) continue;
    if (code < 128 || !/^\s$/.test(body.charAt(i))) return false;
  }
  return true;
}

export function parseDate(text: string, range: Range): DateValue {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  const valid = month >= 1 && month <= 12 && day >= 1 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return { text, year, month, day, valid, time: valid ? time : undefined, range };
}
