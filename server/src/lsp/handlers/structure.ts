/**
 * Folding, semantic colouring and `use` links: whole-document answers passed through. The core
 * keeps folding and tokens per analysed version and shares them read-only; the LSP types want
 * arrays of their own, so each answer is a copy (a millisecond at 100,000 lines). Semantic tokens
 * after an edit are sent as the change from the previous answer (semantic-token-results.ts).
 */
import { semanticTokenLegend } from '../../language';
import { documentRequest, nothingMore, type LspFeature } from '../context';
import { invalidParams } from '../guard';
import { SemanticTokenResults } from '../semantic-token-results';

export const foldingFeature: LspFeature = {
  name: 'foldingRange',
  capabilities: () => ({ foldingRangeProvider: true }),
  register(connection, context) {
    connection.onFoldingRanges(documentRequest(context, 'textDocument/foldingRange', [], nothingMore, (uri) => [...context.features.foldingRanges(uri)]));
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
    const tokensOf = (uri: string) => {
      results.keepOnly(context.isOpen);
      return context.features.semanticTokens(uri).data;
    };
    connection.languages.semanticTokens.on(
      documentRequest(context, 'textDocument/semanticTokens/full', { data: [] as number[] }, nothingMore, (uri) => results.full(uri, tokensOf(uri))),
    );
    connection.languages.semanticTokens.onDelta(
      documentRequest(context, 'textDocument/semanticTokens/full/delta', { data: [] as number[] }, readPreviousResultId, (uri, previous) => results.delta(uri, previous, tokensOf(uri))),
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
