/**
 * When the server cuts a document's outline at `entente.outline.maxItems` (the
 * `entente/outlineLimited` notification, server/src/lsp/handlers/symbols.ts), the language
 * status of that document says so and offers the setting, as VS Code's JSON extension does for
 * `json.maxItemsComputed`: an outline that silently ends halfway would mislead.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface OutlineLimitedParams {
  readonly uri: string;
  readonly shown: number;
  readonly total: number;
}

export class OutlineLimitStatus implements vscode.Disposable {
  /** Documents whose outline is cut, by URI, with what the server said. */
  private readonly limited = new Map<string, OutlineLimitedParams>();
  private item: vscode.LanguageStatusItem | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(client: LanguageClient) {
    this.subscriptions.push(
      client.onNotification('entente/outlineLimited', (params: OutlineLimitedParams) => {
        if (typeof params?.uri !== 'string') return;
        if (params.shown < params.total) this.limited.set(params.uri, params);
        else this.limited.delete(params.uri);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.limited.delete(document.uri.toString())) this.update();
      }),
    );
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const params = uri === undefined ? undefined : this.limited.get(uri);
    if (!params) {
      this.item?.dispose();
      this.item = undefined;
      return;
    }
    this.item ??= vscode.languages.createLanguageStatusItem('entente.outlineLimit', { language: 'entente' });
    this.item.name = 'Entente outline';
    this.item.severity = vscode.LanguageStatusSeverity.Warning;
    this.item.text = `Outline: ${params.shown.toLocaleString()} of ${params.total.toLocaleString()} symbols`;
    this.item.detail = 'The outline and breadcrumbs stop at entente.outline.maxItems';
    this.item.command = { title: 'Change the limit', command: 'workbench.action.openSettings', arguments: ['entente.outline.maxItems'] };
  }

  dispose(): void {
    this.item?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
