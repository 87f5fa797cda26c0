/**
 * "New Instrument from Template…": the drafter picks a template (listed by the server), then
 * answers its questions one at a time in an input box that says where they are ("3 of 19"),
 * with buttons to go back, skip the question or skip all that remain (an empty answer skips
 * too). The answers are checked as they are typed, so that none can break the text; skipped
 * ones stay as placeholders that still parse, selected in turn as snippet tab stops in the new
 * untitled document.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { TemplateWizard, type WizardMove, type WizardQuestion } from './template-wizard';

interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly placeholders: readonly WizardQuestion[];
}

const skipButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('debug-step-over'), tooltip: 'Skip this question (a placeholder stays in the text)' };
const skipRestButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('run-all'), tooltip: 'Skip all remaining questions and create the instrument' };

/** `args.template`: a template id, to skip the pick (e.g. from a keybinding). */
export async function newFromTemplate(client: LanguageClient, args?: unknown): Promise<void> {
  try {
    const templates = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'entente.listTemplates', arguments: [] })) as TemplateInfo[];
    const wantedId = typeof args === 'object' && args !== null && typeof (args as { template?: unknown }).template === 'string' ? (args as { template: string }).template : undefined;
    const template = wantedId ? templates.find((t) => t.id === wantedId) : await pickTemplate(templates);
    if (wantedId && !template) throw new Error(`there is no template ${wantedId}; the templates are ${templates.map((t) => t.id).join(', ')}`);
    if (!template) return;
    const wizard = new TemplateWizard(template.placeholders);
    if (!(await ask(template, wizard))) return;
    const text = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'entente.instantiateTemplate', arguments: [{ id: template.id, values: wizard.values(), snippet: true }] })) as string;
    const document = await vscode.workspace.openTextDocument({ language: 'entente', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(text), new vscode.Position(0, 0));
    const open = wizard.unanswered().filter((q) => q.default === undefined);
    if (open.length > 0) {
      void vscode.window.showInformationMessage(
        `${open.length} of ${template.placeholders.length} questions are still open (${open.map((q) => q.name).join(', ')}). Their placeholders are selected in turn: type over each one and press Tab for the next.`,
      );
    }
  } catch (error) {
    void vscode.window.showErrorMessage(`New instrument failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function pickTemplate(templates: readonly TemplateInfo[]): Promise<TemplateInfo | undefined> {
  const picked = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.title, detail: t.description, description: `${t.placeholders.length} questions`, template: t })),
    { placeHolder: 'Template for the new instrument', matchOnDetail: true },
  );
  return picked?.template;
}

/**
 * Runs the questions in one input box. Resolves true when the drafter reached the end (or
 * skipped the rest), false when they cancelled (Escape, confirmed if answers would be lost).
 */
async function ask(template: TemplateInfo, wizard: TemplateWizard): Promise<boolean> {
  if (wizard.done) return true;
  const box = vscode.window.createInputBox();
  box.ignoreFocusOut = true;
  const show = () => {
    const q = wizard.current!;
    const { step, total } = wizard.progress;
    box.title = `New instrument: ${template.title} — question ${step} of ${total}`;
    // What an answer must look like is said when one does not fit (validation message).
    box.prompt = `${capitalise(q.description)}. Leave it empty to skip.`;
    box.placeholder = q.sample ? `e.g. ${q.sample}` : '';
    box.value = wizard.initialValue;
    box.validationMessage = undefined;
    box.buttons = [...(step > 1 ? [vscode.QuickInputButtons.Back] : []), skipButton, skipRestButton];
  };
  return new Promise<boolean>((resolve) => {
    let finished = false;
    const finish = (result: boolean) => {
      finished = true;
      box.dispose();
      resolve(result);
    };
    const go = (move: WizardMove) => {
      if (!wizard.move(move)) return;
      if (wizard.done) finish(true);
      else show();
    };
    box.onDidChangeValue((value) => (box.validationMessage = wizard.problem(value)));
    box.onDidAccept(() => {
      const problem = wizard.problem(box.value);
      if (problem) box.validationMessage = problem;
      else go({ kind: 'answer', value: box.value });
    });
    box.onDidTriggerButton((button) => {
      if (button === vscode.QuickInputButtons.Back) go({ kind: 'back' });
      else if (button === skipButton) go({ kind: 'skip' });
      else if (button === skipRestButton) go({ kind: 'skipRest' });
    });
    box.onDidHide(async () => {
      if (finished) return;
      if (wizard.hasAnswers) {
        const choice = await vscode.window.showWarningMessage('Discard the answers given so far?', { modal: true, detail: 'No instrument is created. "Skip the rest" creates it with the answers given and placeholders for the others.' }, 'Discard', 'Skip the rest');
        if (choice === 'Skip the rest') return finish(true);
        if (choice !== 'Discard') {
          // Back to the question the drafter left.
          show();
          box.show();
          return;
        }
      }
      finish(false);
    });
    show();
    box.show();
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
