/**
 * A rule's explanation, rendered, in one panel beside the editor: what a diagnostic's rule link
 * (Problems panel, hover, the F8 peek) opens, and what "Show Rule Documentation…" shows for the
 * rule the drafter picks. The server writes the explanation (`entente.ruleExplanation`, from the
 * rule table); VS Code's own Markdown renderer turns it into HTML; the page runs no script.
 *
 * Rule links are `<uriScheme>://<extension id>/docs/rules.md#<code>`: VS Code routes such a URI
 * to this extension's URI handler from every place a diagnostic's link is shown, which a
 * `command:` link would not do (the editor hover and the peek open links without command rights).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { plainBody, ruleCodeOfLink, rulePage } from './rule-page';

interface RuleSummary {
  readonly code: string;
  readonly catalogueId?: string;
  readonly message: string;
  readonly severity: string;
}

/** The `docsBase` the server builds rule links from: this extension's URI handler. */
export function ruleLinkBase(context: vscode.ExtensionContext): string {
  return `${vscode.env.uriScheme}://${context.extension.id}/docs`;
}

export class RuleDocumentation implements vscode.Disposable, vscode.UriHandler {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly client: () => LanguageClient) {}

  /** A followed rule link. */
  handleUri(uri: vscode.Uri): void {
    const code = ruleCodeOfLink(uri.path, uri.query, uri.fragment);
    if (code) void this.show(code);
    else void vscode.window.showErrorMessage(`Entente cannot open ${uri.toString(true)}: it names no rule.`);
  }

  /** Shows the rule with this code; without one, the drafter picks it from every rule. */
  async show(code?: string): Promise<void> {
    try {
      const wanted = typeof code === 'string' && code !== '' ? code : await this.pick();
      if (!wanted) return;
      const markdown = await this.request<string>('entente.ruleExplanation', { code: wanted });
      await this.render(wanted, markdown);
    } catch (error) {
      void vscode.window.showErrorMessage(`Rule documentation: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async pick(): Promise<string | undefined> {
    const rules = await this.request<RuleSummary[]>('entente.listRules');
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.code, description: [r.catalogueId, r.severity].filter(Boolean).join(' · '), detail: r.message, code: r.code })),
      { placeHolder: 'Which rule? Type a code, a catalogue id (MC22) or words of its message', matchOnDescription: true, matchOnDetail: true },
    );
    return picked?.code;
  }

  private async render(code: string, markdown: string): Promise<void> {
    const title = `Rule: ${code}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('entente.rule', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      // Where it is, unless that would cover the text being read: Beside from the panel's own
      // group would open yet another group each time.
      const active = vscode.window.activeTextEditor?.viewColumn;
      this.panel.reveal(active !== undefined && this.panel.viewColumn === active ? vscode.ViewColumn.Beside : this.panel.viewColumn);
    }
    this.panel.title = title;
    this.panel.webview.html = rulePage({ code, body: await renderMarkdown(markdown), nonce: randomBytes(16).toString('base64') });
  }

  private async request<T>(command: string, ...args: unknown[]): Promise<T> {
    return (await this.client().sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** VS Code's Markdown renderer (the built-in Markdown extension); plain text if it is disabled. */
async function renderMarkdown(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string' && html !== '') return html;
  } catch {
    // The Markdown extension is disabled or missing: fall through to plain text.
  }
  return plainBody(markdown);
}
