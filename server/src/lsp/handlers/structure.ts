/**
 * Folding, semantic colouring and `use` links: whole-document answers passed through. The core
 * keeps folding and tokens per analysed version and shares them read-only; they are sent as they
 * are (the answer is only encoded, never changed) and marked kept, so that a repeated request
 * for an unchanged document is not encoded again (kept-answers.ts). Semantic tokens after an edit
 * are sent as the change from the previous answer (semantic-token-results.ts).
 */
import type { FoldingRange } from 'vscode-languageserver/node';
import { semanticTokenLegend } from '../../language';
import { documentRequest, nothingMore, type LspFeature } from '../context';
import { invalidParams } from '../guard';
import { SemanticTokenResults } from '../semantic-token-results';

export const foldingFeature: LspFeature = {
  name: 'foldingRange',
  capabilities: () => ({ foldingRangeProvider: true }),
  register(connection, context) {
    connection.onFoldingRanges(documentRequest(context, 'textDocument/foldingRange', [], nothingMore, (uri) => context.keep(context.features.foldingRanges(uri) as FoldingRange[])));
  },
};

export const semanticTokensFeature: LspFeature = {
  name: 'semanticTokens',
  capabilities: () => ({
    semanticTokensProvider: {
      legend: { tokenTypes: [...semanticTokenLegend.tokenTypes], tokenModifiers: [...semanticTokenLegend.tokenModifiers] },
      full: { delta: true },
    },
  }),
  register(connection, context) {
    const results = new SemanticTokenResults();
    // The core's answer, not its numbers: a delta does not join them (semantic-token-results.ts).
    const tokensOf = (uri: string) => {
      results.keepOnly(context.isOpen);
      return context.features.semanticTokens(uri);
    };
    const keep = <T extends object>(answer: T) => context.keep(answer);
    connection.languages.semanticTokens.on(
      documentRequest(context, 'textDocument/semanticTokens/full', { data: [] as number[] }, nothingMore, (uri) => results.full(uri, tokensOf(uri), keep)),
    );
    connection.languages.semanticTokens.onDelta(
      documentRequest(context, 'textDocument/semanticTokens/full/delta', { data: [] as number[] }, readPreviousResultId, (uri, previous) => results.delta(uri, previous, tokensOf(uri), keep)),
    );
  },
};

function readPreviousResultId(params: Record<string, unknown>): string {
  if (typeof params.previousResultId !== 'string') throw invalidParams('previousResultId must be the resultId of an earlier answer');
  return params.previousResultId;
}

export const documentLinkFeature: LspFeature = {
  name: 'documentLink',
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(connection, context) {
    connection.onDocumentLinks(documentRequest(context, 'textDocument/documentLink', [], nothingMore, (uri) => context.features.documentLinks(uri)));
  },
};
