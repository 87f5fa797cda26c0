/** The outline (document symbols) and the workspace-wide symbol search. */
import { SymbolKind, type CancellationToken, type DocumentSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import type { DocumentSymbol as CoreSymbol } from '../../language';
import { documentRequest, nothingMore, type LspFeature } from '../context';
import { guardAsync, invalidParams, readObject } from '../guard';
import { parseEveryDocument } from '../request-steps';
import { slicedRequest } from '../sliced-work';

/**
 * Each core symbol converted once: the core reuses the symbols of declarations an edit did not
 * touch (features/document-symbols.ts), and so does this. An empty `children` is left out (it
 * is optional): the outline of a 100k-line instrument is 4 MB of JSON, encoded by the server
 * and decoded by the client on every request.
 */
const lspSymbols = new WeakMap<CoreSymbol, DocumentSymbol>();

function toLspSymbol(symbol: CoreSymbol): DocumentSymbol {
  let converted = lspSymbols.get(symbol);
  if (converted) return converted;
  converted = {
    name: symbol.name || '(unnamed)',
    detail: symbol.detail,
    kind: SymbolKind[symbol.kind] ?? SymbolKind.Object,
    range: symbol.range,
    selectionRange: symbol.selectionRange,
  };
  if (symbol.children.length > 0) converted.children = symbol.children.map(toLspSymbol);
  lspSymbols.set(symbol, converted);
  return converted;
}

export const documentSymbolFeature: LspFeature = {
  name: 'documentSymbol',
  capabilities: () => ({ documentSymbolProvider: { label: 'Entente' } }),
  register(connection, context) {
    // The core keeps one outline per parse; converting it once per outline keeps a repeated request to sending it.
    const converted = new WeakMap<readonly CoreSymbol[], DocumentSymbol[]>();
    const convert = (symbols: readonly CoreSymbol[]) => converted.get(symbols) ?? converted.set(symbols, symbols.map(toLspSymbol)).get(symbols)!;
    connection.onDocumentSymbol(documentRequest(context, 'textDocument/documentSymbol', [], nothingMore, (uri) => convert(context.features.documentSymbols(uri))));
  },
};

export const workspaceSymbolFeature: LspFeature = {
  name: 'workspaceSymbol',
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(connection, context) {
    // Every workspace file is parsed, in cancellable slices, before the search.
    connection.onWorkspaceSymbol((params: WorkspaceSymbolParams, token?: CancellationToken) =>
      guardAsync(
        context.log,
        'workspace/symbol',
        async () => {
          const query = readObject(params, 'the parameters of workspace/symbol ({query})').query;
          if (typeof query !== 'string') throw invalidParams('workspace/symbol needs "query", a string (empty for every symbol)');
          await slicedRequest('workspace/symbol', parseEveryDocument(context.service), { token });
          return context.features.workspaceSymbols(query).map((s) => ({
            name: s.name,
            kind: SymbolKind[s.kind] ?? SymbolKind.Object,
            location: s.location,
            containerName: s.containerName,
          }));
        },
        token,
      ),
    );
  },
};
