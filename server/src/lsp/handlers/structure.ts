/** Folding, semantic colouring and `use` links: whole-document answers passed through. */
import type { DocumentLinkParams, FoldingRangeParams, SemanticTokensParams } from 'vscode-languageserver/node';
import { semanticTokenLegend } from '../../language/features/types';
import { documentRequest, type LspFeature } from '../context';

export const foldingFeature: LspFeature = {
  name: 'foldingRange',
  capabilities: () => ({ foldingRangeProvider: true }),
  register(connection, context) {
    connection.onFoldingRanges(documentRequest(context, 'foldingRange', [], (uri, _p: FoldingRangeParams) => context.features.foldingRanges(uri)));
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
      documentRequest(context, 'semanticTokens', { data: [] as number[] }, (uri, _p: SemanticTokensParams) => ({ data: context.features.semanticTokens(uri).data })),
    );
  },
};

export const documentLinkFeature: LspFeature = {
  name: 'documentLink',
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(connection, context) {
    connection.onDocumentLinks(documentRequest(context, 'documentLink', [], (uri, _p: DocumentLinkParams) => context.features.documentLinks(uri)));
  },
};
