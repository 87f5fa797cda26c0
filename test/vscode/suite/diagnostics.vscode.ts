/** The code-server diagnostics scenarios, through the vscode API: vscode.languages.getDiagnostics. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureDiagnostics, fixtureFile, reviewSample, reviewSampleCodes } from '../../e2e/scenarios';
import { codeOf, openFile, position, waitForDiagnostics } from './vscode-helpers';

describe('VS Code: diagnostics', () => {
  it('reports each fault of the fixture with its code, message and position', async () => {
    const document = await openFile(fixtureFile);
    const diagnostics = await waitForDiagnostics(document.uri, (ds) =>
      fixtureDiagnostics.every((expected) => ds.some((d) => codeOf(d) === expected.code)),
    );
    for (const expected of fixtureDiagnostics) {
      const found = diagnostics.find((d) => codeOf(d) === expected.code && d.message.includes(expected.message));
      assert.ok(found, `${expected.code}: ${expected.message}`);
      assert.equal(found.source, 'entente');
      assert.equal(found.severity, vscode.DiagnosticSeverity.Error);
      const at = position(document, expected.at);
      assert.deepEqual([found.range.start.line, found.range.start.character], [at.line, at.character]);
    }
  });

  it('reports the faults the review-me sample demonstrates', async () => {
    const document = await openFile(reviewSample);
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => reviewSampleCodes.every((code) => ds.some((d) => codeOf(d) === code)));
    for (const code of reviewSampleCodes) assert.ok(diagnostics.some((d) => codeOf(d) === code && d.source === 'entente'), code);
  });
});
