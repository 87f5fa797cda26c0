/** The outline (document symbols) and the workspace-wide symbol search. */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import type { DocumentSymbol as CoreSymbol } from '../../language/features/types';
import { documentRequest, type LspFeature } from '../context';
import { guard, readObject } from '../guard';

function toLspSymbol(symbol: CoreSymbol): DocumentSymbol {
  return {
    name: symbol.name || '(unnamed)',
    detail: symbol.detail,
    kind: SymbolKind[symbol.kind] ?? SymbolKind.Object,
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toLspSymbol),
  };
}

export const documentSymbolFeature: LspFeature = {
  name: 'documentSymbol',
  capabilities: () => ({ documentSymbolProvider: { label: 'Entente' } }),
  register(connection, context) {
    connection.onDocumentSymbol(documentRequest(context, 'documentSymbol', [], (uri, _p: DocumentSymbolParams) => context.features.documentSymbols(uri).map(toLspSymbol)));
  },
};

export const workspaceSymbolFeature: LspFeature = {
  name: 'workspaceSymbol',
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(connection, context) {
    connection.onWorkspaceSymbol((params: WorkspaceSymbolParams) =>
      guard(context.log, 'workspaceSymbol', () => {
        const query = readObject(params, 'workspace/symbol').query;
        return context.features.workspaceSymbols(typeof query === 'string' ? query : '').map((s) => ({
          name: s.name,
          kind: SymbolKind[s.kind] ?? SymbolKind.Object,
          location: s.location,
          containerName: s.containerName,
        }));
      }),
    );
  },
};
