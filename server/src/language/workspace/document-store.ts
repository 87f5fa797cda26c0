/**
 * The documents the service knows: open ones (text from the editor) and, on demand, files read
 * through the host. Phase one (Parsed) is cached per text; a change replaces the stored document,
 * so a model (Linked) knows it is stale when a document it read is no longer the one stored.
 */
import { parse, type ParseResult } from '../syntax/parse';

export interface StoredDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
  readonly open: boolean;
  parsed?: ParseResult;
}

/** How the core reads a file it was not handed (a `use`d registry, a parent instrument). */
export type ReadFile = (uri: string) => string | undefined;

/** Files larger than this are not parsed: the editor shows one diagnostic instead. */
export const maxDocumentLength = 20 * 1024 * 1024;

export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();
  private generation = 0;

  constructor(private readonly readFile: ReadFile) {}

  /** Bumped on every change; models built at an older generation are stale. */
  get currentGeneration(): number {
    return this.generation;
  }

  set(uri: string, text: string, version = 0, open = true): void {
    const existing = this.documents.get(uri);
    if (existing && existing.text === text && existing.open === open) return;
    this.documents.set(uri, { uri, text, version, open });
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
    const known = this.documents.get(uri);
    if (known) return known;
    let text: string | undefined;
    try {
      text = this.readFile(uri);
    } catch {
      text = undefined;
    }
    if (text === undefined) return undefined;
    const doc: StoredDocument = { uri, text, version: 0, open: false };
    this.documents.set(uri, doc);
    return doc;
  }

  parsed(uri: string): ParseResult | undefined {
    const doc = this.get(uri);
    if (!doc) return undefined;
    doc.parsed ??= parse(doc.text.length > maxDocumentLength ? '' : doc.text);
    return doc.parsed;
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }
}
