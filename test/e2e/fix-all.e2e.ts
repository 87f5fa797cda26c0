/**
 * One "Fix all Entente problems" in the Source Action menu (there used to be one entry per rule),
 * applying only mechanical fixes; in the light-bulb menu, the fix-all of the rule at hand and the
 * same "Fix all Entente problems" beside its quick fix.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Drafting } from './harness/drafting';
import { session } from './harness/session';
import { fixAllScenario, locate } from './scenarios';

describe('code-server: fix all', () => {
  it('lists one "Fix all Entente problems" among the source actions', async () => {
    const { workbench } = session();
    const drafting = new Drafting(workbench);
    await workbench.openFile(fixAllScenario.file);
    await workbench.waitForSquiggles(30_000);
    await workbench.focusEditor();
    const titles = await drafting.sourceActions(() => workbench.screenshot('fix-all-source-actions'));
    const fixAlls = titles.filter((t) => t.startsWith('Fix all'));
    assert.equal(fixAlls.length, 1, JSON.stringify(titles));
    assert.match(fixAlls[0]!, new RegExp(`^${fixAllScenario.title} \\(\\d+\\)`));
  });

  it("offers the rule's own fix all and fix everything beside its quick fix", async () => {
    const { workbench, run } = session();
    const drafting = new Drafting(workbench);
    await workbench.openFile(fixAllScenario.file);
    const text = readFileSync(join(run.workspace, fixAllScenario.file), 'utf8');
    await workbench.goTo(locate(text, fixAllScenario.rule.at));
    const titles = await drafting.quickFixTitles();
    assert.ok(titles.some((t) => t.startsWith(fixAllScenario.rule.title)), JSON.stringify(titles));
    // The light bulb lists no source action: "fix everything" is offered there as a quick fix.
    assert.ok(titles.some((t) => t.startsWith(fixAllScenario.title)), JSON.stringify(titles));
    assert.ok(!titles.some((t) => /^Fix all (?!value-out-of-range|Entente)/.test(t)), `fix-alls of other rules: ${JSON.stringify(titles)}`);
  });
});
