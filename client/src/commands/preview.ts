/**
 * "Preview Instrument": a webview beside the editor showing the rendered instrument, refreshed
 * (debounced) as the drafter types. One panel per document.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderInstrument, targetDocument } from './render';

export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient) {
    this.subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      const key = event.document.uri.toString();
      if (!this.panels.has(key)) return;
      clearTimeout(this.timers.get(key));
      // Wait for the server's debounced update of the document before rendering it again.
      this.timers.set(key, setTimeout(() => void this.refresh(event.document.uri), 400));
    });
  }

  async show(uri?: vscode.Uri): Promise<void> {
    const source = targetDocument(uri);
    if (!source) {
      void vscode.window.showErrorMessage('Open an .entente instrument to preview it.');
      return;
    }
    const key = source.toString();
    let panel = this.panels.get(key);
    if (panel) panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      // Scripts stay disabled: the page is static HTML produced by the server.
      panel = vscode.window.createWebviewPanel('entente.preview', `Preview: ${source.path.split('/').pop()}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
      this.panels.set(key, panel);
      panel.onDidDispose(() => this.panels.delete(key));
    }
    await this.refresh(source);
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    const panel = this.panels.get(uri.toString());
    if (!panel) return;
    try {
      const html = await renderInstrument(this.client(), uri, 'html');
      // A strict policy: no scripts, no remote content; only the inline style of the rendering.
      panel.webview.html = html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`);
    } catch (error) {
      void vscode.window.showErrorMessage(`Preview failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const panel of this.panels.values()) panel.dispose();
  }
}
