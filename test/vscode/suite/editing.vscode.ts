/**
 * The code-server completion, quick-fix and hover scenarios, through the providers VS Code
 * itself calls: vscode.executeCompletionItemProvider, executeCodeActionProvider and
 * executeHoverProvider.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionScenarios, fixtureDiagnostics, fixtureFile, hoverScenarios, quickFixScenario } from '../../e2e/scenarios';
import { codeOf, hoverText, labelOf, openAnalysed, position, waitForDiagnostics } from './vscode-helpers';

describe('VS Code: completion', () => {
  for (const scenario of completionScenarios) {
    it(`suggests ${scenario.name}`, async () => {
      const document = await openAnalysed(fixtureFile);
      // The UI suite types a prefix to narrow the visible window; the provider returns the whole list.
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        position(document, scenario.at),
      );
      const labels = list.items.map(labelOf);
      for (const label of scenario.labels) assert.ok(labels.includes(label), `${label} in ${JSON.stringify(labels.slice(0, 40))}`);
    });
  }
});

describe('VS Code: quick fixes', () => {
  it(`applies "${quickFixScenario.title}"`, async () => {
    const document = await openAnalysed(quickFixScenario.file);
    const renamed = fixtureDiagnostics[1]!;
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === renamed.code));
    const at = position(document, quickFixScenario.at);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(at, at),
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === quickFixScenario.title);
    assert.ok(fix?.edit, `${quickFixScenario.title} in ${JSON.stringify(actions.map((a) => a.title))}`);
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), before.replace(quickFixScenario.before, quickFixScenario.after));
    // The finding the fix answered goes away; the other fault of the file stays.
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === renamed.code));
    assert.ok(vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === fixtureDiagnostics[0]!.code));
  });
});

describe('VS Code: hover', () => {
  for (const scenario of hoverScenarios) {
    it(`shows ${scenario.name}`, async () => {
      const document = await openAnalysed(fixtureFile);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        position(document, scenario.at),
      );
      const text = hoverText(hovers);
      assert.ok(text.includes(scenario.text), text);
    });
  }
});
