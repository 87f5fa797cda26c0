/** Completion (Ctrl+Space) offers ids, keywords and library clauses in the suggest widget. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './harness/session';
import { completionScenarios, fixtureFile, locate } from './scenarios';

describe('code-server: completion', () => {
  for (const scenario of completionScenarios) {
    it(`suggests ${scenario.name}`, async () => {
      const { workbench, run } = session();
      await workbench.openFile(fixtureFile);
      const text = readFileSync(join(run.workspace, fixtureFile), 'utf8');
      await workbench.goTo(locate(text, scenario.at));
      const labels = await workbench.suggestions(scenario.typed);
      await workbench.screenshot(`completion-${scenario.labels[0]!.replace(/[^a-z0-9]+/gi, '-')}`);
      await workbench.dismiss();
      // Leave the fixture as it was for the scenarios that follow.
      for (let i = 0; i < scenario.typed.length; i++) await workbench.page.keyboard.press('Backspace');
      for (const label of scenario.labels) assert.ok(labels.includes(label), `${label} in ${JSON.stringify(labels)}`);
    });
  }
});
