/** Whole-document and range formatting; the core returns the edits. */
import type { DocumentFormattingParams, DocumentRangeFormattingParams, FormattingOptions } from 'vscode-languageserver/node';
import { documentRequest, type LspFeature } from '../context';
import { readRange } from '../guard';

function options(value: FormattingOptions | undefined): { tabSize: number; insertSpaces: boolean } {
  const tabSize = typeof value?.tabSize === 'number' && value.tabSize > 0 && value.tabSize <= 16 ? Math.floor(value.tabSize) : 2;
  return { tabSize, insertSpaces: value?.insertSpaces !== false };
}

export const formattingFeature: LspFeature = {
  name: 'formatting',
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(connection, context) {
    connection.onDocumentFormatting(documentRequest(context, 'formatting', [], (uri, p: DocumentFormattingParams) => context.features.format(uri, options(p.options))));
    connection.onDocumentRangeFormatting(
      documentRequest(context, 'rangeFormatting', [], (uri, p: DocumentRangeFormattingParams) => context.features.format(uri, options(p.options), readRange(p.range))),
    );
  },
};
