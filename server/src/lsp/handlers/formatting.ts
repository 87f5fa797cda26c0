/** Whole-document and range formatting; the core returns the edits. */
import { steppedDocumentRequest, type LspFeature } from '../context';
import { parseDocument } from '../request-steps';
import { readRange } from '../guard';

/**
 * `options` is required by the specification; a client that sends none, or junk, gets the
 * house style (two spaces) rather than an error: formatting options are a preference.
 */
function options(value: unknown): { tabSize: number; insertSpaces: boolean } {
  const given = typeof value === 'object' && value !== null ? (value as { tabSize?: unknown; insertSpaces?: unknown }) : {};
  const tabSize = typeof given.tabSize === 'number' && given.tabSize >= 1 && given.tabSize <= 16 ? Math.floor(given.tabSize) : 2;
  return { tabSize, insertSpaces: given.insertSpaces !== false };
}

export const formattingFeature: LspFeature = {
  name: 'formatting',
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(connection, context) {
    connection.onDocumentFormatting(
      steppedDocumentRequest(context, 'textDocument/formatting', [], (p) => options(p.options), (uri) => parseDocument(context.service, uri), (uri, o) => context.features.format(uri, o)),
    );
    connection.onDocumentRangeFormatting(
      steppedDocumentRequest(
        context,
        'textDocument/rangeFormatting',
        [],
        (p) => ({ options: options(p.options), range: readRange(p.range) }),
        (uri) => parseDocument(context.service, uri),
        (uri, { options: o, range }) => context.features.format(uri, o, range),
      ),
    );
  },
};
