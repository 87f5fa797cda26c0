/**
 * The code-server drafter scenarios (rule links, the template wizard's output, one fix-all)
 * through the vscode API: what the rule links point at and the rule page they open, the
 * instrument the wizard makes when every question is skipped, and the source actions of the
 * review sample. (Keyword colours have no API: test/syntax/tmgrammar holds the scopes, the
 * code-server suite the colours on screen.)
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAllScenario, fixtureDiagnostics, fixtureFile, ruleDocumentationPick, ruleLinkScenarios, wizardScenario } from '../../e2e/scenarios';
import { codeOf, openAnalysed, waitForDiagnostics } from './vscode-helpers';

const extensionId = 'entente.entente';

function ruleTabs(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).map((t) => t.label);
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('VS Code: rule documentation', () => {
  it("links each diagnostic to the extension's rule page, not to docs/rules.md", async () => {
    const document = await openAnalysed(fixtureFile);
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => fixtureDiagnostics.every((e) => ds.some((d) => codeOf(d) === e.code)));
    for (const d of diagnostics.filter((x) => x.source === 'entente')) {
      const target = typeof d.code === 'object' && d.code !== null ? d.code.target : undefined;
      assert.equal(target?.toString(), `${vscode.env.uriScheme}://${extensionId}/docs/rules.md#${codeOf(d)}`);
    }
  });

  for (const scenario of ruleLinkScenarios) {
    it(`shows ${scenario.code} explained in a panel`, async () => {
      await vscode.commands.executeCommand('entente.showRuleDocumentation', scenario.code);
      await waitFor(`a tab "Rule: ${scenario.code}"`, () => (ruleTabs().includes(`Rule: ${scenario.code}`) ? true : undefined));
      // The server's explanation behind the page (the language client registers server commands).
      const markdown = await vscode.commands.executeCommand<string>('entente.ruleExplanation', { code: scenario.code });
      for (const part of scenario.shows) assert.ok(markdown.includes(part), part);
    });
  }

  it('explains the rule "Show Rule Documentation…" is given', async () => {
    await vscode.commands.executeCommand('entente.showRuleDocumentation', ruleDocumentationPick.code);
    await waitFor('the picked rule', () => (ruleTabs().includes(`Rule: ${ruleDocumentationPick.code}`) ? true : undefined));
    const markdown = await vscode.commands.executeCommand<string>('entente.ruleExplanation', { code: ruleDocumentationPick.code });
    assert.ok(markdown.includes(ruleDocumentationPick.shows));
  });
});

describe('VS Code: new instrument from a template', () => {
  it('makes, with every question skipped, an instrument without syntax errors', async () => {
    // What the wizard inserts after "skip all remaining questions" on the first question.
    const text = await vscode.commands.executeCommand<string>('entente.instantiateTemplate', { id: wizardScenario.templateId, values: {}, snippet: true });
    const document = await vscode.workspace.openTextDocument({ language: 'entente', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(text), new vscode.Position(0, 0)));
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === wizardScenario.reported));
    assert.deepEqual(diagnostics.filter((d) => codeOf(d) === 'syntax-error').map((d) => d.message), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('VS Code: fix all', () => {
  it('offers one "Fix all Entente problems" among the source actions of the review sample', async () => {
    const document = await openAnalysed(fixAllScenario.file);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, vscode.CodeActionKind.Source.value);
    const fixAlls = actions.filter((a) => a.title.startsWith('Fix all'));
    assert.equal(fixAlls.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(fixAlls[0]!.title.startsWith(fixAllScenario.title));
    assert.equal(fixAlls[0]!.kind?.value, 'source.fixAll.entente');
  });
});
