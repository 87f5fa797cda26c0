/** Hover, go to definition, find references and highlights: position in, core answer out. */
import { DocumentHighlightKind, MarkupKind, type DefinitionParams, type DocumentHighlightParams, type HoverParams, type ReferenceParams } from 'vscode-languageserver/node';
import { documentRequest, type LspFeature } from '../context';
import { readPosition } from '../guard';

const highlightKinds = { text: DocumentHighlightKind.Text, read: DocumentHighlightKind.Read, write: DocumentHighlightKind.Write } as const;

export const hoverFeature: LspFeature = {
  name: 'hover',
  capabilities: () => ({ hoverProvider: true }),
  register(connection, context) {
    connection.onHover(
      documentRequest(context, 'hover', null, (uri, p: HoverParams) => {
        const hover = context.features.hover(uri, readPosition(p.position));
        return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range } : null;
      }),
    );
  },
};

export const definitionFeature: LspFeature = {
  name: 'definition',
  capabilities: () => ({ definitionProvider: true }),
  register(connection, context) {
    connection.onDefinition(documentRequest(context, 'definition', [], (uri, p: DefinitionParams) => context.features.definition(uri, readPosition(p.position))));
  },
};

export const referencesFeature: LspFeature = {
  name: 'references',
  capabilities: () => ({ referencesProvider: true }),
  register(connection, context) {
    connection.onReferences(
      documentRequest(context, 'references', [], (uri, p: ReferenceParams) =>
        context.features.references(uri, readPosition(p.position), p.context?.includeDeclaration === true),
      ),
    );
  },
};

export const highlightFeature: LspFeature = {
  name: 'documentHighlight',
  capabilities: () => ({ documentHighlightProvider: true }),
  register(connection, context) {
    connection.onDocumentHighlight(
      documentRequest(context, 'documentHighlight', [], (uri, p: DocumentHighlightParams) =>
        context.features.documentHighlights(uri, readPosition(p.position)).map((h) => ({ range: h.range, kind: highlightKinds[h.kind] })),
      ),
    );
  },
};
