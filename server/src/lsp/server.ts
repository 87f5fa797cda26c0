/**
 * The composition root of the language server: one core service, the open documents, the
 * diagnostics scheduler, and the handlers. Nothing here decides anything about treaties: it
 * converts and delegates.
 */
import { TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEntenteService } from '../language/service';
import { toLspDiagnostic } from './convert';
import { DiagnosticsScheduler } from './diagnostics-scheduler';

export function startServer(connection: Connection): void {
  const service = createEntenteService();
  const documents = new TextDocuments(TextDocument);
  let docsBase = 'https://github.com/entente/entente/blob/main/docs';

  const scheduler = new DiagnosticsScheduler({
    currentVersion: (uri) => documents.get(uri)?.version,
    compute: (uri) => service.diagnostics(uri).map((d) => toLspDiagnostic(d, docsBase)),
    dependents: (uri) => service.dependents(uri),
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
    log: (message) => connection.console.error(message),
  });

  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as { docsBase?: unknown } | undefined;
    if (typeof options?.docsBase === 'string') docsBase = options.docsBase;
    return { capabilities: { textDocumentSync: { openClose: true, change: 2 } }, serverInfo: { name: 'entente' } };
  });

  documents.onDidOpen(({ document }) => {
    service.open(document.uri, document.getText(), document.version);
    scheduler.schedule(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    service.update(document.uri, document.getText(), document.version);
    scheduler.schedule(document.uri);
  });
  documents.onDidClose(({ document }) => {
    service.close(document.uri);
    scheduler.clear(document.uri);
  });
  connection.onShutdown(() => scheduler.dispose());
  documents.listen(connection);
}
