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
 * the parts join to. The text is never joined, nor are its bytes: it is written as the bytes of
 * each part's JSON between the quotes, one after the other (pieces-writer.ts), which are the bytes
 * of the whole text's JSON as no part splits a surrogate pair. A part's bytes are kept while it
 * is in the latest two texts encoded, so after an edit only the articles it changed are encoded
 * (at 100,000 lines the rendered Markdown is 16 MB as one string; joining it and encoding it again
 * after each keystroke was about 0.1 s of CPU). No 8 MB buffer is made per answer either: each
 * such buffer counted towards V8's external memory, and every few exports one started a full
 * collection of the ~1 GB heap inside the export's request (100–250 ms at 100,000 lines).
 */
class JoinedText {
  /** The bytes, in order: made up to `made` parts (prepared ahead, or by the answer). */
  readonly pieces: Buffer[] = [];
  made = 0;
  done = false;
  /** The bytes of this text's parts, by part. */
  readonly now = new Map<string, Buffer>();
  constructor(readonly text: TextParts) {}
}

/** The bytes a text in parts is written as: Buffers, in order (Content-Length is their sum). */
export type Pieces = readonly Buffer[];

const quote = Buffer.from('"');
const inner = (text: string) => Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8');

export class KeptAnswers {
  private readonly objects = new WeakMap<object, Buffer | null>();
  private readonly joined = new WeakMap<TextParts, JoinedText>();
  /** The bytes of the parts of the latest text sent in parts, and of the one before. */
  private partBytes = new Map<string, Buffer>();
  private earlierPartBytes = new Map<string, Buffer>();

  /** `writes`: whether `encoder` writes every message (stdio); only then may a text be answered in parts. */
  constructor(readonly writes = false) {}

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
   * (`partsPerStep` parts each: ~1–2 ms at 100,000 lines), so that the answer asked for later only writes the bytes; an
   * answer asked meanwhile goes on from where this stopped. Nothing over IPC (`writes` false).
   */
  *prepareParts(text: TextParts, partsPerStep = 64): Generator<string, void, void> {
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
   * Makes the bytes of up to `count` more parts of a text in parts; true once all are made. The
   * last step makes the closing bytes and makes this text's parts the latest kept.
   */
  private advance(joined: JoinedText, count: number): boolean {
    if (joined.done) return true;
    const { parts, separator, end } = joined.text;
    const { pieces, now } = joined;
    if (joined.made === 0) pieces.push(quote);
    const until = Math.min(parts.length, joined.made + count);
    for (let i = joined.made; i < until; i++) {
      const part = parts[i];
      let bytes = now.get(part) ?? this.partBytes.get(part) ?? this.earlierPartBytes.get(part);
      if (bytes === undefined) bytes = inner(part);
      now.set(part, bytes);
      if (i > 0) pieces.push(this.separatorBytes(separator));
      pieces.push(bytes);
    }
    joined.made = until;
    if (until < parts.length) return false;
    if (end !== '') pieces.push(inner(end));
    pieces.push(quote);
    joined.done = true;
    if (this.partBytes !== now) {
      this.earlierPartBytes = this.partBytes;
      this.partBytes = now;
    }
    return true;
  }

  private separator: { text: string; bytes: Buffer } | undefined;
  private separatorBytes(text: string): Buffer {
    if (this.separator?.text !== text) this.separator = { text, bytes: inner(text) };
    return this.separator.bytes;
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
