/** Hover, go to definition, find references and highlights: position in, core answer out. */
import { DocumentHighlightKind, MarkupKind } from 'vscode-languageserver/node';
import { documentRequest, steppedDocumentRequest, type LspFeature } from '../context';
import { linkEveryDocument } from '../request-steps';
import { readOptionalObject, readPosition } from '../guard';

const highlightKinds = { text: DocumentHighlightKind.Text, read: DocumentHighlightKind.Read, write: DocumentHighlightKind.Write } as const;

const position = (p: Record<string, unknown>) => readPosition(p.position);

export const hoverFeature: LspFeature = {
  name: 'hover',
  capabilities: () => ({ hoverProvider: true }),
  register(connection, context) {
    connection.onHover(
      documentRequest(context, 'textDocument/hover', null, position, (uri, at) => {
        const hover = context.features.hover(uri, at);
        return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range } : null;
      }),
    );
  },
};

export const definitionFeature: LspFeature = {
  name: 'definition',
  capabilities: () => ({ definitionProvider: true }),
  register(connection, context) {
    connection.onDefinition(documentRequest(context, 'textDocument/definition', [], position, (uri, at) => context.features.definition(uri, at)));
  },
};

export const referencesFeature: LspFeature = {
  name: 'references',
  capabilities: () => ({ referencesProvider: true }),
  register(connection, context) {
    // References search every linked document: linked first in cancellable slices.
    connection.onReferences(
      steppedDocumentRequest(
        context,
        'textDocument/references',
        [],
        (p) => ({ at: readPosition(p.position), includeDeclaration: readOptionalObject(p.context, '"context" of textDocument/references')?.includeDeclaration === true }),
        (uri) => linkEveryDocument(context.service, uri),
        (uri, { at, includeDeclaration }) => context.features.references(uri, at, includeDeclaration),
      ),
    );
  },
};

export const highlightFeature: LspFeature = {
  name: 'documentHighlight',
  capabilities: () => ({ documentHighlightProvider: true }),
  register(connection, context) {
    connection.onDocumentHighlight(
      documentRequest(context, 'textDocument/documentHighlight', [], position, (uri, at) =>
        context.features.documentHighlights(uri, at).map((h) => ({ range: h.range, kind: highlightKinds[h.kind] })),
      ),
    );
  },
};
