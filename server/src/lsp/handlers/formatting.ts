/** Whole-document and range formatting; the core returns the edits. */
import type { FormattingOptions } from '../../language';
import { steppedDocumentRequest, type LspFeature, type ServerContext } from '../context';
import { parseDocument } from '../request-steps';
import { readRange } from '../guard';

/**
 * `options` is required by the specification; a client that sends none, or junk, gets the
 * house style (two spaces) rather than an error: formatting options are a preference.
 */
function options(value: unknown): FormattingOptions {
  const given = typeof value === 'object' && value !== null ? (value as { tabSize?: unknown; insertSpaces?: unknown }) : {};
  const tabSize = typeof given.tabSize === 'number' && given.tabSize >= 1 && given.tabSize <= 16 ? Math.floor(given.tabSize) : 2;
  return { tabSize, insertSpaces: given.insertSpaces !== false };
}

/** The request's options, remembered: the server lays documents out ahead with the latest (formatting-ahead.ts). */
function asked(context: ServerContext, value: unknown): FormattingOptions {
  return (context.formattingOptions = options(value));
}

export const formattingFeature: LspFeature = {
  name: 'formatting',
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(connection, context) {
    connection.onDocumentFormatting(
      steppedDocumentRequest(context, 'textDocument/formatting', [], (p) => asked(context, p.options), (uri) => parseDocument(context.service, uri), (uri, o) => context.features.format(uri, o)),
    );
    connection.onDocumentRangeFormatting(
      steppedDocumentRequest(
        context,
        'textDocument/rangeFormatting',
        [],
        (p) => ({ options: asked(context, p.options), range: readRange(p.range) }),
        (uri) => parseDocument(context.service, uri),
        (uri, { options: o, range }) => context.features.format(uri, o, range),
      ),
    );
  },
};
