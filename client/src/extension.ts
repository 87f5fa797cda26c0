/**
 * The VS Code side: starts the language server (dist/server.cjs over node IPC) and registers
 * the commands. Everything about the language happens in the server; the commands only ask
 * it (`workspace/executeCommand`) and show the answer.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportInstrument } from './commands/export';
import { PreviewPanels } from './commands/preview';
import { RuleDocumentation } from './commands/rule-docs';
import { newFromTemplate } from './commands/templates';
import { createLanguageClient } from './language-client';
import { OutlineLimitStatus } from './outline-limit-status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  const current = () => client!;
  const previews = new PreviewPanels(current, context.extensionUri);
  const rules = new RuleDocumentation(current);
  context.subscriptions.push(
    previews,
    rules,
    new OutlineLimitStatus(client),
    // Diagnostics' rule links (`<scheme>://entente.entente/docs/rules.md#<code>`) arrive here.
    vscode.window.registerUriHandler(rules),
    vscode.commands.registerCommand('entente.newFromTemplate', (args?: unknown) => newFromTemplate(current(), args)),
    vscode.commands.registerCommand('entente.export', (uri?: vscode.Uri) => exportInstrument(current(), uri)),
    vscode.commands.registerCommand('entente.preview', (uri?: vscode.Uri) => previews.show(uri)),
    vscode.commands.registerCommand('entente.showRuleDocumentation', (code?: unknown) => rules.show(typeof code === 'string' ? code : undefined)),
    vscode.commands.registerCommand('entente.restartServer', async () => {
      await client?.restart();
      void vscode.window.setStatusBarMessage('Entente language server restarted', 3000);
    }),
    // Trusting the workspace makes its library folders valid: let the server read them again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('workspace/didChangeConfiguration', { settings: null })),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
