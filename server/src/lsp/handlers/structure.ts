/**
 * Folding, semantic colouring and `use` links: whole-document answers passed through. The core
 * keeps folding and tokens per analysed version and shares them read-only; the LSP types want
 * arrays of their own, so each answer is a copy (a millisecond at 100,000 lines).
 */
import { semanticTokenLegend } from '../../language';
import { documentRequest, nothingMore, type LspFeature } from '../context';

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
      full: true,
    },
  }),
  register(connection, context) {
    connection.languages.semanticTokens.on(
      documentRequest(context, 'textDocument/semanticTokens/full', { data: [] as number[] }, nothingMore, (uri) => ({ data: [...context.features.semanticTokens(uri).data] })),
    );
  },
};

export const documentLinkFeature: LspFeature = {
  name: 'documentLink',
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(connection, context) {
    connection.onDocumentLinks(documentRequest(context, 'textDocument/documentLink', [], nothingMore, (uri) => context.features.documentLinks(uri)));
  },
};
