/** Asks the server to render an instrument (`entente.render`), the one place the client calls it. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** The formats the server renders; a Word document comes back as base64. */
export type RenderFormat = 'markdown' | 'html' | 'akn' | 'docx';

export async function renderInstrument(client: LanguageClient, uri: vscode.Uri, format: RenderFormat): Promise<string> {
  const result: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command: 'entente.render', arguments: [{ uri: uri.toString(), format }] });
  if (typeof result !== 'string') throw new Error('the language server returned no rendering');
  return result;
}

/** The `*.entente` document a command is about: the one passed, else the active editor's. */
export function targetDocument(uri?: vscode.Uri): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'entente' ? editor.document.uri : undefined;
}
