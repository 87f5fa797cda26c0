/**
 * "New Instrument from Template": the drafter picks a template (listed by the server), answers
 * its questions (party ids and names, title… — Escape leaves a placeholder), and gets an
 * untitled `.entente` document with the instrument.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly placeholders: readonly { readonly name: string; readonly description: string; readonly default?: string; readonly sample?: string }[];
}

export async function newFromTemplate(client: LanguageClient): Promise<void> {
  try {
    const templates = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'entente.listTemplates', arguments: [] })) as TemplateInfo[];
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.title, detail: t.description, template: t })),
      { placeHolder: 'Template for the new instrument', matchOnDetail: true },
    );
    if (!picked) return;
    const values: Record<string, string> = {};
    for (const placeholder of picked.template.placeholders) {
      const value = await vscode.window.showInputBox({ prompt: placeholder.description, value: placeholder.default, placeHolder: `${placeholder.sample ?? placeholder.name} (Escape leaves a placeholder)` });
      if (value !== undefined && value.trim() !== '') values[placeholder.name] = value.trim();
    }
    const text = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'entente.instantiateTemplate', arguments: [{ id: picked.template.id, values, snippet: true }] })) as string;
    // Inserted as a snippet: what the drafter left unanswered is a tab stop to fill in place.
    const document = await vscode.workspace.openTextDocument({ language: 'entente', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`New instrument failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
