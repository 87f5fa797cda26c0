/**
 * The documents the editor holds open, kept in step with `didOpen` / `didChange` / `didClose`.
 * It replaces vscode-languageserver's `TextDocuments`, which trusts its input: a range with a
 * fractional or string line number corrupts the text (`{line: 0.5}` duplicated the document),
 * a notification whose second change is malformed applies the first and then throws, and a
 * change without a version throws. Here a notification is checked whole before anything
 * changes, and is then applied whole or not at all.
 *
 * Decisions the specification leaves open (3.17, "Text Document Synchronization"):
 * - Changes apply in the order they arrive: JSON-RPC over one stream is ordered and each
 *   change is relative to the text after the previous one, so arrival order is the only order
 *   in which the text stays what the editor shows. A version that does not increase is
 *   logged and the change applied anyway (the version number is metadata; the diagnostics
 *   published afterwards carry it back). rust-analyzer and clangd do the same.
 * - A range position past the end of a line means the end of that line (the specification
 *   says so for `character`); a line past the end of the document means its end
 *   (`TextDocument.offsetAt` clamps both; the property test in test/lsp holds it to that).
 * - `didChange` or `didClose` for a document that is not open, and notifications whose shape
 *   is wrong, are ignored and logged: the editor's text cannot be guessed.
 *
 * Every accepted change also bumps a revision number of our own, so work computed for an
 * older text is recognised even when the editor repeats a version number.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, Position, Range } from 'vscode-languageserver/node';
import type { TextChange } from '../language';

export interface DocumentEvents {
  /**
   * A document was opened or its text changed; `changes`, after a didChange whose changes all
   * had ranges, are those changes in offsets (each in the text the previous ones left).
   */
  changed(document: TextDocument, changes?: readonly TextChange[]): void;
  closed(document: TextDocument): void;
  log(message: string): void;
}

type ContentChange = { range: Range; text: string } | { text: string };

const maxInteger = 0x7fffffff;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** LSP `integer` (versions may be negative in theory) and `uinteger` (positions). */
function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= maxInteger;
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && isInteger(value.line) && isInteger(value.character) && value.line >= 0 && value.character >= 0;
}

function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function uriOf(params: unknown): string | undefined {
  const doc = isObject(params) ? params.textDocument : undefined;
  return isObject(doc) && typeof doc.uri === 'string' && doc.uri !== '' ? doc.uri : undefined;
}

/** The changes of a didChange, or why they cannot be applied. */
function readChanges(value: unknown): ContentChange[] | string {
  if (!Array.isArray(value)) return 'contentChanges is not a list';
  const changes: ContentChange[] = [];
  for (const [i, change] of value.entries()) {
    if (!isObject(change) || typeof change.text !== 'string') return `contentChanges[${i}] has no text`;
    if (change.range === undefined) changes.push({ text: change.text });
    else if (isRange(change.range)) changes.push({ range: change.range, text: change.text });
    else return `contentChanges[${i}].range is not a range of non-negative integer positions`;
  }
  return changes;
}

export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();
  private readonly revisions = new Map<string, number>();
  private nextRevision = 1;

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  keys(): string[] {
    return [...this.documents.keys()];
  }

  /** Bumped by every accepted open or change; undefined when the document is not open. */
  revision(uri: string): number | undefined {
    return this.revisions.get(uri);
  }

  open(params: DidOpenTextDocumentParams | unknown, events: DocumentEvents): void {
    const uri = uriOf(params);
    const td = isObject(params) && isObject(params.textDocument) ? params.textDocument : undefined;
    if (!uri || !td || typeof td.text !== 'string' || !isInteger(td.version)) {
      events.log('didOpen ignored: it needs textDocument {uri, languageId, version (an integer), text}');
      return;
    }
    // Opening an open document again (a protocol error) replaces it: the newer text is the editor's.
    const document = TextDocument.create(uri, typeof td.languageId === 'string' ? td.languageId : 'entente', td.version, td.text);
    this.store(document);
    events.changed(document);
  }

  change(params: DidChangeTextDocumentParams | unknown, events: DocumentEvents): void {
    const uri = uriOf(params);
    const td = isObject(params) && isObject(params.textDocument) ? params.textDocument : undefined;
    if (!uri || !td || !isInteger(td.version)) {
      events.log('didChange ignored: it needs textDocument {uri, version (an integer)}');
      return;
    }
    const current = this.documents.get(uri);
    if (!current) {
      events.log(`didChange ignored: ${uri} is not open`);
      return;
    }
    const changes = readChanges(isObject(params) ? params.contentChanges : undefined);
    if (typeof changes === 'string') {
      events.log(`didChange of ${uri} ignored: ${changes}`);
      return;
    }
    if (td.version <= current.version) events.log(`didChange of ${uri}: version ${td.version} after ${current.version}; applied in the order received`);
    // Applied in place: the document keeps its line index, which the library updates for the
    // changed lines only (a copy rebuilt the index of the whole text on every keystroke: 19 ms
    // at 100k lines). Nothing holds a document across a change (readers take its text and
    // version when they run), and the changes were checked above; should the library throw
    // all the same, the text before the notification is restored, so it applies whole or not at all.
    const before = current.getText();
    let edits: TextChange[] | undefined = [];
    try {
      // One change at a time, as the library applies them, to read each one's offsets in the
      // text it applies to. The library is given the range the offsets make: given a line past
      // the last, it clamped the offsets but left a hole in its line table ('ab\ncd\n', a line
      // added at line 4, then line 3 was undefined and the next change landed in the wrong place).
      for (const change of changes) {
        if ('range' in change) {
          const [a, b] = [current.offsetAt(change.range.start), current.offsetAt(change.range.end)];
          const [start, end] = [Math.min(a, b), Math.max(a, b)];
          edits?.push({ start, end, text: change.text });
          TextDocument.update(current, [{ range: { start: current.positionAt(start), end: current.positionAt(end) }, text: change.text }], td.version);
        } else {
          edits = undefined;
          TextDocument.update(current, [change], td.version);
        }
      }
    } catch (error) {
      this.store(TextDocument.create(uri, current.languageId, current.version, before));
      events.log(`didChange of ${uri} ignored: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.store(current);
    events.changed(current, edits && edits.length > 0 ? edits : undefined);
  }

  close(params: DidCloseTextDocumentParams | unknown, events: DocumentEvents): void {
    const uri = uriOf(params);
    const document = uri ? this.documents.get(uri) : undefined;
    if (!uri || !document) {
      events.log(`didClose ignored: ${uri ?? 'no textDocument.uri'} is not open`);
      return;
    }
    this.documents.delete(uri);
    this.revisions.delete(uri);
    events.closed(document);
  }

  /** Routes the three notifications to this store. */
  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument((params) => this.open(params, events));
    connection.onDidChangeTextDocument((params) => this.change(params, events));
    connection.onDidCloseTextDocument((params) => this.close(params, events));
  }

  private store(document: TextDocument): void {
    this.documents.set(document.uri, document);
    this.revisions.set(document.uri, this.nextRevision++);
  }
}
