/** Opening the workspace copies of the scenario files and waiting for the language server. */
import * as vscode from 'vscode';
import { locate, type Position0, type Spot } from '../../e2e/scenarios';

export function workspaceUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test instance was opened without a workspace folder');
  return vscode.Uri.joinPath(folder.uri, file);
}

export async function openFile(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(file));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Opens a file and waits until the language server has analysed it (every scenario file has
 * faults), so that no scenario runs against providers that are not registered yet.
 */
export async function openAnalysed(file: string): Promise<vscode.TextDocument> {
  const document = await openFile(file);
  await waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.source === 'entente'), 60_000);
  return document;
}

export function position(document: vscode.TextDocument, spot: Spot): vscode.Position {
  const at: Position0 = locate(document.getText(), spot);
  return new vscode.Position(at.line, at.character);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** Polls until `accept` holds for the file's diagnostics (the server publishes them later). */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  let diagnostics = vscode.languages.getDiagnostics(uri);
  while (!accept(diagnostics)) {
    if (Date.now() > deadline) {
      const seen = diagnostics.map((d) => `${codeOf(d)}: ${d.message}`).join('\n');
      throw new Error(`diagnostics of ${uri.fsPath} never became as expected within ${timeoutMs} ms; seen:\n${seen}`);
    }
    await new Promise((r) => setTimeout(r, 200));
    diagnostics = vscode.languages.getDiagnostics(uri);
  }
  return diagnostics;
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
