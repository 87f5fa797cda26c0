/**
 * Answers sent again unchanged, encoded once. The outline, the semantic colouring and a rendered
 * instrument of an unchanged document are kept by the core and asked for again (the breadcrumbs,
 * a scroll, the preview); over stdio each answer is turned into JSON and then UTF-8 every time
 * (at 100,000 lines the rendered Markdown costs about 80 ms to encode, more than rendering it
 * again would once kept, and the colouring about 25 ms). A handler marks such an answer with
 * `keep`; the stdio writer (main.ts) then encodes it once and reuses the bytes, splicing them
 * into the response exactly where `JSON.stringify` would have written them, so the bytes on the
 * wire are the same (test/lsp/kept-answers.test.ts). Over Node IPC (the VS Code client) Node
 * serialises the messages itself and the marks are not read.
 */
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import type { TextParts } from '../language';

/** How deep a response is walked for kept parts: message → result → a field of it. */
const maxDepth = 3;

/** Kept strings at most. */
const maxStrings = 3;

/**
 * A text answered in parts (language/render/text-parts.ts), sent as the JSON string of the text
 * the parts join to. The text is never joined: its bytes are the bytes of each part's JSON
 * between the quotes, concatenated, which are the bytes of the whole text's JSON as no part splits
 * a surrogate pair. A part's bytes are kept while it is in the latest two texts sent, so after an
 * edit only the articles it changed are encoded (at 100,000 lines the rendered Markdown is 16 MB
 * as one string; joining it and encoding it again after each keystroke was about 0.1 s of CPU).
 */
class JoinedText {
  bytes: Buffer | undefined;
  constructor(readonly text: TextParts) {}
}

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
    const parts: (string | Buffer)[] = [];
    this.write(message, parts, 0);
    // Text between kept parts is joined before it is encoded: a response is a few pieces.
    const buffers: Buffer[] = [];
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        buffers.push(Buffer.from(text, 'utf8'), part);
        text = '';
      }
    }
    if (buffers.length === 0) return Buffer.from(text, 'utf8');
    buffers.push(Buffer.from(text, 'utf8'));
    return Buffer.concat(buffers);
  }

  /** A content-type encoder for vscode-jsonrpc's stream writer. */
  readonly encoder: ContentTypeEncoder = {
    name: 'application/json',
    encode: (message) => {
      try {
        return Promise.resolve(this.encode(message));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };

  /** The kept encoding of a value, made on first use; undefined when the value is not kept. */
  private kept(value: unknown): Buffer | undefined {
    if (value instanceof JoinedText) return (value.bytes ??= this.joinedBytes(value.text));
    if (typeof value === 'string') {
      if (!this.strings.has(value)) return undefined;
      let bytes = this.strings.get(value);
      if (!bytes) this.strings.set(value, (bytes = Buffer.from(JSON.stringify(value), 'utf8')));
      return bytes;
    }
    if (typeof value !== 'object' || value === null || !this.objects.has(value)) return undefined;
    let bytes = this.objects.get(value);
    if (!bytes) this.objects.set(value, (bytes = Buffer.from(JSON.stringify(value), 'utf8')));
    return bytes;
  }

  /** The UTF-8 JSON of the text the parts join to, from each part's kept bytes. */
  private joinedBytes({ parts, separator, end }: TextParts): Buffer {
    const inner = (text: string) => Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8');
    const quote = Buffer.from('"');
    const between = inner(separator);
    const now = new Map<string, Buffer>();
    const buffers: Buffer[] = [quote];
    parts.forEach((part, i) => {
      let bytes = now.get(part) ?? this.partBytes.get(part) ?? this.earlierPartBytes.get(part);
      if (bytes === undefined) bytes = inner(part);
      now.set(part, bytes);
      if (i > 0) buffers.push(between);
      buffers.push(bytes);
    });
    buffers.push(inner(end), quote);
    this.earlierPartBytes = this.partBytes;
    this.partBytes = now;
    return Buffer.concat(buffers);
  }

  /**
   * Appends the JSON of `value` to `parts`, kept parts as their bytes. Plain objects near the top
   * are written key by key as `JSON.stringify` does (own enumerable keys in order, undefined,
   * functions and symbols left out) to find kept parts inside; everything else is stringified.
   */
  private write(value: unknown, parts: (string | Buffer)[], depth: number): void {
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
