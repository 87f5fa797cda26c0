/**
 * "Export Instrument": writes the rendered instrument beside the `.entente` file — Word, Akoma
 * Ntoso XML, HTML or Markdown — and offers to open it. A Word document arrives from the server
 * as base64 and is written as bytes.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderInstrument, targetDocument, type RenderFormat } from './render';

/** The export formats, in the order offered; exported for the test of the client's choices. */
export const exportFormats: readonly { readonly label: string; readonly description: string; readonly format: RenderFormat; readonly extension: string }[] = [
  { label: 'Word (.docx)', description: 'for the signature copy: headings, numbering, signature blocks', format: 'docx', extension: '.docx' },
  { label: 'Akoma Ntoso (.akn.xml)', description: 'OASIS LegalDocML 3.0, for legislative and treaty systems', format: 'akn', extension: '.akn.xml' },
  { label: 'HTML (.html)', description: 'for reading and printing in a browser', format: 'html', extension: '.html' },
  { label: 'Markdown (.md)', description: 'for editing elsewhere', format: 'markdown', extension: '.md' },
];

/** The bytes to write for what the server answered. */
export function exportBytes(format: RenderFormat, answer: string): Uint8Array {
  return format === 'docx' ? Uint8Array.from(Buffer.from(answer, 'base64')) : new TextEncoder().encode(answer);
}

export async function exportInstrument(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const source = targetDocument(uri);
  if (!source) {
    void vscode.window.showErrorMessage('Open an .entente instrument to export it.');
    return;
  }
  const picked = await vscode.window.showQuickPick(exportFormats, { placeHolder: 'Export the instrument as' });
  if (!picked) return;
  try {
    const answer = await renderInstrument(client, source, picked.format);
    const target = source.scheme === 'untitled'
      ? await vscode.window.showSaveDialog({ filters: { [picked.label]: [picked.extension.replace(/^\./, '')] } })
      : source.with({ path: source.path.replace(/\.entente$/i, '') + picked.extension });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, exportBytes(picked.format, answer));
    const open = await vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
    // Word opens in its own application; the text formats open in the editor.
    if (open) await vscode.commands.executeCommand(picked.format === 'docx' ? 'revealFileInOS' : 'vscode.open', target);
  } catch (error) {
    void vscode.window.showErrorMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
