/**
 * "New Instrument from Template…" shows its progress, refuses an answer that would not parse,
 * goes back, skips one question and then all the rest, and makes an instrument with no syntax
 * error (skipped answers used to leave 37), whose skipped date the checks report.
 */
import assert from 'node:assert/strict';
import { Drafting } from './harness/drafting';
import { session } from './harness/session';
import { fixtureFile, wizardScenario as w } from './scenarios';

describe('code-server: new instrument from a template', () => {
  it('asks with progress, lets the drafter skip and go back, and makes an instrument without syntax errors', async () => {
    const { workbench } = session();
    const drafting = new Drafting(workbench);
    await workbench.openFile(fixtureFile); // where a drafter would be: in an editor
    await drafting.runCommand('Entente: New Instrument from Template…');
    await drafting.pick(w.template, 'memorandum');
    assert.match(await drafting.waitForInputTitle(`question 1 of ${w.questions}`), new RegExp(w.template));
    await drafting.answer(w.title);
    await drafting.waitForInputTitle(`question 2 of ${w.questions}`);
    await drafting.answer(''); // an empty answer skips the place of signature
    await drafting.waitForInputTitle(`question 3 of ${w.questions}`);
    assert.match(await drafting.typeAndReadValidation(w.refusedDate), new RegExp(w.refusedBecause));
    await workbench.page.keyboard.press('Enter');
    await drafting.waitForInputTitle(`question 3 of ${w.questions}`); // refused: still on the date
    await drafting.clickInputButton('Back');
    await drafting.waitForInputTitle(`question 2 of ${w.questions}`);
    await drafting.clickInputButton('Skip this question');
    await drafting.waitForInputTitle(`question 3 of ${w.questions}`);
    await workbench.screenshot('template-wizard-question');
    await drafting.clickInputButton('Skip all remaining questions');
    await drafting.waitForQuickInputClosed();

    const tab = workbench.page.locator('.editor-group-container.active .tabs-container .tab.active[data-resource-name^="Untitled"]');
    await tab.waitFor({ timeout: 15_000 });
    const untitled = (await tab.getAttribute('data-resource-name'))!;
    await workbench.waitForVisibleLine((l) => l.includes(`memorandum "${w.title}"`));
    // The checks ran on the new instrument: the skipped date is reported…
    await workbench.waitForProblem(w.reported, (r) => r.file === untitled);
    // …and nothing in it is a syntax error.
    const syntax = await workbench.problems('syntax-error');
    assert.deepEqual(syntax.filter((r) => r.file === untitled), []);
    await workbench.screenshot('template-wizard-result');

    // Leave no unsaved document behind for the scenarios that follow.
    await workbench.page.keyboard.press('Escape');
    await workbench.focusEditor();
    await workbench.page.keyboard.press('Control+W');
    await drafting.answerDialog("Don't Save");
  });
});
