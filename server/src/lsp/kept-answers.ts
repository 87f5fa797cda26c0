/**
 * Answers sent again unchanged, encoded once. The outline, the semantic colouring and a rendered
 * instrument of an unchanged document are kept by the core and asked for again (the breadcrumbs,
 * a scroll, the preview); over stdio each answer is turned into JSON and then UTF-8 every time
 * (at 100,000 lines the rendered Markdown costs about 80 ms to encode, more than rendering it
 * again would once kept, and the colouring about 25 ms). A handler marks such an answer with
 * `keep`; the stdio writer (pieces-writer.ts) then encodes it once and reuses the bytes, writing
 * them into the response exactly where `JSON.stringify` would have written them, so the bytes on
 * the wire are the same (test/lsp/kept-answers.test.ts). Over Node IPC (the VS Code client) Node
 * serialises the messages itself and the marks are not read.
 */
import type { Message } from 'vscode-languageserver/node';
import type { TextParts } from '../language';

/** How deep a response is walked for kept parts: message → result → a field of it. */
const maxDepth = 3;

/** Kept strings at most. */
const maxStrings = 3;

/**
 * A text answered in parts (language/render/text-parts.ts), sent as the JSON string of the text
 * the parts join to. The text is never joined, nor are its bytes: it is written as a few hundred
 * pieces (pieces-writer.ts), each the JSON bytes, between the quotes, of `partsPerPiece` (64)
 * consecutive parts with their separators — the bytes of the whole text's JSON, as no part splits
 * a surrogate pair. A piece is kept while it is in the latest two texts encoded and reused when
 * its parts are the very same, so after an edit only the piece of the article it changed is
 * encoded again (at 100,000 lines the rendered Markdown is 16 MB as one string; joining it and
 * encoding it again after each keystroke was about 0.1 s of CPU). No 8 MB buffer is made per
 * answer either: such buffers are external memory to V8, and every few exports one started a full
 * collection of the ~1 GB heap inside the export's request (100–250 ms at 100,000 lines).
 */
class JoinedText {
  /** The bytes, in order: made up to part `made` (prepared ahead, or by the answer). */
  readonly pieces: Buffer[] = [];
  made = 0;
  done = false;
  /** This text's pieces, by their first part. */
  readonly now = new Map<string, Piece>();
  constructor(readonly text: TextParts) {}
}

/** The bytes of the parts `parts` (after a separator unless first), as one piece. */
interface Piece {
  readonly parts: readonly string[];
  readonly first: boolean;
  readonly separator: string;
  readonly bytes: Buffer;
}

/**
 * Parts per piece: ~120 pieces at 100,000 lines (7,500 parts). Written one part per piece, the
 * 15,000 writes cost more than copying the whole into one buffer (~8 ms of CPU against ~3).
 */
const defaultPartsPerPiece = 64;

/** The bytes a text in parts is written as: Buffers, in order (Content-Length is their sum). */
export type Pieces = readonly Buffer[];

const quote = Buffer.from('"');
const inner = (text: string) => Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8');

function made(parts: readonly string[], first: boolean, separator: string): Piece {
  return { parts, first, separator, bytes: inner(`${first ? '' : separator}${parts.join(separator)}`) };
}

export class KeptAnswers {
  private readonly objects = new WeakMap<object, Buffer | null>();
  private readonly joined = new WeakMap<TextParts, JoinedText>();
  /** The pieces of the latest text encoded in parts, and of the one before, by their first part. */
  private latestPieces = new Map<string, Piece>();
  private earlierPieces = new Map<string, Piece>();

  /**
   * `writes`: whether the writer writes every message (stdio); only then may a text be answered in
   * parts. `partsPerPiece`: parts per piece written (tests make it small, to see pieces kept).
   */
  constructor(
    readonly writes = false,
    private readonly partsPerPiece = defaultPartsPerPiece,
  ) {}

  /**
   * A text answered in parts, marked to be sent as its joined text (`writes` only: over Node IPC
   * Node serialises the answer itself, and it must be the string).
   */
  keepParts(text: TextParts): object {
    if (!this.writes) throw new Error('a text is answered in parts only through the stdio encoder');
    return this.joinedOf(text);
  }

  private joinedOf(text: TextParts): JoinedText {
    let joined = this.joined.get(text);
    if (joined === undefined) this.joined.set(text, (joined = new JoinedText(text)));
    return joined;
  }
  /** Kept strings (renderings), the latest `maxStrings`: a string cannot key a WeakMap. */
  private readonly strings = new Map<string, Buffer | null>();

  /** Marks an answer (or part of one) that will not change and may be sent again; returns it. */
  keep<T extends object | string>(answer: T): T {
    if (typeof answer === 'string') {
      if (!this.strings.has(answer)) {
        this.strings.set(answer, null);
        // The three text formats of one document: a rendering of 100,000 lines is 16 MB as a
        // string and 8 MB encoded, so older ones go (the core keeps them while they are current).
        for (const old of this.strings.keys()) if (this.strings.size > maxStrings) this.strings.delete(old);
      }
    } else if (!this.objects.has(answer)) this.objects.set(answer, null);
    return answer;
  }

  /** The UTF-8 JSON of a message, as `JSON.stringify` and `Buffer.from` give it, reusing kept parts. */
  encode(message: Message): Buffer {
    const pieces = this.pieces(message);
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  }

  /**
   * The same bytes as `encode`, in pieces that are never copied together: the kept bytes of a
   * text in parts are written as they are (pieces-writer.ts), not concatenated into a new buffer
   * of the whole answer for each request.
   */
  pieces(message: Message): Buffer[] {
    const parts: (string | Pieces)[] = [];
    this.write(message, parts, 0);
    // Text between kept parts is joined before it is encoded: a response is a few pieces.
    const buffers: Buffer[] = [];
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        if (text !== '') buffers.push(Buffer.from(text, 'utf8'));
        for (const piece of part) buffers.push(piece);
        text = '';
      }
    }
    if (text !== '' || buffers.length === 0) buffers.push(Buffer.from(text, 'utf8'));
    return buffers;
  }

  /**
   * Encodes a text in parts ahead, while the server is idle (render-ahead.ts), a step at a time
   * (`partsPerStep` parts each: a piece, under a millisecond at 100,000 lines), so that the answer
   * asked for later only writes the bytes; an answer asked meanwhile goes on from where this
   * stopped. Nothing over IPC (`writes` false).
   */
  *prepareParts(text: TextParts, partsPerStep = this.partsPerPiece): Generator<string, void, void> {
    if (!this.writes) return;
    const joined = this.joinedOf(text);
    while (!this.advance(joined, partsPerStep)) yield 'encode';
  }

  /** The kept encoding of a value, made on first use; undefined when the value is not kept. */
  private kept(value: unknown): Pieces | undefined {
    if (value instanceof JoinedText) {
      this.advance(value, Infinity);
      return value.pieces;
    }
    if (typeof value === 'string') {
      if (!this.strings.has(value)) return undefined;
      let bytes = this.strings.get(value);
      if (!bytes) this.strings.set(value, (bytes = Buffer.from(JSON.stringify(value), 'utf8')));
      return [bytes];
    }
    if (typeof value !== 'object' || value === null || !this.objects.has(value)) return undefined;
    let bytes = this.objects.get(value);
    if (!bytes) this.objects.set(value, (bytes = Buffer.from(JSON.stringify(value), 'utf8')));
    return [bytes];
  }

  /**
   * Makes the pieces of up to `count` more parts of a text in parts (whole pieces: at least one);
   * true once all are made. The last step adds the closing bytes and makes this text's pieces the
   * latest kept.
   */
  private advance(joined: JoinedText, count: number): boolean {
    if (joined.done) return true;
    const { parts, separator, end } = joined.text;
    const { pieces, now } = joined;
    if (joined.made === 0) pieces.push(quote);
    const until = Math.min(parts.length, joined.made + Math.max(count, 1));
    while (joined.made < until) {
      const from = joined.made;
      const to = Math.min(parts.length, from + this.partsPerPiece);
      const piece = this.keptPiece(parts, separator, from, to) ?? made(parts.slice(from, to), from === 0, separator);
      now.set(parts[from], piece);
      pieces.push(piece.bytes);
      joined.made = to;
    }
    if (joined.made < parts.length) return false;
    if (end !== '') pieces.push(inner(end));
    pieces.push(quote);
    joined.done = true;
    if (this.latestPieces !== now) {
      this.earlierPieces = this.latestPieces;
      this.latestPieces = now;
    }
    return true;
  }

  /** The kept piece of exactly these parts, if any (the same strings: an unchanged article's are the very same). */
  private keptPiece(parts: readonly string[], separator: string, from: number, to: number): Piece | undefined {
    for (const kept of [this.latestPieces, this.earlierPieces]) {
      const piece = kept.get(parts[from]);
      if (piece === undefined || piece.first !== (from === 0) || piece.separator !== separator || piece.parts.length !== to - from) continue;
      let same = true;
      for (let i = from; i < to && same; i++) same = piece.parts[i - from] === parts[i];
      if (same) return piece;
    }
    return undefined;
  }

  /**
   * Appends the JSON of `value` to `parts`, kept parts as their bytes. Plain objects near the top
   * are written key by key as `JSON.stringify` does (own enumerable keys in order, undefined,
   * functions and symbols left out) to find kept parts inside; everything else is stringified.
   */
  private write(value: unknown, parts: (string | Pieces)[], depth: number): void {
    const bytes = this.kept(value);
    if (bytes) {
      parts.push(bytes);
      return;
    }
    if (depth >= maxDepth || !isPlainObject(value)) {
      parts.push(JSON.stringify(value));
      return;
    }
    parts.push('{');
    let first = true;
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      this.write(field, parts, depth + 1);
    }
    parts.push('}');
  }
}

/** An object `JSON.stringify` writes field by field: no array, no `toJSON`, no class of its own. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
