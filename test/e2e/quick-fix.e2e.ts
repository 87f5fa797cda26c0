/** A quick fix (Ctrl+.) rewrites the text in the editor and on disk, and its problem goes away. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './harness/session';
import { fixtureDiagnostics, locate, quickFixScenario } from './scenarios';

describe('code-server: quick fixes', () => {
  it(`applies "${quickFixScenario.title}"`, async () => {
    const { workbench, run } = session();
    const path = join(run.workspace, quickFixScenario.file);
    await workbench.openFile(quickFixScenario.file);
    const before = readFileSync(path, 'utf8');
    assert.ok(before.includes(quickFixScenario.before));
    await workbench.goTo(locate(before, quickFixScenario.at));
    const titles = await workbench.applyQuickFix(quickFixScenario.title);
    assert.ok(titles.some((t) => t.includes(quickFixScenario.title)), JSON.stringify(titles));
    // The editor shows the fix (it is drawn a moment after the menu closes).
    await workbench.waitForVisibleLine((l) => l.includes(quickFixScenario.after));
    await workbench.screenshot('quick-fix-applied');
    await workbench.save();
    const after = readFileSync(path, 'utf8');
    assert.equal(after, before.replace(quickFixScenario.before, quickFixScenario.after));
    // The finding the fix answered is gone; the file's other finding stays.
    const [unknown, renamed] = fixtureDiagnostics;
    await workbench.waitForProblems(renamed!.message, (rows) => !rows.some((r) => r.file === quickFixScenario.file));
    await workbench.waitForProblem(unknown!.message, (r) => r.file === quickFixScenario.file);
  });
});
