/**
 * The semantic tokens last sent for each open document, so that the editor's request after an
 * edit (`textDocument/semanticTokens/full/delta`, which VS Code sends whenever the previous
 * answer carried a `resultId`) is answered with the stretch that changed: at 100,000 lines the
 * whole answer is 2 MB of JSON for the server to write and the editor to read, the edit of a
 * keystroke a handful of numbers. The edit is computed by the core from the answers' blocks
 * (features/semantic-token-blocks.ts: the blocks both share are skipped unread, so after a
 * keystroke the half a million numbers of a 100,000-line document are neither joined nor
 * compared); vscode-languageserver's SemanticTokensBuilder is not used, since it names results
 * by `Date.now()` (two answers in one millisecond share a name) and would need every token
 * pushed again.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver/node';
import { semanticTokenEdits } from '../language';

/** The core's answer: its numbers, joined when first read (`data`). */
export interface CoreTokens {
  readonly data: readonly number[];
}

export class SemanticTokenResults {
  private readonly sent = new Map<string, { readonly id: string; readonly tokens: CoreTokens }>();
  private counter = 0;

  /**
   * The whole answer, remembered as the base of the next delta. `keep` marks the core's array,
   * sent as it is (an answer is only encoded, never changed), for encoding once (kept-answers.ts).
   */
  full(uri: string, tokens: CoreTokens, keep: <T extends object>(answer: T) => T = (answer) => answer): SemanticTokens {
    return { resultId: this.remember(uri, tokens), data: keep(tokens.data) as number[] };
  }

  /**
   * The edits from the answer named `previousResultId` to `tokens`; the whole answer when that is
   * not the last one sent for the document (a restarted server, an answer the editor dropped).
   */
  delta(uri: string, previousResultId: string, tokens: CoreTokens, keep?: <T extends object>(answer: T) => T): SemanticTokens | SemanticTokensDelta {
    const previous = this.sent.get(uri);
    if (!previous || previous.id !== previousResultId) return this.full(uri, tokens, keep);
    const edits = semanticTokenEdits(previous.tokens, tokens);
    return { resultId: this.remember(uri, tokens), edits };
  }

  /** Drops what is kept for documents no longer open (called on each request: a few entries). */
  keepOnly(isOpen: (uri: string) => boolean): void {
    for (const uri of this.sent.keys()) if (!isOpen(uri)) this.sent.delete(uri);
  }

  private remember(uri: string, tokens: CoreTokens): string {
    const id = String(++this.counter);
    // The core's answer, read-only and kept by it for the same analysis: no copy is needed.
    this.sent.set(uri, { id, tokens });
    return id;
  }
}
