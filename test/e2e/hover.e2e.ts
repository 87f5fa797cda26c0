/** Hover (Ctrl+K Ctrl+I) shows the meaning of a keyword and the record of a party. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './harness/session';
import { fixtureFile, hoverScenarios, locate } from './scenarios';

describe('code-server: hover', () => {
  for (const scenario of hoverScenarios) {
    it(`shows ${scenario.name}`, async () => {
      const { workbench, run } = session();
      await workbench.openFile(fixtureFile);
      const text = readFileSync(join(run.workspace, fixtureFile), 'utf8');
      await workbench.goTo(locate(text, scenario.at));
      const hover = await workbench.hoverText();
      await workbench.screenshot(`hover-${scenario.name.replace(/[^a-z0-9]+/gi, '-')}`);
      await workbench.dismiss();
      assert.ok(hover.includes(scenario.text), hover);
    });
  }
});
