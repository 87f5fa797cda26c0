/** The outline (document symbols) and the workspace-wide symbol search. */
import { SymbolKind, type CancellationToken, type DocumentSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import type { DocumentSymbol as CoreSymbol } from '../../language';
import { documentRequest, nothingMore, type LspFeature } from '../context';
import { guardAsync, invalidParams, readObject } from '../guard';
import { limitOutline, type LimitedOutline } from '../outline-limit';
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

/** Sent when a document's outline starts or stops being cut at `entente.outline.maxItems`; the VS Code client shows it. */
export const outlineLimitedNotification = 'entente/outlineLimited';

export interface OutlineLimitedParams {
  readonly uri: string;
  /** Symbols sent, and in the whole outline: equal when nothing is left out any more. */
  readonly shown: number;
  readonly total: number;
}

export const documentSymbolFeature: LspFeature = {
  name: 'documentSymbol',
  capabilities: () => ({ documentSymbolProvider: { label: 'Entente' } }),
  register(connection, context) {
    // The core keeps one outline per parse; converting and limiting it once per outline and limit keeps a repeated request to sending it.
    const answers = new WeakMap<readonly CoreSymbol[], { maxItems: number; outline: LimitedOutline }>();
    const answer = (symbols: readonly CoreSymbol[]) => {
      const kept = answers.get(symbols);
      if (kept?.maxItems === context.outlineMaxItems) return kept.outline;
      const outline = limitOutline(symbols.map(toLspSymbol), context.outlineMaxItems);
      answers.set(symbols, { maxItems: context.outlineMaxItems, outline });
      return outline;
    };
    // Documents whose outline is cut: the client hears when one starts or stops being cut, not on every request.
    const limited = new Set<string>();
    const tell = (uri: string, outline: LimitedOutline) => {
      if (outline.limited === limited.has(uri)) return;
      if (outline.limited) limited.add(uri);
      else limited.delete(uri);
      const params: OutlineLimitedParams = { uri, shown: outline.limited ? context.outlineMaxItems : outline.total, total: outline.total };
      void connection.sendNotification(outlineLimitedNotification, params);
      if (outline.limited) context.log(`the outline of ${uri} shows ${context.outlineMaxItems} of its ${outline.total} symbols (setting entente.outline.maxItems)`);
    };
    connection.onDocumentSymbol(
      documentRequest(context, 'textDocument/documentSymbol', [], nothingMore, (uri) => {
        const outline = answer(context.features.documentSymbols(uri));
        tell(uri, outline);
        // Made once per outline and limit (above): sent again unchanged until the next edit.
        return context.keep(outline.symbols);
      }),
    );
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
