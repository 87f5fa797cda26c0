/**
 * The documents the service knows: open ones (text from the editor) and, on demand, files read
 * through the host. Phase one (Parsed) is cached per text; a change replaces the stored document,
 * so a model (Linked) knows it is stale when a document it read is no longer the one stored.
 */
import { parse, type ParseResult } from '../syntax/parse';
import { reparse } from '../syntax/reparse';
import type { TextChange } from '../syntax/text-changes';
import type { FileFailure, FileRead, ReadFile } from '../util/file-read';
import { maxDocumentLength } from '../util/limits';

export interface StoredDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
  readonly open: boolean;
  parsed?: ParseResult;
  /**
   * The parse of an earlier text of this document, until this text is parsed: an edit then
   * re-parses only the top-level constructs it touched (syntax/reparse.ts).
   */
  previous?: ParseResult;
  /** The edits that made this text from `previous`'s, when the editor said what it changed. */
  changes?: readonly TextChange[];
}

/** Edits kept for one re-parse at most; more (updates no parse read) and the texts are compared instead. */
const maxPendingChanges = 256;

export type { FileFailure, FileRead, ReadFile } from '../util/file-read';

/** A read as the store keeps it: a string is a text, undefined is not found. */
function normalise(read: FileRead | string | undefined): FileRead {
  if (typeof read === 'string') return { ok: true, text: read };
  if (read === undefined || read === null || typeof read !== 'object') return { ok: false, failure: 'not-found' };
  return read;
}

/** Files larger than this are not parsed: the editor shows one diagnostic instead (util/limits.ts). */
export { maxDocumentLength } from '../util/limits';

export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();
  private generation = 0;

  constructor(private readonly readFile: ReadFile) {}

  /** Bumped on every change; models built at an older generation are stale. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** `changes`, when given, are the edits that made `text` from the document's text before (in the editor's order). */
  set(uri: string, text: string, version = 0, open = true, changes?: readonly TextChange[]): void {
    const existing = this.documents.get(uri);
    if (existing && existing.text === text && existing.open === open) return;
    const previous = existing?.open && open ? (existing.parsed ?? existing.previous) : undefined;
    const edits = previous && changes ? pendingChanges(existing!, changes) : undefined;
    this.documents.set(uri, previous ? (edits ? { uri, text, version, open, previous, changes: edits } : { uri, text, version, open, previous }) : { uri, text, version, open });
    this.generation++;
  }

  /** A workspace file the host read ahead (indexing): known to references and symbols, unless open. */
  index(uri: string, text: string): void {
    if (this.documents.get(uri)?.open) return;
    this.set(uri, text, 0, false);
  }

  /** Forget an open document; a file on disk is read again when needed. */
  close(uri: string): void {
    if (this.documents.delete(uri)) this.generation++;
  }

  /** Drop a cached file read from disk (it changed on disk). */
  invalidate(uri: string): void {
    const doc = this.documents.get(uri);
    if (doc && !doc.open) {
      this.documents.delete(uri);
      this.generation++;
    }
  }

  /** The stored document, without reading a file that is not known yet. */
  peek(uri: string): StoredDocument | undefined {
    return this.documents.get(uri);
  }

  get(uri: string): StoredDocument | undefined {
    const found = this.read(uri);
    return 'failure' in found ? undefined : found;
  }

  /** A known document, or the file read through the host (kept until it changes), or why it was not read. */
  read(uri: string): StoredDocument | { readonly failure: FileFailure } {
    const known = this.documents.get(uri);
    if (known) return known;
    let read: FileRead;
    try {
      read = normalise(this.readFile(uri));
    } catch {
      read = { ok: false, failure: 'unreadable' };
    }
    if (!read.ok) return { failure: read.failure };
    // The host caps what it reads; a host that does not is held to the same limit here.
    if (read.text.length > maxDocumentLength) return { failure: 'too-large' };
    const doc: StoredDocument = { uri, text: read.text, version: 0, open: false };
    this.documents.set(uri, doc);
    return doc;
  }

  parsed(uri: string): ParseResult | undefined {
    const doc = this.get(uri);
    return doc ? this.parsedText(doc) : undefined;
  }

  /** The parse of a file, or why it could not be read. */
  parsedOrFailure(uri: string): ParseResult | { readonly failure: FileFailure } {
    const doc = this.read(uri);
    return 'failure' in doc ? doc : this.parsedText(doc);
  }

  private parsedText(doc: StoredDocument): ParseResult {
    if (doc.parsed) return doc.parsed;
    const text = doc.text.length > maxDocumentLength ? '' : doc.text;
    doc.parsed = doc.previous ? reparse(doc.previous, text, text === doc.text ? doc.changes : undefined) : parse(text);
    doc.previous = undefined;
    doc.changes = undefined;
    return doc.parsed;
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }
}

/**
 * The edits from the text of the parse a new text is re-parsed from to the new text: `changes`
 * alone when `existing` was parsed (of its own text), else appended to those `existing` kept
 * from its own `previous`; undefined when any are unknown.
 */
function pendingChanges(existing: StoredDocument, changes: readonly TextChange[]): readonly TextChange[] | undefined {
  if (existing.parsed) return existing.parsed.lines.text === existing.text ? changes : undefined;
  if (!existing.changes || existing.changes.length + changes.length > maxPendingChanges) return undefined;
  return [...existing.changes, ...changes];
}
