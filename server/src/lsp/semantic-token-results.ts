/**
 * The semantic tokens last sent for each open document, so that the editor's request after an
 * edit (`textDocument/semanticTokens/full/delta`, which VS Code sends whenever the previous
 * answer carried a `resultId`) is answered with the stretch that changed: at 100,000 lines the
 * whole answer is 2 MB of JSON for the server to write and the editor to read, the edit of a
 * keystroke a handful of numbers. The edit is vscode-languageserver's own diff (common prefix
 * and suffix, one edit), which its SemanticTokensBuilder uses; the builder itself is not used,
 * since it names results by `Date.now()` (two answers in one millisecond share a name) and would
 * need every token pushed again.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver/node';
import { SemanticTokensDiff } from 'vscode-languageserver/lib/common/semanticTokens';

export class SemanticTokenResults {
  private readonly sent = new Map<string, { readonly id: string; readonly data: readonly number[] }>();
  private counter = 0;

  /**
   * The whole answer, remembered as the base of the next delta. `data` is the core's array, sent
   * as it is: an answer is only encoded, never changed.
   */
  full(uri: string, data: readonly number[]): SemanticTokens {
    return { resultId: this.remember(uri, data), data: data as number[] };
  }

  /**
   * The edits from the answer named `previousResultId` to `data`; the whole answer when that is
   * not the last one sent for the document (a restarted server, an answer the editor dropped).
   */
  delta(uri: string, previousResultId: string, data: readonly number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.sent.get(uri);
    if (!previous || previous.id !== previousResultId) return this.full(uri, data);
    const edits = new SemanticTokensDiff(previous.data as number[], data as number[]).computeDiff();
    return { resultId: this.remember(uri, data), edits };
  }

  /** Drops what is kept for documents no longer open (called on each request: a few entries). */
  keepOnly(isOpen: (uri: string) => boolean): void {
    for (const uri of this.sent.keys()) if (!isOpen(uri)) this.sent.delete(uri);
  }

  private remember(uri: string, data: readonly number[]): string {
    const id = String(++this.counter);
    // The core's array, read-only and kept by it for the same analysis: no copy is needed.
    this.sent.set(uri, { id, data });
    return id;
  }
}
