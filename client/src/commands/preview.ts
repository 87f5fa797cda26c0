/**
 * "Entente: Open Preview to the Side": a webview beside the editor with the rendered instrument
 * and its at-a-glance panel (parties and channels laid out by ELK, the timeline of the term, the
 * incident clock, the final-clause checklist), refreshed (debounced) as the drafter types. One
 * panel per document. It asks for the part of the instrument the drafter sees (the first part with
 * each refresh, the next ones as the webview scrolls to them: preview-request.ts), never the
 * whole text. The page runs only the extension's bundled script (dist/preview.js) under
 * a nonce-based Content-Security-Policy (preview-page.ts); a checklist item's finding link asks
 * the extension to reveal that finding's range in the editor.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { PreviewAnswer, PreviewData, PreviewPartData } from '../../../server/src/language';
import { makeNonce, previewPage } from './preview-page';
import { previewPartRequest, previewRequest } from './preview-request';
import { targetDocument } from './render';

/** What the webview shows: the latest answer with the panel it shows, named. */
type Shown = PreviewData & { readonly panel?: string; readonly samePanel?: undefined };

interface Panel {
  readonly webview: vscode.WebviewPanel;
  ready: boolean;
  latest: Shown | undefined;
}

export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, Panel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly client: () => LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
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
    const existing = this.panels.get(key);
    if (existing) {
      existing.webview.reveal(vscode.ViewColumn.Beside, true);
      await this.refresh(source);
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const webview = vscode.window.createWebviewPanel('entente.preview', `Preview: ${source.path.split('/').pop()}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: true,
    });
    const panel: Panel = { webview, ready: false, latest: undefined };
    this.panels.set(key, panel);
    webview.onDidDispose(() => this.panels.delete(key));
    webview.webview.onDidReceiveMessage((message: { type?: string; range?: vscode.Range; from?: number; version?: number }) => {
      if (message.type === 'ready') {
        panel.ready = true;
        if (panel.latest) void webview.webview.postMessage({ type: 'update', data: panel.latest });
      } else if (message.type === 'reveal' && message.range) void this.reveal(source, message.range);
      else if (message.type === 'part' && typeof message.from === 'number') void this.part(source, message.from, message.version);
    });
    const data = await this.fetch(source);
    webview.webview.html = previewPage({
      nonce: makeNonce((n) => randomBytes(n)),
      scriptUri: webview.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
      css: data?.css ?? '',
      title: data?.title ?? 'Preview',
    });
    // Asked without a panel shown, the answer carries the panel.
    panel.latest = data?.samePanel ? undefined : data;
  }

  /** The first part of the instrument, and the panel unless it is the one `shown` (then the answer says `samePanel`). */
  private async fetch(uri: vscode.Uri, shown?: Shown): Promise<PreviewAnswer | undefined> {
    try {
      return (await this.client().sendRequest(ExecuteCommandRequest.type, previewRequest(uri.toString(), new Date(), shown?.panel))) as PreviewAnswer;
    } catch (error) {
      void vscode.window.showErrorMessage(`Preview failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    const panel = this.panels.get(uri.toString());
    if (!panel) return;
    const answer = await this.fetch(uri, panel.latest);
    if (!answer) return;
    // The same panel: the one shown, under the new text's part; the webview does not draw it again.
    const same = answer.samePanel === true && panel.latest !== undefined;
    const data: Shown = same ? { ...panel.latest!, ...answer, samePanel: undefined } : (answer as Shown);
    panel.latest = data;
    if (panel.ready) await panel.webview.webview.postMessage({ type: 'update', data, samePanel: same });
  }

  /** A part the webview scrolled to; `version` (the webview's count of updates) comes back with it. */
  private async part(uri: vscode.Uri, from: number, version: number | undefined): Promise<void> {
    let data: PreviewPartData | undefined;
    try {
      data = (await this.client().sendRequest(ExecuteCommandRequest.type, previewPartRequest(uri.toString(), from))) as PreviewPartData;
    } catch {
      // The document changed or closed meanwhile: the webview asks again when the part is seen after the next refresh.
      return;
    }
    const panel = this.panels.get(uri.toString());
    if (data && panel?.ready) await panel.webview.webview.postMessage({ type: 'part', data, version });
  }

  /** A checklist item's finding: show its range in the instrument's editor. */
  private async reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
    const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: target });
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.subscription.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const panel of this.panels.values()) panel.webview.dispose();
  }
}
