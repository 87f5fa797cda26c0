/** "Export Instrument": writes an HTML or Markdown rendering beside the `.entente` file and opens it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderInstrument, targetDocument, type RenderFormat } from './render';

export async function exportInstrument(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const source = targetDocument(uri);
  if (!source) {
    void vscode.window.showErrorMessage('Open an .entente instrument to export it.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'HTML', description: 'for reading and printing', format: 'html' as RenderFormat, extension: '.html' },
      { label: 'Markdown', description: 'for editing elsewhere', format: 'markdown' as RenderFormat, extension: '.md' },
    ],
    { placeHolder: 'Export the instrument as' },
  );
  if (!picked) return;
  try {
    const text = await renderInstrument(client, source, picked.format);
    const target = source.scheme === 'untitled'
      ? await vscode.window.showSaveDialog({ filters: { [picked.label]: [picked.extension.slice(1)] } })
      : source.with({ path: source.path.replace(/\.entente$/i, '') + picked.extension });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const open = await vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
    if (open) await vscode.commands.executeCommand('vscode.open', target);
  } catch (error) {
    void vscode.window.showErrorMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
