/**
 * "Show Rule Documentation": opens the shipped docs/rules.md at a rule's section. With no code
 * given, the drafter picks one from the rule headings of that file.
 */
import * as vscode from 'vscode';

export async function showRuleDocumentation(extensionUri: vscode.Uri, code?: string): Promise<void> {
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(docs);
  } catch {
    void vscode.window.showErrorMessage(`The rule documentation is missing from the extension (${docs.fsPath}).`);
    return;
  }
  const headings = ruleHeadings(document.getText());
  const wanted = typeof code === 'string' && code !== '' ? code : (await vscode.window.showQuickPick(headings.map((h) => h.code), { placeHolder: 'Rule code' }));
  if (!wanted) return;
  const line = headings.find((h) => h.code === wanted)?.line ?? 0;
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  const position = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}

/** Markdown headings that name a rule code (`### missing-costs` or `## \`missing-costs\` …`). */
export function ruleHeadings(markdown: string): { code: string; line: number }[] {
  const result: { code: string; line: number }[] = [];
  markdown.split(/\r?\n/).forEach((text, line) => {
    const match = /^#{2,4}\s+`?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?/.exec(text);
    if (match) result.push({ code: match[1], line });
  });
  return result;
}
