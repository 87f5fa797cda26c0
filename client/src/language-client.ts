/**
 * The language client: the server bundle over node IPC, `*.entente` documents (files and
 * untitled), watchers for the files the server cannot see change by itself, and where the
 * rule links in diagnostics lead: this extension's URI handler, which shows the rule rendered.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ruleLinkBase } from './commands/rule-docs';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = ['**/*.entente', '**/*.clauses.json'].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'entente' },
      { scheme: 'untitled', language: 'entente' },
    ],
    synchronize: { fileEvents: watchers },
    // In an untrusted workspace VS Code itself hides workspace values of the restricted
    // `entente.library.folders` (package.json capabilities), so the server needs no flag.
    initializationOptions: { docsBase: ruleLinkBase(context) },
    middleware: { provideCompletionItem: withoutServerSnippets },
  };
  return new LanguageClient('entente', 'Entente', serverOptions, clientOptions);
}

/**
 * The server offers snippet completions for whole constructs so that every LSP client has them;
 * in VS Code the extension contributes the same constructs as snippets (snippets/entente.json),
 * which VS Code already lists, so the server's copies would show every construct twice.
 */
const withoutServerSnippets: NonNullable<NonNullable<LanguageClientOptions['middleware']>['provideCompletionItem']> = async (document, position, context, token, next) => {
  const result = await next(document, position, context, token);
  if (!result) return result;
  const keep = (item: vscode.CompletionItem) => item.kind !== vscode.CompletionItemKind.Snippet;
  return Array.isArray(result) ? result.filter(keep) : new vscode.CompletionList(result.items.filter(keep), result.isIncomplete);
};
